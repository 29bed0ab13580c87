#include "viewer/masking/DocumentMask.hpp"

#include <stdexcept>

#include "indexer/extract/FieldNames.hpp"
#include "indexer/store/DossierRows.hpp"
#include "indexer/store/StoreError.hpp"
#include "indexer/store/StoredPages.hpp"

namespace sohoa::viewer {

PersonalDataMask documentMask(indexer::RecordStore& store, const indexer::DocumentRecord& document) {
  PersonalDataMask mask;
  for (const auto& field : document.fields)
    if (field.name == indexer::fieldname::kCitizenIds) {
      mask.knowNumber(field.value);
      if (field.extractedValue) mask.knowNumber(*field.extractedValue);
    }
  if (document.dossierCode) {
    for (const auto& [number, extracted] : indexer::dossierCitizenIds(store, *document.dossierCode)) {
      mask.knowNumber(number);
      if (extracted) mask.knowNumber(*extracted);
    }
  }
  for (const auto& page : document.pages) mask.learnFrom(page.text);
  return mask;
}

PersonalDataMask pageMask(indexer::RecordStore& store, std::int64_t pageId) {
  const auto page = indexer::storedPageText(store, pageId);
  if (!page) throw indexer::NotFound("no page " + std::to_string(pageId));
  if (page->documentId)
    if (const auto document = indexer::DocumentCatalog(store).find(*page->documentId))
      return documentMask(store, *document);
  PersonalDataMask mask;
  mask.learnFrom(page->text);
  return mask;
}

}  // namespace sohoa::viewer
