#pragma once
// A batch's stored pages as extraction reads them: words, boxes, geometry and the QR codes
// read on each, in batch order (the sources in the order the clerk gave them, then their
// pages), each with its place in the batch and its source's hash (a document's public id is
// made of the first page's). Read by ingest's assembly and by `sohoa reassemble`.
#include <cstdint>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"
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
std::vector<BatchPage> loadBatchPages(RecordStore& store, const std::vector<std::int64_t>& sourceIds, bool unfiledOnly);

}  // namespace sohoa::indexer
