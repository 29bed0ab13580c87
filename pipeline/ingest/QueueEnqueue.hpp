#pragma once
// `sohoa ingest --store postgresql://… --files DIR --enqueue-only`: inputs planned as a SQLite
// ingest plans them (identified by SHA-256, same content skipped with the same message, pages
// counted, the original kept under DIR/originals/ by content, batches grouped the same way),
// but no page is read here: each input becomes its source row and one queue row per page, in
// one transaction, for `sohoa worker` processes on any machine to read (PgPageQueue).
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "indexer/store/postgres/PgPageQueue.hpp"

namespace sohoa::pipeline {

struct EnqueueReport {
  int filesQueued = 0;
  int pagesQueued = 0;
  int filesSkipped = 0;  // already in the store
  int filesFailed = 0;   // not readable at all
};

// `filesRoot` must be the files root the queue keeps (claimFilesRoot). Problems with inputs are
// written to `messages`, one line each, naming the file.
EnqueueReport enqueueInputs(indexer::PgPageQueue& queue, const std::filesystem::path& filesRoot,
                            const std::vector<std::string>& paths, std::ostream& messages);

}  // namespace sohoa::pipeline
