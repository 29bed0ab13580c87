#pragma once
// The work queue of a PostgreSQL store (issue 19): pages to read, shared by workers on many
// machines. `sohoa ingest --enqueue-only` records each input (its source row, its batch, one
// queue row per page); `sohoa worker` leases a row for a while, keeps the lease alive while
// it reads the page, and stores the page and marks the row done in one transaction that only
// commits while it still holds the lease: a worker that died, or was too slow, loses the page
// to another, and a late result is dropped rather than stored twice. A page that fails goes
// back to the queue; after kMaxAttempts it is parked with its error, and so is one whose lease
// ran out kMaxAttempts times (a page that stops every worker that reads it).
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/IngestJournal.hpp"  // SourceRecord
#include "indexer/store/postgres/PgConnection.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

inline constexpr int kMaxAttempts = 3;

// A source as the queue knows it, with the pages of it that failed for good.
struct QueuedSource {
  SourceRecord record;
  std::size_t parkedPages = 0;
};

// A page a worker holds.
struct LeasedPage {
  std::int64_t queueId = 0;
  std::int64_t sourceId = 0;
  int page = 0;
  int attempts = 0;  // before this one
  std::string sha256;
  std::string givenPath;
  std::string originalFile;  // relative to the files root
  std::string fileType;
};

enum class FailureOutcome { Queued, Parked, LeaseLost };

struct BatchProgress {
  std::string path;
  std::int64_t queued = 0, leased = 0, done = 0, parked = 0;
  bool assembled = false;      // into documents, by the worker that finished it
  std::int64_t documents = 0;  // made of its pages
};

struct WorkerProgress {
  std::string worker;       // host:pid:thread
  std::int64_t leased = 0;  // pages it holds now
  std::int64_t recent = 0;  // pages it finished in the last 10 minutes
  double pagesPerMinute = 0;
};

class PgPageQueue {
 public:
  explicit PgPageQueue(PgConnection& connection) : connection_(connection) {}

  // The folder holding the store's files (originals/, pages/), as every machine mounts it:
  // recorded by the first caller; a different one afterwards throws StoreError (InvalidInput).
  void claimFilesRoot(const std::string& root);
  std::optional<std::string> filesRoot();

  std::optional<QueuedSource> findSource(const std::string& sha256);
  // In one transaction: the batch, its sources in this order and one queued row per page;
  // returns the batch's id.
  std::int64_t enqueueBatch(const std::vector<SourceRecord>& sources, const std::string& batchPath);

  // Leases the oldest page waiting (or whose lease ran out) to `worker`; nothing when none.
  std::optional<LeasedPage> lease(const std::string& worker, std::chrono::seconds leaseFor);
  // Whether `worker` still holds the page (its lease extended by `leaseFor`).
  bool renew(const LeasedPage& page, const std::string& worker, std::chrono::seconds leaseFor);
  // Stores the page (text, words, search words, codes) and marks it done, in one transaction,
  // if `worker` still holds it; false (nothing written) when it does not.
  bool complete(const LeasedPage& page, const std::string& worker, const ocr::Page& read, const std::string& hocrFile);
  FailureOutcome fail(const LeasedPage& page, const std::string& worker, const std::string& error);
  // Whether any page is queued or leased.
  bool anyWaiting();

  std::vector<BatchProgress> batches();
  std::vector<WorkerProgress> workers();

 private:
  void parkPagesThatOutlivedTheirWorkers();

  PgConnection& connection_;
};

}  // namespace sohoa::indexer
