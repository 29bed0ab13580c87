#include "indexer/store/IngestJournal.hpp"

#include "indexer/store/PageIndex.hpp"
#include "indexer/store/PageWords.hpp"

namespace sohoa::indexer {
namespace {

SourceRecord readSource(StoreStatement& row) {
  SourceRecord source;
  source.id = row.integer(0);
  source.sha256 = row.text(1);
  source.givenPath = row.text(2);
  source.originalFile = row.text(3);
  source.fileType = row.text(4);
  source.byteSize = row.integer(5);
  source.pageCount = static_cast<int>(row.integer(6));
  source.done = row.text(7) == "done";
  return source;
}

}  // namespace

std::optional<SourceRecord> IngestJournal::findSource(const std::string& sha256) {
  auto query = store_.db().prepare(
      "SELECT id, sha256, given_path, original_file, file_type, byte_size, page_count, status "
      "FROM sources WHERE sha256 = ?");
  query.bindAll(sha256);
  if (!query.step()) return std::nullopt;
  return readSource(query);
}

SourceRecord IngestJournal::beginSource(const SourceRecord& source) {
  store_.db()
      .prepare(
          "INSERT INTO sources (sha256, given_path, original_file, file_type, byte_size, page_count, status) "
          "VALUES (?, ?, ?, ?, ?, ?, 'ingesting') ON CONFLICT (sha256) DO NOTHING")
      .bindAll(source.sha256, source.givenPath, source.originalFile, source.fileType, source.byteSize, source.pageCount)
      .run();
  return *findSource(source.sha256);
}

std::set<int> IngestJournal::storedPages(std::int64_t sourceId) {
  std::set<int> pages;
  auto query = store_.db().prepare("SELECT source_page FROM pages WHERE source_id = ?");
  query.bindAll(sourceId);
  while (query.step()) pages.insert(static_cast<int>(query.integer(0)));
  return pages;
}

void IngestJournal::storePage(std::int64_t sourceId, int sourcePage, const ocr::Page& page,
                              const std::string& hocrFile) {
  auto& db = store_.sqlite("storing a page");
  SqliteTransaction transaction(db);
  auto insert = db.prepare(
      "INSERT INTO pages (source_id, source_page, text, confidence, rotation, skew, dpi, width, height, "
      "origin, words, hocr_file, blank, uncovered_ink, sheet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (source_id, source_page) DO NOTHING");
  const std::string text = page.text();
  insert.bindAll(sourceId, sourcePage, text, page.meanConfidence(), page.rotation, page.skew,
                 page.dpi > 0 ? std::optional<int>(page.dpi) : std::nullopt, page.width, page.height,
                 page.origin == ocr::TextOrigin::Ocr ? "ocr" : "pdf_text");
  insert.bindBlob(11, encodePageWords(page));
  insert.bind(12, hocrFile);
  insert.bind(13, page.blank ? 1 : 0);
  insert.bind(14, page.uncoveredInk >= 0 ? std::optional<double>(page.uncoveredInk) : std::nullopt);
  insert.bind(15, page.sheet.flattened() ? std::optional<std::string>(page.sheet.text()) : std::nullopt);
  insert.run();
  if (sqlite3_changes(db.handle()) == 0) return;  // stored by an earlier run
  const std::int64_t pageId = db.lastInsertId();
  indexPage(db, pageId, text);
  auto code = db.prepare("INSERT INTO page_codes (page_id, text, x0, y0, x1, y1) VALUES (?, ?, ?, ?, ?, ?)");
  for (const auto& found : page.codes) {
    code.bindAll(pageId, found.text, found.box.x0, found.box.y0, found.box.x1, found.box.y1).run();
  }
  db.prepare("DELETE FROM page_errors WHERE source_id = ? AND source_page = ?").bindAll(sourceId, sourcePage).run();
  transaction.commit();
}

void IngestJournal::recordPageError(std::int64_t sourceId, int sourcePage, const std::string& message) {
  store_.db()
      .prepare(
          "INSERT INTO page_errors (source_id, source_page, message) VALUES (?, ?, ?) "
          "ON CONFLICT (source_id, source_page) DO UPDATE SET message = excluded.message")
      .bindAll(sourceId, sourcePage, message)
      .run();
}

std::map<int, std::string> IngestJournal::failedPages(std::int64_t sourceId) {
  std::map<int, std::string> failed;
  auto query = store_.db().prepare("SELECT source_page, message FROM page_errors WHERE source_id = ?");
  query.bindAll(sourceId);
  while (query.step()) failed[static_cast<int>(query.integer(0))] = query.text(1);
  return failed;
}

}  // namespace sohoa::indexer
