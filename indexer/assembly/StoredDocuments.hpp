#pragma once
// The planned documents of a batch written through a store's writers (SQLite's DocumentRows,
// PostgreSQL's PgDocumentRows): each document's row, then its pages' place in it, then its
// fields; one whose row exists already (an earlier run's) is left as it is. Counted as the
// ingest and worker reports count them. One loop, so both stores assemble the same way.
#include <cstdint>
#include <optional>
#include <set>
#include <vector>

#include "indexer/assembly/BatchAssembly.hpp"  // AssembledBatch
#include "indexer/extract/PlannedDocument.hpp"
#include "indexer/store/BatchPageRows.hpp"

namespace sohoa::indexer {

// `insertRow(document, sourceId)` → optional row id; `filePages(row, document)`;
// `insertFields(row, document)` → how many wait for review.
template <typename InsertRow, typename FilePages, typename InsertFields>
AssembledBatch storePlannedDocuments(const std::vector<PlannedDocument>& planned, const std::vector<BatchPage>& pages,
                                     InsertRow insertRow, FilePages filePages, InsertFields insertFields) {
  AssembledBatch assembled;
  std::set<int> dossiers;
  for (const auto& document : planned) {
    const std::optional<std::int64_t> row = insertRow(document, pages[document.cut.pages.front()].sourceId);
    if (!row) continue;  // assembled by an earlier run
    filePages(*row, document);
    assembled.fieldsForReview += insertFields(*row, document);
    if (document.cut.dossier >= 0) dossiers.insert(document.cut.dossier);
    assembled.documentIds.push_back(document.publicId);
  }
  assembled.dossiers = static_cast<int>(dossiers.size());
  return assembled;
}

}  // namespace sohoa::indexer
