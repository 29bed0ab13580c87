#include "indexer/assembly/BatchAssembly.hpp"

#include "indexer/assembly/BatchPages.hpp"
#include "indexer/assembly/StoredDocuments.hpp"
#include "indexer/store/BatchRows.hpp"
#include "indexer/store/DocumentRows.hpp"
#include "indexer/store/StoreTransaction.hpp"

namespace sohoa::indexer {

AssembledBatch BatchAssembly::assemble(const std::vector<std::int64_t>& sourceIds, const std::string& batchPath,
                                       const SplitOptions& options) {
  StoreTransaction transaction(store_);
  recordBatch(store_, sourceIds, batchPath, options.dossier,
              options.part ? std::optional(partName(*options.part)) : std::nullopt);
  const auto pages = loadBatchPages(store_, sourceIds, true);
  const auto assembled = storePlannedDocuments(
      planDocuments(pages, options, CalendarDay::today()), pages,
      [&](const PlannedDocument& document, std::int64_t sourceId) {
        return insertDocumentRow(store_, document, sourceId, batchPath);
      },
      [&](std::int64_t row, const PlannedDocument& document) { fileDocumentPages(store_, row, document, pages); },
      [&](std::int64_t row, const PlannedDocument& document) { return insertFields(store_, row, document, pages); });
  markSourcesDone(store_, sourceIds);
  transaction.commit();
  return assembled;
}

}  // namespace sohoa::indexer
