#include "indexer/store/ReassembledDocuments.hpp"

namespace sohoa::indexer {
namespace {

// "1,2,3" for IN (…): integers of our own, never text from outside.
std::string idList(const std::vector<std::int64_t>& ids) {
  std::string list;
  for (const std::int64_t id : ids) list += (list.empty() ? "" : ",") + std::to_string(id);
  return list;
}

}  // namespace

std::vector<BatchDocumentRow> documentsOfSources(RecordStore& store, const std::vector<std::int64_t>& sourceIds) {
  const std::string sources = idList(sourceIds);
  auto select = store.db().prepare("SELECT id, public_id, archive_file FROM documents WHERE source_id IN (" + sources +
                                   ") OR id IN (SELECT document_id FROM pages WHERE source_id IN (" + sources + "))");
  std::vector<BatchDocumentRow> rows;
  while (select.step()) rows.push_back({select.integer(0), select.text(1), select.optionalText(2)});
  return rows;
}

void unfileSourcePages(RecordStore& store, const std::vector<std::int64_t>& sourceIds) {
  store.db().execute("UPDATE pages SET document_id = NULL WHERE source_id IN (" + idList(sourceIds) + ")");
}

std::string documentSignature(RecordStore& store, std::int64_t row) {
  auto& db = store.db();
  std::string out;
  auto document = db.prepare(
      "SELECT coalesce(kind, ''), coalesce(type_label, ''), coalesce(dossier_code, ''), coalesce(dossier_part, ''), "
      "coalesce(dossier_order, 0) FROM documents WHERE id = ?");
  document.bindAll(row);
  if (document.step())
    for (int i = 0; i < 5; ++i) out += document.text(i) + '\x1f';
  auto pages = db.prepare("SELECT id FROM pages WHERE document_id = ? ORDER BY id");
  pages.bindAll(row);
  while (pages.step()) out += std::to_string(pages.integer(0)) + ',';
  auto fields = db.prepare(
      "SELECT name, value, needs_review, coalesce(page_id, 0) FROM fields WHERE document_id = ? ORDER BY name, value");
  fields.bindAll(row);
  while (fields.step())
    out += '\x1e' + fields.text(0) + '=' + fields.text(1) + (fields.integer(2) ? "?" : "") + '@' + fields.text(3);
  return out;
}

std::vector<CorrectedFieldRow> correctedFields(RecordStore& store, std::int64_t row) {
  auto select = store.db().prepare(
      "SELECT name, value, coalesce(previous_value, '') FROM fields WHERE document_id = ? AND corrected_by IS NOT "
      "NULL ORDER BY id");
  select.bindAll(row);
  std::vector<CorrectedFieldRow> fields;
  while (select.step()) fields.push_back({select.text(0), select.text(1), select.text(2)});
  return fields;
}

void deleteExtractedFields(RecordStore& store, std::int64_t row) {
  store.db().prepare("DELETE FROM fields WHERE document_id = ? AND corrected_by IS NULL").bindAll(row).run();
}

void deleteDocument(RecordStore& store, std::int64_t row) {
  if (!store.db().postgres())  // SQLite's search over corrected values
    store.db()
        .prepare("DELETE FROM corrected_fields WHERE rowid IN (SELECT id FROM fields WHERE document_id = ?)")
        .bindAll(row)
        .run();
  for (const char* sql :
       {"DELETE FROM field_corrections WHERE field_id IN (SELECT id FROM fields WHERE document_id = ?)",
        "DELETE FROM fields WHERE document_id = ?", "DELETE FROM reuse_events WHERE document_id = ?",
        "DELETE FROM documents WHERE id = ?"})
    store.db().prepare(sql).bindAll(row).run();
}

}  // namespace sohoa::indexer
