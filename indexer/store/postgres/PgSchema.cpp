#include "indexer/store/postgres/PgSchema.hpp"

#include <array>
#include <string>

#include "indexer/search/postgres/PgSearchWords.hpp"

namespace sohoa::indexer {
namespace {

// Append only: never edit a migration that has shipped.
constexpr std::array kMigrations = {
    // 1: the records of SQLite's schema 9 that a search needs and a copy must keep: batches,
    // sources, pages (text, page model, their words for search), documents, fields,
    // identifiers, QR codes, page errors, the register (dossiers, procedures), reuse.
    R"sql(
CREATE TABLE batches (
  id           bigint PRIMARY KEY,
  path         text NOT NULL,
  dossier_code text,
  dossier_part text CHECK (dossier_part IN ('component', 'result')),
  created_at   text NOT NULL
);
CREATE TABLE sources (
  id            bigint PRIMARY KEY,
  sha256        text NOT NULL UNIQUE,
  given_path    text NOT NULL,
  original_file text NOT NULL,
  file_type     text NOT NULL,
  byte_size     bigint NOT NULL,
  page_count    integer NOT NULL,
  status        text NOT NULL CHECK (status IN ('ingesting', 'done')),
  started_at    text NOT NULL,
  finished_at   text,
  batch_id      bigint REFERENCES batches(id),
  batch_order   integer
);
CREATE INDEX sources_by_batch ON sources(batch_id, batch_order);
CREATE TABLE page_errors (
  source_id   bigint NOT NULL REFERENCES sources(id),
  source_page integer NOT NULL,
  message     text NOT NULL,
  PRIMARY KEY (source_id, source_page)
);
CREATE TABLE documents (
  id                     bigint PRIMARY KEY,
  public_id              text NOT NULL UNIQUE,
  source_id              bigint NOT NULL REFERENCES sources(id),
  dossier_code           text,
  kind                   text NOT NULL,
  type_label             text,
  archive_file           text,
  created_at             text NOT NULL,
  dossier_part           text CHECK (dossier_part IN ('receipt', 'component', 'result')),
  dossier_order          integer,
  batch_path             text,
  archive_missing_reason text
);
CREATE INDEX documents_by_dossier ON documents(dossier_code, dossier_part);
CREATE INDEX documents_by_source ON documents(source_id);
CREATE INDEX documents_by_type ON documents(type_label);
CREATE TABLE pages (
  id             bigint PRIMARY KEY,
  source_id      bigint NOT NULL REFERENCES sources(id),
  source_page    integer NOT NULL,
  document_id    bigint REFERENCES documents(id),
  text           text NOT NULL,
  confidence     double precision,
  rotation       integer NOT NULL,
  skew           double precision NOT NULL,
  dpi            integer,
  width          integer NOT NULL,
  height         integer NOT NULL,
  origin         text NOT NULL CHECK (origin IN ('ocr', 'pdf_text')),
  words          bytea NOT NULL,
  hocr_file      text,
  batch_position integer,
  blank          integer NOT NULL,
  uncovered_ink  double precision,
  sheet          text,
  search_words   tsvector NOT NULL,
  UNIQUE (source_id, source_page)
);
CREATE INDEX pages_by_document ON pages(document_id, source_page);
CREATE INDEX pages_search_words ON pages USING gin (search_words);
CREATE TABLE page_codes (
  page_id bigint NOT NULL REFERENCES pages(id),
  text    text NOT NULL,
  x0 integer NOT NULL, y0 integer NOT NULL, x1 integer NOT NULL, y1 integer NOT NULL
);
CREATE INDEX page_codes_by_page ON page_codes(page_id);
CREATE TABLE fields (
  id             bigint PRIMARY KEY,
  document_id    bigint NOT NULL REFERENCES documents(id),
  name           text NOT NULL,
  value          text NOT NULL,
  page_id        bigint REFERENCES pages(id),
  x0 integer, y0 integer, x1 integer, y1 integer,
  confidence     double precision,
  method         text,
  needs_review   integer NOT NULL,
  previous_value text,
  corrected_by   text,
  corrected_at   text,
  note           text
);
CREATE INDEX fields_by_document ON fields(document_id);
CREATE INDEX fields_by_value ON fields(name, value);
CREATE TABLE identifiers (
  kind    text NOT NULL CHECK (kind IN ('cccd', 'cmnd', 'dossier', 'procedure', 'notation')),
  key     text NOT NULL,
  page_id bigint NOT NULL REFERENCES pages(id),
  PRIMARY KEY (kind, key, page_id)
);
CREATE INDEX identifiers_by_page ON identifiers(page_id);
CREATE TABLE procedures (
  code            text PRIMARY KEY,
  name            text NOT NULL,
  field           text NOT NULL,
  result_document text NOT NULL,
  paper_result    integer NOT NULL CHECK (paper_result IN (0, 1))
);
CREATE TABLE dossiers (
  code                    text PRIMARY KEY,
  procedure_code          text,
  channel                 integer NOT NULL CHECK (channel IN (1, 2, 3)),
  received_at             text,
  due_at                  text,
  finished_at             text,
  status                  text,
  supplement_requests     integer NOT NULL,
  supplement_requested_at text,
  supplement_done_at      text,
  applicant_id            text,
  applicant_name          text,
  reused_by_register      integer NOT NULL,
  updated_at              text NOT NULL
);
CREATE INDEX dossiers_by_received ON dossiers(received_at);
CREATE INDEX dossiers_by_applicant ON dossiers(applicant_id);
CREATE TABLE reuse_events (
  id           bigint PRIMARY KEY,
  dossier_code text NOT NULL,
  document_id  bigint NOT NULL REFERENCES documents(id),
  recorded_by  text NOT NULL,
  recorded_at  text NOT NULL,
  UNIQUE (dossier_code, document_id)
);
)sql",
    // 2: the page words searched through a RUM index (the rum extension: Debian's postgresql-15-rum)
    // rather than GIN. RUM keeps each word's positions in the index, so a phrase is checked there
    // (GIN read every candidate page's tsvector again: 40 ms for 764 candidates of 6,400 pages)
    // and the matches come out best first (ORDER BY search_words <=> query), every match ranked.
    R"sql(
CREATE EXTENSION IF NOT EXISTS rum;
DROP INDEX pages_search_words;
CREATE INDEX pages_search_rum ON pages USING rum (search_words rum_tsvector_ops);
)sql",
    // 3: the work queue (issue 19's second slice). Pages are read by workers on many machines:
    // `sohoa ingest --enqueue-only` records sources, their batch and one queue row per page;
    // `sohoa worker` leases a row, reads the page and stores it. The files (originals, page
    // images) live under one files root shared by every machine, kept in `settings`. Ids of
    // rows made here come from identity sequences (a copied store's ids are kept: StoreCopy
    // moves the sequences past them).
    R"sql(
CREATE TABLE settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);
ALTER TABLE batches ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE sources ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE pages ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE batches ADD COLUMN assembled boolean NOT NULL DEFAULT false;
CREATE TABLE page_queue (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_id   bigint NOT NULL REFERENCES sources(id),
  source_page integer NOT NULL,
  state       text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'leased', 'done', 'parked')),
  lease_owner text,
  lease_until timestamptz,
  attempts    integer NOT NULL DEFAULT 0,
  last_error  text,
  started_at  timestamptz,
  finished_at timestamptz,
  done_by     text,
  UNIQUE (source_id, source_page)
);
CREATE INDEX page_queue_waiting ON page_queue(id) WHERE state IN ('queued', 'leased');
CREATE INDEX page_queue_by_worker ON page_queue(done_by, finished_at);
)sql",
    // 4: batches assembled on PostgreSQL by the worker that finishes them: documents and
    // fields get their ids from identity sequences too, moved past the rows a copy brought.
    // A copied batch (no queued page) was assembled by the SQLite ingest that made it.
    R"sql(
ALTER TABLE documents ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE fields ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
SELECT setval(pg_get_serial_sequence('documents', 'id'), coalesce(max(id), 0) + 1, false) FROM documents;
SELECT setval(pg_get_serial_sequence('fields', 'id'), coalesce(max(id), 0) + 1, false) FROM fields;
UPDATE batches b SET assembled = true WHERE NOT EXISTS
  (SELECT 1 FROM sources s JOIN page_queue q ON q.source_id = s.id WHERE s.batch_id = b.id);
CREATE INDEX batches_to_assemble ON batches(id) WHERE NOT assembled;
)sql",
    // 5: every command and the viewer on PostgreSQL. The repositories written for SQLite run here
    // with the same SQL (PgStoreDatabase), so the columns get SQLite's defaults (times as UTC ISO
    // text) and the tables the viewer and a clerk's corrections keep: users, the audit trail,
    // field corrections. Reuse events get their ids from a sequence too; the documents still
    // waiting for their archive file are found by a partial index (queue workers look for them).
    R"sql(
CREATE FUNCTION sohoa_utc_now(milliseconds boolean DEFAULT false) RETURNS text LANGUAGE sql STABLE AS
  $$SELECT to_char(now() AT TIME ZONE 'UTC',
                   CASE WHEN milliseconds THEN 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' ELSE 'YYYY-MM-DD"T"HH24:MI:SS"Z"' END)$$;
ALTER TABLE batches ALTER COLUMN created_at SET DEFAULT sohoa_utc_now();
ALTER TABLE sources ALTER COLUMN started_at SET DEFAULT sohoa_utc_now();
ALTER TABLE documents ALTER COLUMN kind SET DEFAULT 'other';
ALTER TABLE documents ALTER COLUMN created_at SET DEFAULT sohoa_utc_now();
ALTER TABLE pages ALTER COLUMN rotation SET DEFAULT 0;
ALTER TABLE pages ALTER COLUMN skew SET DEFAULT 0;
ALTER TABLE pages ALTER COLUMN blank SET DEFAULT 0;
ALTER TABLE fields ALTER COLUMN needs_review SET DEFAULT 0;
ALTER TABLE dossiers ALTER COLUMN channel SET DEFAULT 1;
ALTER TABLE dossiers ALTER COLUMN supplement_requests SET DEFAULT 0;
ALTER TABLE dossiers ALTER COLUMN reused_by_register SET DEFAULT 0;
ALTER TABLE dossiers ALTER COLUMN updated_at SET DEFAULT sohoa_utc_now();
ALTER TABLE reuse_events ALTER COLUMN recorded_at SET DEFAULT sohoa_utc_now();
ALTER TABLE reuse_events ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
SELECT setval(pg_get_serial_sequence('reuse_events', 'id'), coalesce(max(id), 0) + 1, false) FROM reuse_events;
CREATE TABLE users (
  id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  name          text NOT NULL UNIQUE,
  role          text NOT NULL CHECK (role IN ('admin', 'clerk', 'auditor')),
  password_hash text NOT NULL,
  disabled      integer NOT NULL DEFAULT 0,
  created_at    text NOT NULL DEFAULT sohoa_utc_now()
);
CREATE TABLE audit_log (
  id       bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at       text NOT NULL DEFAULT sohoa_utc_now(true),
  username text NOT NULL,
  action   text NOT NULL,
  target   text NOT NULL DEFAULT '',
  detail   text NOT NULL DEFAULT '',
  client   text NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_time ON audit_log(at);
CREATE INDEX audit_by_user ON audit_log(username, at);
CREATE INDEX audit_by_action ON audit_log(action, at);
CREATE TABLE field_corrections (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  field_id     bigint NOT NULL REFERENCES fields(id),
  old_value    text NOT NULL,
  new_value    text NOT NULL,
  corrected_by text NOT NULL,
  corrected_at text NOT NULL DEFAULT sohoa_utc_now()
);
CREATE INDEX field_corrections_by_field ON field_corrections(field_id);
CREATE INDEX documents_to_archive ON documents(id) WHERE archive_file IS NULL AND archive_missing_reason IS NULL;
)sql",
    // 6: a value a clerk corrected is found by its words, as SQLite's corrected_fields finds it:
    // its tsvector (made by sohoa's tokenizer, like a page's) beside it, indexed where present.
    // Values corrected before this migration get theirs right after it (fillCorrectedWords).
    R"sql(
ALTER TABLE fields ADD COLUMN search_words tsvector;
CREATE INDEX fields_corrected_words ON fields USING gin (search_words) WHERE search_words IS NOT NULL;
)sql",
};

// The schema that gave corrected values their words.
constexpr int kCorrectedWordsVersion = 6;

// Any number will do, as long as it is this program's: it serialises migrations.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(736861616)";

int currentVersion(PgConnection& connection) {
  connection.run("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)");
  const PgResult version = connection.run("SELECT coalesce(max(version), 0) FROM schema_version");
  return static_cast<int>(version.integer(0, 0));
}

}  // namespace

int latestPostgresSchemaVersion() { return static_cast<int>(kMigrations.size()); }

void migratePostgresSchema(PgConnection& connection) {
  PgTransaction transaction(connection);
  connection.run(kMigrationLock);
  const int current = currentVersion(connection);
  if (current > latestPostgresSchemaVersion())
    throw StoreError(ErrorKind::StorageFailure, "the PostgreSQL store was written by a newer sohoa (schema " +
                                                    std::to_string(current) + ", this program knows " +
                                                    std::to_string(latestPostgresSchemaVersion()) + ")");
  for (int version = current + 1; version <= latestPostgresSchemaVersion(); ++version) {
    try {
      connection.runScript(kMigrations[static_cast<std::size_t>(version - 1)]);
    } catch (const PgError& error) {
      // 58P01: no such file (the extension is not installed); 42501: not allowed to create it.
      if (error.sqlState() != "58P01" && error.sqlState() != "42501") throw;
      throw StoreError(ErrorKind::StorageFailure,
                       "the PostgreSQL store needs the rum extension for its search index: install it on the "
                       "server (Debian: apt-get install postgresql-15-rum) and, as a superuser, run CREATE "
                       "EXTENSION rum; in the database (" +
                           std::string(error.what()) + ")");
    }
    connection.runWith("INSERT INTO schema_version (version) VALUES ($1)", std::to_string(version));
  }
  if (current > 0 && current < kCorrectedWordsVersion) fillCorrectedWords(connection);
  transaction.commit();
}

void fillCorrectedWords(PgConnection& connection) {
  const PgResult corrected =
      connection.run("SELECT id, value FROM fields WHERE corrected_by IS NOT NULL AND search_words IS NULL");
  for (int row = 0; row < corrected.rows(); ++row)
    connection.run("UPDATE fields SET search_words = $1::tsvector WHERE id = $2",
                   {PgValue::text(pgSearchWords(corrected.text(row, 1))), PgValue::text(corrected.text(row, 0))});
}

}  // namespace sohoa::indexer
