#pragma once
// A batch's documents as `sohoa reassemble` replaces them: the rows the batch had, what each
// one is (to tell whether cutting and reading it again changed it), the fields a clerk
// corrected (kept) and those extraction wrote (read again), and a document that no longer
// exists removed with its corrections and reuse events. (Writing the new documents:
// DocumentRows; reading the batch: BatchRows, BatchPageRows.)
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct BatchDocumentRow {
  std::int64_t row = 0;
  std::string publicId;
  std::optional<std::string> archiveFile;  // store-relative
};

struct CorrectedFieldRow {
  std::string name, value;
  std::string previousValue;  // what extraction had read ("" when unknown)
};

// The documents that start in, or hold pages of, these sources.
std::vector<BatchDocumentRow> documentsOfSources(RecordStore& store, const std::vector<std::int64_t>& sourceIds);
// Every page of these sources out of its document, to be filed again.
void unfileSourcePages(RecordStore& store, const std::vector<std::int64_t>& sourceIds);
// What a document is (kind, type, dossier, part and place, pages, fields with their review
// flag and page), as one string: equal strings, the same document.
std::string documentSignature(RecordStore& store, std::int64_t row);
// The fields of a document a clerk corrected, in the order they were written.
std::vector<CorrectedFieldRow> correctedFields(RecordStore& store, std::int64_t row);
// The fields extraction wrote (not corrected), to be read again.
void deleteExtractedFields(RecordStore& store, std::int64_t row);
// The document, its fields, their corrections and its reuse events.
void deleteDocument(RecordStore& store, std::int64_t row);

}  // namespace sohoa::indexer
