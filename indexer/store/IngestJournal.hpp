#pragma once
// The ingest journal: which inputs (by SHA-256) are in the store, which of their pages are
// stored, and which failed. Each page is stored in its own transaction, keyed by
// (source, page), so a run killed at any moment and started again stores every page once.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

struct SourceRecord {
  std::int64_t id = 0;
  std::string sha256;
  std::string givenPath;     // the path as the clerk gave it
  std::string originalFile;  // relative to the store root
  std::string fileType;      // pdf, tiff, jpeg, png
  std::int64_t byteSize = 0;
  int pageCount = 0;
  bool done = false;
};

class IngestJournal {
 public:
  explicit IngestJournal(RecordStore& store) : store_(store) {}

  std::optional<SourceRecord> findSource(const std::string& sha256);
  // Records a new input as being ingested, or returns the existing record of the same content.
  SourceRecord beginSource(const SourceRecord& source);
  std::set<int> storedPages(std::int64_t sourceId);
  // Stores a page and indexes its text; a page already stored is left as it is.
  void storePage(std::int64_t sourceId, int sourcePage, const ocr::Page& page, const std::string& hocrFile);
  void recordPageError(std::int64_t sourceId, int sourcePage, const std::string& message);
  // Pages that failed in an earlier run, with their reason: not tried again unless asked
  // (a page that took minutes and gigabytes to fail would do so on every rerun).
  std::map<int, std::string> failedPages(std::int64_t sourceId);

 private:
  RecordStore& store_;
};

}  // namespace sohoa::indexer
