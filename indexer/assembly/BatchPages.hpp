#pragma once
// A batch's stored pages as extraction reads them (words, boxes, QR codes, in batch order),
// and the documents they are cut into with their fields: the part of assembly that reads the
// store but writes nothing, shared by ingest (`BatchAssembly`) and `sohoa reassemble`.
#include <cstdint>
#include <string>
#include <vector>

#include "indexer/extract/DocumentExtraction.hpp"
#include "indexer/extract/DossierSplitter.hpp"
#include "indexer/store/Sqlite.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

struct BatchPage {
  std::int64_t id = 0;
  std::int64_t sourceId = 0;
  int sourcePage = 0;
  int position = 0;  // in the batch, from 1
  std::string sha256;
  ocr::Page page;
};

// The pages of `sourceIds` (in that order); only those not yet in a document when
// `unfiledOnly` (a resumed ingest), all of them otherwise (reassembly).
std::vector<BatchPage> loadBatchPages(SqliteDatabase& db, const std::vector<std::int64_t>& sourceIds, bool unfiledOnly);

struct PlannedDocument {
  BatchDocument cut;
  DocumentExtraction extraction;
  std::string publicId;  // the first page's source and page: stable across reassembly
};

// `today`: the day the batch is assembled (dates after it are misreadings).
std::vector<PlannedDocument> planDocuments(const std::vector<BatchPage>& pages, const SplitOptions& options,
                                           const CalendarDay& today);

}  // namespace sohoa::indexer
