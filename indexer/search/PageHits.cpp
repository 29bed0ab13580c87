#include "indexer/search/PageHits.hpp"

#include <stdexcept>

#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/search/QueryWords.hpp"
#include "indexer/store/PageWords.hpp"
#include "indexer/store/StoreError.hpp"

namespace sohoa::indexer {

std::vector<ocr::Box> hitBoxes(const ocr::Page& page, const std::string& query) {
  const auto identifier = identifierInQuery(query);
  std::vector<QueryWord> wanted;
  for (const auto& alternative : parseQuery(query))
    for (const auto& term : alternative) wanted.insert(wanted.end(), term.words.begin(), term.words.end());
  std::vector<ocr::Box> boxes;
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words) {
        bool hit = false;
        for (const auto& one : wanted) hit = hit || wordMatches(one, word.text);
        // An identifier printed with its own spacing or marks ("052095001234," or "15/QĐ-UBND").
        if (!hit && identifier)
          for (const auto& key : identifiersInText(word.text)) hit = hit || key == *identifier;
        if (hit) boxes.push_back(word.box);
      }
  return boxes;
}

ocr::Page storedPageWords(RecordStore& store, std::int64_t pageId) {
  auto row = store.db().prepare("SELECT width, height, words FROM pages WHERE id = ?");
  row.bindAll(pageId);
  if (!row.step()) throw NotFound("no page " + std::to_string(pageId));
  ocr::Page page;
  page.width = static_cast<int>(row.integer(0));
  page.height = static_cast<int>(row.integer(1));
  decodePageWords(row.text(2), page);
  return page;
}

PageHits storedPageHits(RecordStore& store, std::int64_t pageId, const std::string& query) {
  const ocr::Page page = storedPageWords(store, pageId);
  return {page.width, page.height, hitBoxes(page, query)};
}

}  // namespace sohoa::indexer
