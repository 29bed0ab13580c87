#pragma once
// Documents, dossiers and search hits as the viewer's API gives them. For an auditor
// (`masked`), personal data in values, notes, page text and snippets goes through the
// document's PersonalDataMask.
#include <nlohmann/json.hpp>

#include "indexer/search/PageSearch.hpp"
#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/store/RecordStore.hpp"

namespace sohoa::viewer {

nlohmann::ordered_json documentViewJson(indexer::RecordStore& store, const indexer::DocumentRecord& document,
                                        bool masked);
// The register's row for the dossier (null when it is not in the register), its documents
// and the digitised documents reused for it.
nlohmann::ordered_json dossierViewJson(indexer::RecordStore& store, const std::string& dossierCode, bool masked);
nlohmann::ordered_json searchResultJson(const indexer::SearchResult& result, bool masked);
// A snippet with its hits (kHitStart/kHitEnd) as escaped HTML with <mark> around them.
std::string snippetHtml(const std::string& snippet);

}  // namespace sohoa::viewer
