#include "viewer/masking/AuditorSearch.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>

#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/search/QueryWords.hpp"
#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/store/StoredPages.hpp"
#include "viewer/masking/DocumentMask.hpp"

namespace sohoa::viewer {
namespace {

constexpr int kMostCandidates = 5000;

// The page's text as the auditor reads it, through its document's mask.
class MaskedPages {
 public:
  explicit MaskedPages(indexer::RecordStore& store) : store_(store) {}

  std::string text(std::int64_t pageId) {
    const auto page = indexer::storedPageText(store_, pageId);
    if (!page) return {};
    const std::int64_t document = page->documentRow.value_or(-pageId);
    auto found = masks_.find(document);
    if (found == masks_.end()) found = masks_.emplace(document, pageMask(store_, pageId)).first;
    return found->second.masked(page->text);
  }

 private:
  indexer::RecordStore& store_;
  std::map<std::int64_t, PersonalDataMask> masks_;  // by document row (a lone page: minus its id)
};

}  // namespace

std::optional<std::string> auditorRefusal(const std::string& words) {
  if (std::none_of(words.begin(), words.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
    return std::nullopt;
  const auto identifier = indexer::identifierInQuery(words);
  const bool publicKey = identifier && identifier->kind != "cccd" && identifier->kind != "cmnd" &&
                         words.find('*') == std::string::npos && words.find('"') == std::string::npos;
  if (publicKey) return std::nullopt;
  return "Vai trò kiểm tra không tìm theo chữ số: số định danh, số điện thoại và ngày sinh được che. "
         "Hãy tìm bằng chữ, hoặc bằng mã hồ sơ, mã thủ tục, số ký hiệu văn bản đầy đủ";
}

std::optional<std::string> auditorRefusal(const indexer::SearchQuery& query) {
  if (query.citizenId) return "Vai trò kiểm tra không tìm theo số CCCD/CMND: các số này được che";
  return auditorRefusal(query.text);
}

indexer::SearchResult auditorSearch(indexer::RecordStore& store, indexer::SearchQuery query) {
  const int offset = std::clamp(query.offset, 0, indexer::kFurthestOffset);
  const int shown = std::max(query.limit, 1);
  // One more than the screen's last, to know whether another screen follows.
  const int wanted = offset + shown + 1;
  const auto deadline = std::chrono::steady_clock::now() + query.timeBudget;
  query.newestFirst = true;
  query.offset = 0;
  MaskedPages pages(store);
  indexer::SearchResult result;
  bool allSeen = false;
  std::int64_t filteredTotal = 0, filteredUndated = 0;
  for (int candidates = std::max(wanted * 4, 50);; candidates = std::min(candidates * 4, kMostCandidates)) {
    query.limit = candidates;
    query.timeBudget =
        std::max(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()),
                 std::chrono::milliseconds(0));
    const auto found = indexer::PageSearch(store).search(query);
    filteredTotal = found.total;
    filteredUndated = found.undated;
    result = {};
    result.pagesNotIndexed = found.pagesNotIndexed;
    for (auto hit : found.hits) {
      // Masking pages is work outside SQLite: the search's budget covers it too.
      if (std::chrono::steady_clock::now() > deadline)
        throw indexer::SearchRefused(indexer::SearchRefused::Reason::TooSlow, "the search ran past its budget");
      const std::string text = pages.text(hit.pageId);
      if (query.text.empty()) {
        std::size_t cut = std::min<std::size_t>(text.size(), 160);  // filters only: they never read masked values
        while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        hit.snippet = text.substr(0, cut);
      } else {
        const auto excerpt = indexer::excerptMatching(text, query.text);
        if (!excerpt) continue;
        hit.snippet = *excerpt;
        hit.exact = indexer::excerptMatching(text, query.text, true).has_value();
      }
      result.hits.push_back(std::move(hit));
    }
    allSeen = static_cast<int>(found.hits.size()) < candidates;
    if (static_cast<int>(result.hits.size()) >= wanted || allSeen || candidates >= kMostCandidates) break;
  }
  // The count is of the masked pages seen (filters alone never read a masked value): the
  // index's own count would tell how often a word occurs inside masked values.
  result.total = query.text.empty() ? filteredTotal : static_cast<std::int64_t>(result.hits.size());
  result.totalAtLeast = !query.text.empty() && !allSeen;
  result.undated = query.text.empty() ? filteredUndated : 0;
  if (static_cast<int>(result.hits.size()) > wanted - 1) result.hits.resize(static_cast<std::size_t>(wanted - 1));
  result.hits.erase(result.hits.begin(), result.hits.begin() + std::min<std::size_t>(result.hits.size(), offset));
  return result;
}

indexer::CitizenGroups auditorCitizenGroups(indexer::RecordStore& store, const indexer::SearchQuery& query) {
  if (query.text.empty()) return indexer::citizenGroups(store, query);
  indexer::SearchQuery pages = query;
  pages.offset = 0;
  pages.limit = kAuditorGroupedPages;
  const auto found = auditorSearch(store, pages);
  // The pages found, by document (a page not yet in one stands alone).
  std::map<std::string, indexer::MatchedDocument> documents;
  for (const auto& hit : found.hits) {
    auto& document = documents[hit.documentId.value_or("page:" + std::to_string(hit.pageId))];
    document.firstPage = document.pages == 0 ? hit.pageId : std::min(document.firstPage, hit.pageId);
    ++document.pages;
  }
  std::vector<indexer::MatchedDocument> matched;
  for (const auto& [key, document] : documents) matched.push_back(document);
  auto grouped = indexer::groupByCitizen(store, matched, query.offset, query.limit);
  grouped.totalAtLeast = found.totalAtLeast || static_cast<int>(found.hits.size()) >= kAuditorGroupedPages;
  return grouped;
}

}  // namespace sohoa::viewer
