#include "indexer/assembly/BatchAssembly.hpp"

#include <set>

#include "indexer/store/DocumentRows.hpp"

namespace sohoa::indexer {
namespace {

// The batch row of these sources: the one they already share (an earlier, killed run), or a new one.
void recordBatch(SqliteDatabase& db, const std::vector<std::int64_t>& sourceIds, const std::string& batchPath,
                 const SplitOptions& options) {
  std::set<std::int64_t> batchIds;
  auto current = db.prepare("SELECT coalesce(batch_id, 0) FROM sources WHERE id = ?");
  for (const std::int64_t sourceId : sourceIds) {
    current.bindAll(sourceId);
    if (current.step()) batchIds.insert(current.integer(0));
    current.reset();
  }
  if (batchIds.size() == 1 && *batchIds.begin() != 0) return;
  db.prepare("INSERT INTO batches (path, dossier_code, dossier_part) VALUES (?, ?, ?)")
      .bindAll(batchPath, options.dossier, options.part ? std::optional(partName(*options.part)) : std::nullopt)
      .run();
  const std::int64_t batchId = db.lastInsertId();
  auto join = db.prepare("UPDATE sources SET batch_id = ?, batch_order = ? WHERE id = ?");
  for (std::size_t i = 0; i < sourceIds.size(); ++i)
    join.bindAll(batchId, static_cast<std::int64_t>(i + 1), sourceIds[i]).run();
}

}  // namespace

AssembledBatch BatchAssembly::assemble(const std::vector<std::int64_t>& sourceIds, const std::string& batchPath,
                                       const SplitOptions& options) {
  auto& db = store_.db();
  SqliteTransaction transaction(db);
  recordBatch(db, sourceIds, batchPath, options);
  const auto pages = loadBatchPages(db, sourceIds, true);
  AssembledBatch assembled;
  std::set<int> dossiers;
  for (const auto& document : planDocuments(pages, options, CalendarDay::today())) {
    const auto row = insertDocumentRow(db, document, pages[document.cut.pages.front()].sourceId, batchPath);
    if (!row) continue;  // assembled by an earlier run
    fileDocumentPages(db, *row, document, pages);
    assembled.fieldsForReview += insertFields(db, *row, document, pages);
    if (document.cut.dossier >= 0) dossiers.insert(document.cut.dossier);
    assembled.documentIds.push_back(document.publicId);
  }
  auto done = db.prepare(
      "UPDATE sources SET status = 'done', finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?");
  for (const std::int64_t sourceId : sourceIds) done.bindAll(sourceId).run();
  transaction.commit();
  assembled.dossiers = static_cast<int>(dossiers.size());
  return assembled;
}

}  // namespace sohoa::indexer
