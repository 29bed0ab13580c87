#include "indexer/store/SchemaMigrations.hpp"

#include <array>
#include <string>

namespace sohoa::indexer {
namespace {

// Append only: never edit a migration that has shipped.
constexpr std::array kMigrations = {
    // 1: sources, pages with their words, documents, fields, full-text index of page text.
    R"sql(
CREATE TABLE sources (
  id            INTEGER PRIMARY KEY,
  sha256        TEXT NOT NULL UNIQUE,
  given_path    TEXT NOT NULL,
  original_file TEXT NOT NULL,
  file_type     TEXT NOT NULL,
  byte_size     INTEGER NOT NULL,
  page_count    INTEGER NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('ingesting', 'done')),
  started_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  finished_at   TEXT
);
CREATE TABLE page_errors (
  source_id   INTEGER NOT NULL REFERENCES sources(id),
  source_page INTEGER NOT NULL,
  message     TEXT NOT NULL,
  PRIMARY KEY (source_id, source_page)
);
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  public_id    TEXT NOT NULL UNIQUE,
  source_id    INTEGER NOT NULL REFERENCES sources(id),
  dossier_code TEXT,
  kind         TEXT NOT NULL DEFAULT 'other',
  type_label   TEXT,
  archive_file TEXT,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_by_dossier ON documents(dossier_code);
CREATE INDEX documents_by_source ON documents(source_id);
CREATE TABLE pages (
  id          INTEGER PRIMARY KEY,
  source_id   INTEGER NOT NULL REFERENCES sources(id),
  source_page INTEGER NOT NULL,
  document_id INTEGER REFERENCES documents(id),
  text        TEXT NOT NULL,
  confidence  REAL,
  rotation    INTEGER NOT NULL DEFAULT 0,
  skew        REAL NOT NULL DEFAULT 0,
  dpi         INTEGER,
  width       INTEGER NOT NULL,
  height      INTEGER NOT NULL,
  origin      TEXT NOT NULL CHECK (origin IN ('ocr', 'pdf_text')),
  words       BLOB NOT NULL,
  hocr_file   TEXT,
  UNIQUE (source_id, source_page)
);
CREATE INDEX pages_by_document ON pages(document_id, source_page);
CREATE TABLE fields (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id),
  name           TEXT NOT NULL,
  value          TEXT NOT NULL,
  page_id        INTEGER REFERENCES pages(id),
  x0 INTEGER, y0 INTEGER, x1 INTEGER, y1 INTEGER,
  confidence     REAL,
  method         TEXT,
  needs_review   INTEGER NOT NULL DEFAULT 0,
  previous_value TEXT,
  corrected_by   TEXT,
  corrected_at   TEXT
);
CREATE INDEX fields_by_document ON fields(document_id);
CREATE INDEX fields_by_value ON fields(name, value);
CREATE VIRTUAL TABLE page_text USING fts5(
  text, content='pages', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
)sql",
    // 2: the full-text index moves to the Vietnamese-aware tokenizer (words as written and
    // folded, colocated). Pages stored before are re-indexed in batches by IndexCatchUp,
    // which records how far it got; identifier keys (CCCD, codes, notations) get a table.
    R"sql(
DROP TABLE page_text;
CREATE VIRTUAL TABLE page_text USING fts5(
  text, content='pages', content_rowid='id', tokenize='sohoa_vi'
);
CREATE TABLE index_catch_up (
  next_page_id INTEGER NOT NULL,
  last_page_id INTEGER NOT NULL
);
INSERT INTO index_catch_up SELECT min(id), max(id) FROM pages HAVING count(*) > 0;
CREATE TABLE identifiers (
  kind    TEXT NOT NULL CHECK (kind IN ('cccd', 'cmnd', 'dossier', 'procedure', 'notation')),
  key     TEXT NOT NULL,
  page_id INTEGER NOT NULL REFERENCES pages(id),
  PRIMARY KEY (kind, key, page_id)
) WITHOUT ROWID;
CREATE INDEX identifiers_by_page ON identifiers(page_id);
CREATE INDEX documents_by_type ON documents(type_label);
CREATE INDEX documents_by_kind ON documents(kind);
)sql",
    // 3: extraction and dossier assembly. QR codes read on each page; documents know their
    // dossier part and order and the batch (file or folder) they were cut from, pages their
    // position in it; a field can carry a note (why it needs review, what disagreed).
    R"sql(
CREATE TABLE page_codes (
  page_id INTEGER NOT NULL REFERENCES pages(id),
  text    TEXT NOT NULL,
  x0 INTEGER NOT NULL, y0 INTEGER NOT NULL, x1 INTEGER NOT NULL, y1 INTEGER NOT NULL
);
CREATE INDEX page_codes_by_page ON page_codes(page_id);
ALTER TABLE documents ADD COLUMN dossier_part TEXT CHECK (dossier_part IN ('receipt', 'component', 'result'));
ALTER TABLE documents ADD COLUMN dossier_order INTEGER;
ALTER TABLE documents ADD COLUMN batch_path TEXT;
ALTER TABLE pages ADD COLUMN batch_position INTEGER;
ALTER TABLE fields ADD COLUMN note TEXT;
CREATE INDEX fields_for_review ON fields(document_id) WHERE needs_review = 1;
)sql",
    // 4: the desk's dossier register (the denominators of the rates), the procedure table
    // (which results are on paper), and reuse of digitised documents for a dossier.
    R"sql(
CREATE TABLE procedures (
  code            TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  field           TEXT NOT NULL,
  result_document TEXT NOT NULL,
  paper_result    INTEGER NOT NULL CHECK (paper_result IN (0, 1))
);
CREATE TABLE dossiers (
  code                    TEXT PRIMARY KEY,
  procedure_code          TEXT,
  channel                 INTEGER NOT NULL DEFAULT 1 CHECK (channel IN (1, 2, 3)),
  received_at             TEXT,
  due_at                  TEXT,
  finished_at             TEXT,
  status                  TEXT,
  supplement_requests     INTEGER NOT NULL DEFAULT 0,
  supplement_requested_at TEXT,
  supplement_done_at      TEXT,
  applicant_id            TEXT,
  applicant_name          TEXT,
  reused_by_register      INTEGER NOT NULL DEFAULT 0,
  updated_at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX dossiers_by_received ON dossiers(received_at);
CREATE INDEX dossiers_by_applicant ON dossiers(applicant_id);
CREATE TABLE reuse_events (
  id           INTEGER PRIMARY KEY,
  dossier_code TEXT NOT NULL,
  document_id  INTEGER NOT NULL REFERENCES documents(id),
  recorded_by  TEXT NOT NULL,
  recorded_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (dossier_code, document_id)
);
CREATE INDEX documents_by_dossier_part ON documents(dossier_code, dossier_part);
)sql",
    // 5: the viewer's users and audit trail; corrections of fields with their history, and
    // the corrected values searchable like page text.
    R"sql(
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'auditor')),
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE audit_log (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  username TEXT NOT NULL,
  action   TEXT NOT NULL,
  target   TEXT NOT NULL DEFAULT '',
  detail   TEXT NOT NULL DEFAULT '',
  client   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_time ON audit_log(at);
CREATE INDEX audit_by_user ON audit_log(username, at);
CREATE INDEX audit_by_action ON audit_log(action, at);
CREATE TABLE field_corrections (
  id           INTEGER PRIMARY KEY,
  field_id     INTEGER NOT NULL REFERENCES fields(id),
  old_value    TEXT NOT NULL,
  new_value    TEXT NOT NULL,
  corrected_by TEXT NOT NULL,
  corrected_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX field_corrections_by_field ON field_corrections(field_id);
CREATE VIRTUAL TABLE corrected_fields USING fts5(value, tokenize='sohoa_vi');
)sql",
    // 6: blank pages (backs of sheets) are marked, not read.
    R"sql(
ALTER TABLE pages ADD COLUMN blank INTEGER NOT NULL DEFAULT 0;
)sql",
    // 7: the share of a page's text-like ink no word was read from (NULL: not measured), and
    // where a photographed sheet lies in its photo (NULL: a scan, read as it came).
    R"sql(
ALTER TABLE pages ADD COLUMN uncovered_ink REAL;
ALTER TABLE pages ADD COLUMN sheet TEXT;
)sql",
    // 8: batches as ingest cut them (the file or folder, its sources in order, the dossier and
    // part a clerk gave), so that `sohoa reassemble` can cut them again with newer rules.
    // Stores written before know a batch only by its documents' batch_path; a batch whose
    // documents all went to one dossier is taken as filed under it.
    R"sql(
CREATE TABLE batches (
  id           INTEGER PRIMARY KEY,
  path         TEXT NOT NULL,
  dossier_code TEXT,
  dossier_part TEXT CHECK (dossier_part IN ('component', 'result')),
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
ALTER TABLE sources ADD COLUMN batch_id INTEGER REFERENCES batches(id);
ALTER TABLE sources ADD COLUMN batch_order INTEGER;
CREATE INDEX sources_by_batch ON sources(batch_id, batch_order);
INSERT INTO batches (path, dossier_code)
  SELECT batch_path, CASE WHEN count(*) = count(dossier_code) AND count(DISTINCT dossier_code) = 1
                          THEN min(dossier_code) END
  FROM documents WHERE batch_path IS NOT NULL GROUP BY batch_path ORDER BY min(id);
UPDATE sources SET
  batch_id = (SELECT b.id FROM pages p JOIN documents d ON d.id = p.document_id JOIN batches b ON b.path = d.batch_path
              WHERE p.source_id = sources.id LIMIT 1),
  batch_order = (SELECT min(p.batch_position) FROM pages p WHERE p.source_id = sources.id);
)sql",
    // 9: why a document has no archive file (a born-digital PDF that cannot be PDF/A as it is:
    // fonts not embedded, encrypted, damaged), so that show, the export and the report say so.
    R"sql(
ALTER TABLE documents ADD COLUMN archive_missing_reason TEXT;
)sql",
};

}  // namespace

int latestSchemaVersion() { return static_cast<int>(kMigrations.size()); }

namespace {

int schemaVersion(SqliteDatabase& db) {
  auto versionQuery = db.prepare("PRAGMA user_version");  // finalised before any DROP TABLE
  versionQuery.step();
  return static_cast<int>(versionQuery.integer(0));
}

void refuseNewer(int current) {
  if (current > latestSchemaVersion())
    throw StoreError(ErrorKind::StorageFailure, "the store was written by a newer sohoa (schema " +
                                                    std::to_string(current) + ", this program knows " +
                                                    std::to_string(latestSchemaVersion()) + ")");
}

}  // namespace

void migrateSchema(SqliteDatabase& db) {
  int current = schemaVersion(db);
  refuseNewer(current);
  if (current == latestSchemaVersion()) return;
  // Two programs opening a new store at once must not both create its tables: the version
  // is read again under the write lock (BEGIN IMMEDIATE), and whoever gets it second finds
  // the work done.
  SqliteTransaction transaction(db);
  current = schemaVersion(db);
  refuseNewer(current);
  for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
    db.execute(kMigrations[static_cast<std::size_t>(version - 1)]);
    db.execute("PRAGMA user_version = " + std::to_string(version));
  }
  transaction.commit();
}

void requireSchema(SqliteDatabase& db) {
  const int current = schemaVersion(db);
  refuseNewer(current);
  if (current < latestSchemaVersion())
    throw StoreError(ErrorKind::StorageFailure, "the store has schema " + std::to_string(current) +
                                                    " and this sohoa reads " + std::to_string(latestSchemaVersion()) +
                                                    ": run sohoa ingest or sohoa reindex once, with write "
                                                    "access, to upgrade it");
}

}  // namespace sohoa::indexer
