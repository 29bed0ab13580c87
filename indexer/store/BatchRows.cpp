#include "indexer/store/BatchRows.hpp"

#include <set>

#include "indexer/store/UtcTime.hpp"

namespace sohoa::indexer {

void recordBatch(RecordStore& store, const std::vector<std::int64_t>& sourceIds, const std::string& batchPath,
                 const std::optional<std::string>& dossierCode, const std::optional<std::string>& dossierPart) {
  auto& db = store.db();
  std::set<std::int64_t> batchIds;
  auto current = db.prepare("SELECT coalesce(batch_id, 0) FROM sources WHERE id = ?");
  for (const std::int64_t sourceId : sourceIds) {
    current.bindAll(sourceId);
    if (current.step()) batchIds.insert(current.integer(0));
    current.reset();
  }
  if (batchIds.size() == 1 && *batchIds.begin() != 0) return;
  auto insert = db.prepare("INSERT INTO batches (path, dossier_code, dossier_part) VALUES (?, ?, ?) RETURNING id");
  insert.bindAll(batchPath, dossierCode, dossierPart).step();
  const std::int64_t batchId = insert.integer(0);
  insert.reset();
  auto join = db.prepare("UPDATE sources SET batch_id = ?, batch_order = ? WHERE id = ?");
  for (std::size_t i = 0; i < sourceIds.size(); ++i)
    join.bindAll(batchId, static_cast<std::int64_t>(i + 1), sourceIds[i]).run();
}

void markSourcesDone(RecordStore& store, const std::vector<std::int64_t>& sourceIds) {
  auto done = store.db().prepare("UPDATE sources SET status = 'done', finished_at = ? WHERE id = ?");
  const std::string now = utcNow();
  for (const std::int64_t sourceId : sourceIds) done.bindAll(now, sourceId).run();
}

std::vector<StoredBatch> storedBatches(RecordStore& store) {
  std::vector<StoredBatch> batches;
  auto select = store.db().prepare("SELECT id, path, dossier_code, dossier_part FROM batches ORDER BY id");
  auto sources = store.db().prepare("SELECT id FROM sources WHERE batch_id = ? ORDER BY batch_order, id");
  while (select.step()) {
    StoredBatch batch{select.integer(0), select.text(1), select.optionalText(2), select.optionalText(3), {}};
    sources.bindAll(batch.id);
    while (sources.step()) batch.sources.push_back(sources.integer(0));
    sources.reset();
    if (!batch.sources.empty()) batches.push_back(std::move(batch));
  }
  return batches;
}

}  // namespace sohoa::indexer
