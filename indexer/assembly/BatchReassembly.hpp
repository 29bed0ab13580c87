#pragma once
// Cuts every stored batch again and reads its documents' fields again with the rules of this
// version, from the words and boxes in the store (no OCR): what an upgrade needs, and the
// developer's loop over an evaluation store. A document keeps its identity (its row, and so
// the clerks' corrections and the reuse events pointing at it) when it still starts on the
// same page of the same batch; fields a clerk corrected stay as corrected. Documents that no
// longer exist are removed with their corrections and reuse events, each one named in the
// report. Each batch is one transaction.
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct ReassemblyReport {
  int batches = 0;
  int documents = 0;  // after reassembly
  int documentsAdded = 0;
  int documentsRemoved = 0;
  int fieldsForReview = 0;
  int correctionsKept = 0;
  std::vector<std::string> changedDocumentIds;  // cut or read differently: their archive files are written again
  std::vector<std::string> staleArchiveFiles;   // archive files of documents changed or removed (store-relative)
  std::vector<std::string> dropped;             // corrections and reuse events of removed documents, described
};

ReassemblyReport reassembleBatches(RecordStore& store);

}  // namespace sohoa::indexer
