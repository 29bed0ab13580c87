#include "indexer/store/postgres/StoreCopy.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>

#include "indexer/search/postgres/PgSearchWords.hpp"
#include "indexer/store/postgres/PgSchema.hpp"

namespace sohoa::indexer {
namespace {

// A column as both stores name it, with its PostgreSQL type (the SQLite value is read as such).
struct Column {
  const char* name;
  const char* type;  // bigint, integer, double precision, text, bytea
};

struct Table {
  const char* name;
  std::vector<Column> columns;
};

// In the order their references need. Every column of SQLite's schema 9 for these tables; the
// viewer's users and audit trail come along, so its accounts work on the copy.
const std::vector<Table>& copiedTables() {
  static const std::vector<Table> tables = {
      {"batches",
       {{"id", "bigint"},
        {"path", "text"},
        {"dossier_code", "text"},
        {"dossier_part", "text"},
        {"created_at", "text"}}},
      {"sources",
       {{"id", "bigint"},
        {"sha256", "text"},
        {"given_path", "text"},
        {"original_file", "text"},
        {"file_type", "text"},
        {"byte_size", "bigint"},
        {"page_count", "integer"},
        {"status", "text"},
        {"started_at", "text"},
        {"finished_at", "text"},
        {"batch_id", "bigint"},
        {"batch_order", "integer"}}},
      {"page_errors", {{"source_id", "bigint"}, {"source_page", "integer"}, {"message", "text"}}},
      {"documents",
       {{"id", "bigint"},
        {"public_id", "text"},
        {"source_id", "bigint"},
        {"dossier_code", "text"},
        {"kind", "text"},
        {"type_label", "text"},
        {"archive_file", "text"},
        {"created_at", "text"},
        {"dossier_part", "text"},
        {"dossier_order", "integer"},
        {"batch_path", "text"},
        {"archive_missing_reason", "text"}}},
      {"pages",
       {{"id", "bigint"},
        {"source_id", "bigint"},
        {"source_page", "integer"},
        {"document_id", "bigint"},
        {"text", "text"},
        {"confidence", "double precision"},
        {"rotation", "integer"},
        {"skew", "double precision"},
        {"dpi", "integer"},
        {"width", "integer"},
        {"height", "integer"},
        {"origin", "text"},
        {"words", "bytea"},
        {"hocr_file", "text"},
        {"batch_position", "integer"},
        {"blank", "integer"},
        {"uncovered_ink", "double precision"},
        {"sheet", "text"}}},
      {"page_codes",
       {{"page_id", "bigint"},
        {"text", "text"},
        {"x0", "integer"},
        {"y0", "integer"},
        {"x1", "integer"},
        {"y1", "integer"}}},
      {"fields",
       {{"id", "bigint"},
        {"document_id", "bigint"},
        {"name", "text"},
        {"value", "text"},
        {"page_id", "bigint"},
        {"x0", "integer"},
        {"y0", "integer"},
        {"x1", "integer"},
        {"y1", "integer"},
        {"confidence", "double precision"},
        {"method", "text"},
        {"needs_review", "integer"},
        {"previous_value", "text"},
        {"corrected_by", "text"},
        {"corrected_at", "text"},
        {"note", "text"}}},
      {"identifiers", {{"kind", "text"}, {"key", "text"}, {"page_id", "bigint"}}},
      {"procedures",
       {{"code", "text"},
        {"name", "text"},
        {"field", "text"},
        {"result_document", "text"},
        {"paper_result", "integer"}}},
      {"dossiers",
       {{"code", "text"},
        {"procedure_code", "text"},
        {"channel", "integer"},
        {"received_at", "text"},
        {"due_at", "text"},
        {"finished_at", "text"},
        {"status", "text"},
        {"supplement_requests", "integer"},
        {"supplement_requested_at", "text"},
        {"supplement_done_at", "text"},
        {"applicant_id", "text"},
        {"applicant_name", "text"},
        {"reused_by_register", "integer"},
        {"updated_at", "text"}}},
      {"reuse_events",
       {{"id", "bigint"},
        {"dossier_code", "text"},
        {"document_id", "bigint"},
        {"recorded_by", "text"},
        {"recorded_at", "text"}}},
      {"field_corrections",
       {{"id", "bigint"},
        {"field_id", "bigint"},
        {"old_value", "text"},
        {"new_value", "text"},
        {"corrected_by", "text"},
        {"corrected_at", "text"}}},
      {"users",
       {{"id", "bigint"},
        {"name", "text"},
        {"role", "text"},
        {"password_hash", "text"},
        {"disabled", "integer"},
        {"created_at", "text"}}},
      {"audit_log",
       {{"id", "bigint"},
        {"at", "text"},
        {"username", "text"},
        {"action", "text"},
        {"target", "text"},
        {"detail", "text"},
        {"client", "text"}}},
  };
  return tables;
}

// Rows per INSERT: a statement takes at most 65,535 values.
constexpr std::size_t kRowsPerInsert = 500;

PgValue valueOf(StoreStatement& row, int column, std::string_view type) {
  if (row.isNull(column)) return PgValue::null();
  if (type == "bytea") return PgValue::blob(row.text(column));
  if (type == "bigint" || type == "integer") return PgValue::text(std::to_string(row.integer(column)));
  if (type == "double precision") {
    char digits[32];
    std::snprintf(digits, sizeof digits, "%.17g", row.real(column));  // every bit of the double
    return PgValue::text(digits);
  }
  return PgValue::text(row.text(column));
}

void insertRows(PgConnection& connection, const Table& table, bool withSearchWords, const std::vector<PgValue>& values,
                std::size_t rows) {
  if (rows == 0) return;
  std::string columns;
  for (const auto& column : table.columns) columns += (columns.empty() ? "" : ", ") + std::string(column.name);
  if (withSearchWords) columns += ", search_words";
  std::string sql = "INSERT INTO " + std::string(table.name) + " (" + columns + ") VALUES ";
  int parameter = 0;
  for (std::size_t row = 0; row < rows; ++row) {
    sql += row == 0 ? "(" : ", (";
    for (std::size_t i = 0; i < table.columns.size(); ++i)
      sql += (i == 0 ? "$" : ", $") + std::to_string(++parameter) + "::" + table.columns[i].type;
    if (withSearchWords) sql += ", $" + std::to_string(++parameter) + "::tsvector";
    sql += ")";
  }
  connection.run(sql, values);
}

std::int64_t copyTable(RecordStore& from, PgConnection& to, const Table& table) {
  const bool withSearchWords = std::string_view(table.name) == "pages";
  std::string columns;
  for (const auto& column : table.columns) columns += (columns.empty() ? "" : ", ") + std::string(column.name);
  auto rows = from.db().prepare("SELECT " + columns + " FROM " + table.name);
  const auto textColumn = std::find_if(table.columns.begin(), table.columns.end(),
                                       [](const Column& column) { return std::string_view(column.name) == "text"; }) -
                          table.columns.begin();
  PgTransaction transaction(to);
  std::vector<PgValue> values;
  std::size_t batch = 0;
  std::int64_t copied = 0;
  while (rows.step()) {
    for (std::size_t i = 0; i < table.columns.size(); ++i)
      values.push_back(valueOf(rows, static_cast<int>(i), table.columns[i].type));
    if (withSearchWords) values.push_back(PgValue::text(pgSearchWords(rows.text(static_cast<int>(textColumn)))));
    ++copied;
    if (++batch == kRowsPerInsert) {
      insertRows(to, table, withSearchWords, values, batch);
      values.clear();
      batch = 0;
    }
  }
  insertRows(to, table, withSearchWords, values, batch);
  transaction.commit();
  return copied;
}

std::int64_t sqliteCount(RecordStore& store, const std::string& table) {
  auto count = store.db().prepare("SELECT count(*) FROM " + table);
  count.step();
  return count.integer(0);
}

// A document's fields ("name=value", by id) and page texts (by id), one string per store.
std::string sqliteDocument(RecordStore& store, std::int64_t documentId) {
  std::string out;
  auto fields = store.db().prepare("SELECT name, value FROM fields WHERE document_id = ? ORDER BY id");
  fields.bindAll(documentId);
  while (fields.step()) out += fields.text(0) + "=" + fields.text(1) + "\n";
  auto pages = store.db().prepare("SELECT id, text FROM pages WHERE document_id = ? ORDER BY id");
  pages.bindAll(documentId);
  while (pages.step()) out += "page " + std::to_string(pages.integer(0)) + ":" + pages.text(1) + "\n";
  return out;
}

std::string postgresDocument(PgConnection& connection, std::int64_t documentId) {
  std::string out;
  const std::string id = std::to_string(documentId);
  const PgResult fields = connection.runWith("SELECT name, value FROM fields WHERE document_id = $1 ORDER BY id", id);
  for (int row = 0; row < fields.rows(); ++row) out += fields.text(row, 0) + "=" + fields.text(row, 1) + "\n";
  const PgResult pages = connection.runWith("SELECT id, text FROM pages WHERE document_id = $1 ORDER BY id", id);
  for (int row = 0; row < pages.rows(); ++row) out += "page " + pages.text(row, 0) + ":" + pages.text(row, 1) + "\n";
  return out;
}

}  // namespace

bool CopyCheck::matches() const {
  return differences.empty() && std::all_of(tables.begin(), tables.end(), [](const TableCount& count) {
           return count.sqliteRows == count.postgresRows;
         });
}

void copyStore(RecordStore& from, PostgresStore& to, const CopyProgress& progress) {
  auto& connection = to.connection();
  for (const auto& table : copiedTables()) {
    const std::int64_t held =
        connection.run("SELECT count(*) FROM (SELECT 1 FROM " + std::string(table.name) + " LIMIT 1) t").integer(0, 0);
    if (held > 0)
      throw StoreError(ErrorKind::Conflict, std::string("the PostgreSQL store already holds records (") + table.name +
                                                "); copy into an empty database");
  }
  for (const auto& table : copiedTables()) {
    progress(table.name, copyTable(from, connection, table));
    // Rows the work queue adds later (PgPageQueue) take ids after the copied ones.
    const std::string_view name = table.name;
    if (name != "page_errors" && name != "page_codes" && name != "identifiers" && name != "procedures" &&
        name != "dossiers")
      connection.run("SELECT setval(pg_get_serial_sequence('" + std::string(name) +
                     "', 'id'), coalesce(max(id), 0) + 1, " + "false) FROM " + std::string(name));
    // A copied batch was assembled by the SQLite ingest that made it: no worker assembles it again.
    if (name == "batches") connection.run("UPDATE batches SET assembled = true");
  }
  fillCorrectedWords(connection);  // the values clerks corrected, searched by their words
  // The copied records name files under the SQLite store's folder: it stays their files root
  // (every machine mounts it at the same path), unless the database has one already.
  connection.run("INSERT INTO settings (key, value) VALUES ('files_root', $1) ON CONFLICT (key) DO NOTHING",
                 {PgValue::text(std::filesystem::absolute(from.layout().root).lexically_normal().string())});
}

CopyCheck compareStores(RecordStore& from, PostgresStore& to, int sampleDocuments) {
  auto& connection = to.connection();
  CopyCheck check;
  for (const auto& table : copiedTables())
    check.tables.push_back({table.name, sqliteCount(from, table.name),
                            connection.run("SELECT count(*) FROM " + std::string(table.name)).integer(0, 0)});
  std::vector<std::int64_t> documents;
  auto ids = from.db().prepare("SELECT id FROM documents ORDER BY id");
  while (ids.step()) documents.push_back(ids.integer(0));
  const std::size_t wanted = std::min(documents.size(), static_cast<std::size_t>(std::max(sampleDocuments, 0)));
  for (std::size_t i = 0; i < wanted; ++i) {
    const std::int64_t id = documents[i * documents.size() / wanted];  // spread over the store
    if (sqliteDocument(from, id) != postgresDocument(connection, id))
      check.differences.push_back("document " + std::to_string(id) + ": fields or page texts differ");
    ++check.documentsCompared;
  }
  return check;
}

}  // namespace sohoa::indexer
