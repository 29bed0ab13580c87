#include "indexer/assembly/PgBatchAssembly.hpp"

#include "indexer/assembly/BatchPages.hpp"
#include "indexer/assembly/StoredDocuments.hpp"
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
  const auto assembled = storePlannedDocuments(
      planDocuments(pages, options, today), pages,
      [&](const PlannedDocument& document, std::int64_t sourceId) {
        return insertPgDocumentRow(store, document, sourceId, batch->path);
      },
      [&](std::int64_t row, const PlannedDocument& document) { filePgDocumentPages(store, row, document, pages); },
      [&](std::int64_t row, const PlannedDocument& document) { return insertPgFields(store, row, document, pages); });
  markBatchAssembled(store, batchId);
  transaction.commit();
  return assembled;
}

}  // namespace sohoa::indexer
