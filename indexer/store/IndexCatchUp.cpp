#include "indexer/store/IndexCatchUp.hpp"

#include "indexer/store/PageIndex.hpp"

namespace sohoa::indexer {

std::optional<CatchUpProgress> IndexCatchUp::pending() {
  auto query = store_.db().prepare(
      "SELECT (SELECT count(*) FROM pages WHERE id BETWEEN c.next_page_id AND c.last_page_id) FROM index_catch_up c");
  if (!query.step()) return std::nullopt;
  return CatchUpProgress{query.integer(0)};
}

bool IndexCatchUp::step(int batch) {
  auto& db = store_.sqlite("re-indexing");
  SqliteTransaction transaction(db);
  auto range = db.prepare("SELECT next_page_id, last_page_id FROM index_catch_up");
  if (!range.step()) return false;
  const std::int64_t next = range.integer(0), last = range.integer(1);
  std::int64_t reached = next - 1;
  {
    auto pages = db.prepare("SELECT id, text FROM pages WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?");
    pages.bindAll(next, last, batch);
    while (pages.step()) {
      reached = pages.integer(0);
      indexPage(db, reached, pages.text(1));
    }
  }
  const bool more = reached < last && reached >= next;
  if (more) {
    db.prepare("UPDATE index_catch_up SET next_page_id = ?").bindAll(reached + 1).run();
  } else {
    db.execute("DELETE FROM index_catch_up");
  }
  transaction.commit();
  return more;
}

void IndexCatchUp::run(const std::function<void(const CatchUpProgress&)>& onBatch) {
  while (step()) {
    if (onBatch)
      if (auto progress = pending()) onBatch(*progress);
  }
}

}  // namespace sohoa::indexer
