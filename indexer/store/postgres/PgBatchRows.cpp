#include "indexer/store/postgres/PgBatchRows.hpp"

#include "indexer/store/postgres/PgValues.hpp"

namespace sohoa::indexer {
namespace {

constexpr const char* kReady =
    "NOT b.assembled AND NOT EXISTS (SELECT 1 FROM sources s JOIN page_queue q ON q.source_id = s.id WHERE "
    "s.batch_id = b.id AND q.state IN ('queued', 'leased'))";

}  // namespace

std::vector<std::int64_t> batchesReadyToAssemble(PostgresStore& store) {
  const PgResult rows =
      store.connection().run(std::string("SELECT b.id FROM batches b WHERE ") + kReady + " ORDER BY b.id");
  std::vector<std::int64_t> batches;
  for (int row = 0; row < rows.rows(); ++row) batches.push_back(rows.integer(row, 0));
  return batches;
}

std::optional<std::int64_t> batchReadyToAssemble(PostgresStore& store, std::int64_t sourceId) {
  const PgResult row = store.connection().run(
      std::string("SELECT b.id FROM batches b JOIN sources m ON m.batch_id = b.id WHERE m.id = $1 AND ") + kReady,
      {pgNumber(sourceId)});
  if (row.rows() == 0) return std::nullopt;
  return row.integer(0, 0);
}

std::optional<StoredBatch> lockBatchToAssemble(PostgresStore& store, std::int64_t batchId) {
  // A worker that waited here for another's lock sees the row as that one committed it (READ
  // COMMITTED rechecks the condition): assembled, so not returned.
  const PgResult row = store.connection().run(
      std::string("SELECT b.id, b.path, b.dossier_code, b.dossier_part FROM batches b WHERE b.id = $1 AND ") + kReady +
          " FOR UPDATE OF b",
      {pgNumber(batchId)});
  if (row.rows() == 0) return std::nullopt;
  StoredBatch batch{row.integer(0, 0), row.text(0, 1), row.optionalText(0, 2), row.optionalText(0, 3), {}};
  const PgResult sources = store.connection().run("SELECT id FROM sources WHERE batch_id = $1 ORDER BY batch_order, id",
                                                  {pgNumber(batchId)});
  for (int source = 0; source < sources.rows(); ++source) batch.sources.push_back(sources.integer(source, 0));
  return batch;
}

void markBatchAssembled(PostgresStore& store, std::int64_t batchId) {
  store.connection().run(std::string("UPDATE sources SET status = 'done', finished_at = coalesce(finished_at, ") +
                             kPgNowText + ") WHERE batch_id = $1",
                         {pgNumber(batchId)});
  store.connection().run("UPDATE batches SET assembled = true WHERE id = $1", {pgNumber(batchId)});
}

}  // namespace sohoa::indexer
