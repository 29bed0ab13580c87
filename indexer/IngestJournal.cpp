#include "indexer/IngestJournal.hpp"

#include "indexer/PageIndex.hpp"
#include "indexer/PageWords.hpp"

namespace sohoa::indexer {
namespace {

SourceRecord readSource(SqliteStatement& row) {
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
  auto& db = store_.db();
  SqliteTransaction transaction(db);
  auto insert = db.prepare(
      "INSERT INTO pages (source_id, source_page, text, confidence, rotation, skew, dpi, width, height, "
      "origin, words, hocr_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (source_id, source_page) DO NOTHING");
  const std::string text = page.text();
  insert.bindAll(sourceId, sourcePage, text, page.meanConfidence(), page.rotation, page.skew,
                 page.dpi > 0 ? std::optional<int>(page.dpi) : std::nullopt, page.width, page.height,
                 page.origin == ocr::TextOrigin::Ocr ? "ocr" : "pdf_text");
  insert.bindBlob(11, encodePageWords(page));
  insert.bind(12, hocrFile);
  insert.run();
  if (sqlite3_changes(db.handle()) == 0) return;  // stored by an earlier run
  indexPage(db, db.lastInsertId(), text);
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

std::optional<std::string> IngestJournal::completeSource(std::int64_t sourceId) {
  auto& db = store_.db();
  SqliteTransaction transaction(db);
  auto first = db.prepare(
      "SELECT substr(s.sha256, 1, 12), min(p.source_page) FROM sources s "
      "JOIN pages p ON p.source_id = s.id WHERE s.id = ?");
  first.bindAll(sourceId);
  std::optional<std::string> publicId;
  if (first.step() && !first.isNull(1)) {
    publicId = first.text(0) + "-p" + std::to_string(first.integer(1));
    db.prepare("INSERT INTO documents (public_id, source_id) VALUES (?, ?) ON CONFLICT (public_id) DO NOTHING")
        .bindAll(*publicId, sourceId)
        .run();
    db.prepare(
          "UPDATE pages SET document_id = (SELECT id FROM documents WHERE public_id = ?) "
          "WHERE source_id = ? AND document_id IS NULL")
        .bindAll(*publicId, sourceId)
        .run();
  }
  db.prepare("UPDATE sources SET status = 'done', finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?")
      .bindAll(sourceId)
      .run();
  transaction.commit();
  return publicId;
}

}  // namespace sohoa::indexer
