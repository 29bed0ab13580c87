#pragma once
// A queued batch's row on PostgreSQL as its assembly needs it: which batches are ready (not
// assembled, no page of theirs queued or leased), the row locked for the one worker that
// assembles it, and the batch marked assembled with its sources done.
#include <cstdint>
#include <optional>
#include <vector>

#include "indexer/store/BatchRows.hpp"  // StoredBatch
#include "indexer/store/postgres/PostgresStore.hpp"

namespace sohoa::indexer {

// Oldest first.
std::vector<std::int64_t> batchesReadyToAssemble(PostgresStore& store);
// The batch of this source, if it is ready (the check after each page: one batch, not all).
std::optional<std::int64_t> batchReadyToAssemble(PostgresStore& store, std::int64_t sourceId);
// Inside a transaction: locks the batch's row (FOR UPDATE) if it is still ready, waiting for a
// worker that holds it; nothing when that worker assembled it meanwhile (or a page waits).
std::optional<StoredBatch> lockBatchToAssemble(PostgresStore& store, std::int64_t batchId);
void markBatchAssembled(PostgresStore& store, std::int64_t batchId);

}  // namespace sohoa::indexer
