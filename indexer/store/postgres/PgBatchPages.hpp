#pragma once
// A queued batch's stored pages on PostgreSQL, as assembly reads them (BatchPage, the same
// model SQLite's loadBatchPages gives): in batch order, those not yet in a document, each with
// its place in the batch counted as SQLite ingest counts it (over the sources that have a
// stored page; an input whose every page was parked is left out, as SQLite leaves out one
// whose every page failed) and the QR codes read on it.
#include <cstdint>
#include <vector>

#include "indexer/store/BatchPageRows.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"

namespace sohoa::indexer {

std::vector<BatchPage> loadPgBatchPages(PostgresStore& store, std::int64_t batchId);

}  // namespace sohoa::indexer
