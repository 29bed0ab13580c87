#include "indexer/assembly/PgBatchAssembly.hpp"

#include <set>

#include "indexer/assembly/BatchPages.hpp"
#include "indexer/store/postgres/PgBatchPages.hpp"
#include "indexer/store/postgres/PgBatchRows.hpp"
#include "indexer/store/postgres/PgDocumentRows.hpp"
#include "indexer/store/postgres/PostgresStoreTransaction.hpp"

namespace sohoa::indexer {

std::optional<AssembledBatch> assemblePgBatch(PostgresStore& store, std::int64_t batchId, const CalendarDay& today) {
  PostgresStoreTransaction transaction(store);
  const auto batch = lockBatchToAssemble(store, batchId);  // the row lock decides which worker
  if (!batch) return std::nullopt;
  SplitOptions options;
  options.dossier = batch->dossierCode;
  if (batch->dossierPart) options.part = partFromName(*batch->dossierPart);
  const auto pages = loadPgBatchPages(store, batchId);
  AssembledBatch assembled;
  std::set<int> dossiers;
  for (const auto& document : planDocuments(pages, options, today)) {
    const auto row = insertPgDocumentRow(store, document, pages[document.cut.pages.front()].sourceId, batch->path);
    if (!row) continue;
    filePgDocumentPages(store, *row, document, pages);
    assembled.fieldsForReview += insertPgFields(store, *row, document, pages);
    if (document.cut.dossier >= 0) dossiers.insert(document.cut.dossier);
    assembled.documentIds.push_back(document.publicId);
  }
  markBatchAssembled(store, batchId);
  transaction.commit();
  assembled.dossiers = static_cast<int>(dossiers.size());
  return assembled;
}

}  // namespace sohoa::indexer
