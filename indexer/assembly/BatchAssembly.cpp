#include "indexer/assembly/BatchAssembly.hpp"

#include <set>

#include "indexer/assembly/BatchPages.hpp"
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
  const auto planned = planDocuments(pages, options, CalendarDay::today());
  AssembledBatch assembled;
  std::set<int> dossiers;
  for (const auto& document : planned) {
    const auto row = insertDocumentRow(store_, document, pages[document.cut.pages.front()].sourceId, batchPath);
    if (!row) continue;  // assembled by an earlier run
    fileDocumentPages(store_, *row, document, pages);
    assembled.fieldsForReview += insertFields(store_, *row, document, pages);
    if (document.cut.dossier >= 0) dossiers.insert(document.cut.dossier);
    assembled.documentIds.push_back(document.publicId);
  }
  markSourcesDone(store_, sourceIds);
  transaction.commit();
  assembled.dossiers = static_cast<int>(dossiers.size());
  return assembled;
}

}  // namespace sohoa::indexer
