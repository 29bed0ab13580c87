#pragma once
// Indexes the pages a schema change left out of the full-text index (after an upgrade of
// the tokenizer), a batch per transaction, remembering how far it got: an interrupted
// catch-up continues where it stopped and never starts over. New pages are indexed as
// they are stored and never wait for it.
#include <cstdint>
#include <functional>
#include <optional>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct CatchUpProgress {
  std::int64_t pagesLeft = 0;
};

class IndexCatchUp {
 public:
  explicit IndexCatchUp(RecordStore& store) : store_(store) {}

  // Nothing when the index is complete.
  std::optional<CatchUpProgress> pending();
  // Indexes up to `batch` pages; returns false once nothing is left.
  bool step(int batch = 500);
  void run(const std::function<void(const CatchUpProgress&)>& onBatch = {});

 private:
  RecordStore& store_;
};

}  // namespace sohoa::indexer
