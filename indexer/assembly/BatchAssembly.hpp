#pragma once
// Turns a batch's stored pages into documents: cut into documents and dossiers
// (DossierSplitter), fields read (DocumentExtraction) and stored with their provenance, and
// the batch's sources marked done, all in one transaction: a run killed before it simply
// assembles the batch again.
#include <cstdint>
#include <string>
#include <vector>

#include "indexer/extract/DossierSplitter.hpp"
#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct AssembledBatch {
  std::vector<std::string> documentIds;
  int dossiers = 0;
  int fieldsForReview = 0;
};

class BatchAssembly {
 public:
  explicit BatchAssembly(RecordStore& store) : store_(store) {}

  // `sourceIds`: the batch's sources in order (one file, or the pages of a folder);
  // `batchPath`: the file or folder as the clerk gave it.
  AssembledBatch assemble(const std::vector<std::int64_t>& sourceIds, const std::string& batchPath,
                          const SplitOptions& options);

 private:
  RecordStore& store_;
};

}  // namespace sohoa::indexer
