#pragma once
// A document as assembly plans it from a batch's pages: where the splitter cut it, what
// extraction read on it, and its public id. The store writes it (indexer/store/DocumentRows);
// assembly makes it (indexer/assembly/BatchPages).
#include <string>

#include "indexer/extract/DocumentExtraction.hpp"
#include "indexer/extract/DossierSplitter.hpp"

namespace sohoa::indexer {

struct PlannedDocument {
  BatchDocument cut;
  DocumentExtraction extraction;
  std::string publicId;  // the first page's source and page: stable across reassembly
};

}  // namespace sohoa::indexer
