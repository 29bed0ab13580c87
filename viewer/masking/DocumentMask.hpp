#pragma once
// The personal-data mask for what an auditor reads of one document: the numbers its dossier
// is known to hold (every citizen_ids field of the dossier's documents, as corrected and as
// first read, and the register's applicant number) and the values the labels of its pages
// introduce. A page outside any document (still being ingested) is masked by what it holds.
#include <cstdint>

#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/store/RecordStore.hpp"
#include "viewer/masking/PersonalDataMask.hpp"

namespace sohoa::viewer {

PersonalDataMask documentMask(indexer::RecordStore& store, const indexer::DocumentRecord& document);
// The mask of the document a page belongs to (indexer::NotFound for an unknown page).
PersonalDataMask pageMask(indexer::RecordStore& store, std::int64_t pageId);

}  // namespace sohoa::viewer
