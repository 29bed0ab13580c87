#pragma once
// The documents a batch's stored pages (indexer/store/BatchPageRows) are cut into, with their
// fields: the pure part of assembly, shared by ingest (`BatchAssembly`) and `sohoa reassemble`.
#include <cstdint>
#include <string>
#include <vector>

#include "indexer/extract/DocumentExtraction.hpp"
#include "indexer/extract/DossierSplitter.hpp"
#include "indexer/extract/PlannedDocument.hpp"
#include "indexer/store/BatchPageRows.hpp"

namespace sohoa::indexer {

// `today`: the day the batch is assembled (dates after it are misreadings).
std::vector<PlannedDocument> planDocuments(const std::vector<BatchPage>& pages, const SplitOptions& options,
                                           const CalendarDay& today);

}  // namespace sohoa::indexer
