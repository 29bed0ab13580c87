#pragma once
// Search as an auditor may use it: no answer may depend on a value the auditor's view
// masks, or a masked number could be rebuilt digit by digit (`0300*`, then `03008*`…, about
// 60 requests for 12 digits). So:
//  - a query holding a digit is refused, unless it is a whole dossier code, procedure code
//    or number/notation (public keys, looked up exactly); so is the CCCD filter;
//  - pages come newest first, never ranked (a rank counts words inside masked values);
//  - each page is kept only if the query matches its masked text, and its snippet is cut
//    from the masked text;
//  - the total is of the masked pages seen, a lower bound when more were left unread;
// so hits, snippets, counts and order are what a search over the masked pages would give.
#include <optional>
#include <string>

#include "indexer/search/CitizenGroups.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/store/RecordStore.hpp"

namespace sohoa::viewer {

// Why an auditor may not ask this (in Vietnamese), or nothing.
std::optional<std::string> auditorRefusal(const indexer::SearchQuery& query);
// The same for the words of a query on one page (its hit boxes).
std::optional<std::string> auditorRefusal(const std::string& words);
// The search as the masked pages would answer it (throws indexer::SearchRefused).
indexer::SearchResult auditorSearch(indexer::RecordStore& store, indexer::SearchQuery query);
// The results grouped by citizen as the auditor may see them: with words, the groups of the
// first kAuditorGroupedPages masked pages found (totalAtLeast when more may match); filters
// alone read no masked value, so every match is grouped.
inline constexpr int kAuditorGroupedPages = 500;
indexer::CitizenGroups auditorCitizenGroups(indexer::RecordStore& store, const indexer::SearchQuery& query);

}  // namespace sohoa::viewer
