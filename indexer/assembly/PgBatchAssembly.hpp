#pragma once
// Batch assembly on a PostgreSQL store (issue 19): once no page of a queued batch is waiting
// (queued or leased; parked pages are left out, as SQLite ingest leaves out pages that
// failed), whichever worker gets there first cuts the batch's stored pages into documents and
// dossiers and reads their fields exactly as SQLite ingest does (planDocuments), in one
// transaction that holds the batch's row lock: a second worker waits for it and then finds the
// batch assembled; a worker killed half way rolls back, and the batch is still there for any
// worker that looks (PgBatchRows' batchesReadyToAssemble).
#include <cstdint>
#include <optional>

#include "indexer/assembly/BatchAssembly.hpp"  // AssembledBatch
#include "indexer/extract/CalendarDay.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"

namespace sohoa::indexer {

// Assembles the batch unless another worker did (nothing then); `today`: the day it is
// assembled (dates after it are misreadings).
std::optional<AssembledBatch> assemblePgBatch(PostgresStore& store, std::int64_t batchId, const CalendarDay& today);

}  // namespace sohoa::indexer
