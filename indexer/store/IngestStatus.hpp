#pragma once
// What ingest has done and is doing, read from the store (so any program sees a running
// ingest): each input with its pages stored and failed, its speed, and the errors by page.
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct PageFailure {
  int page = 0;
  std::string message;
};

struct InputStatus {
  std::string path;  // as given
  std::string fileType;
  bool done = false;
  int pageCount = 0;
  int pagesStored = 0;
  std::vector<PageFailure> failures;
  std::string startedAt;  // UTC, ISO 8601
  std::optional<std::string> finishedAt;
  std::optional<double> pagesPerMinute;  // over its run; nothing for an input still at its first page
};

struct IngestStatus {
  std::vector<InputStatus> inputs;  // newest first
  int running = 0;                  // inputs still being ingested
  int pagesStored = 0;
  int pagesFailed = 0;
};

IngestStatus readIngestStatus(RecordStore& store, int newest = 200);

}  // namespace sohoa::indexer
