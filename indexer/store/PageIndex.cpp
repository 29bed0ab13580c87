#include "indexer/store/PageIndex.hpp"

#include "indexer/search/IdentifierKeys.hpp"

namespace sohoa::indexer {

void indexPage(SqliteDatabase& db, std::int64_t pageId, const std::string& text) {
  db.prepare("INSERT INTO page_text (rowid, text) VALUES (?, ?)").bindAll(pageId, text).run();
  auto insertKey = db.prepare("INSERT OR IGNORE INTO identifiers (kind, key, page_id) VALUES (?, ?, ?)");
  for (const auto& identifier : identifiersInText(text)) {
    insertKey.bindAll(identifier.kind, identifier.key, pageId);
    insertKey.run();
  }
}

}  // namespace sohoa::indexer
