#include "indexer/assembly/BatchReassembly.hpp"

#include <map>

#include "indexer/extract/FieldNames.hpp"
#include "indexer/store/DocumentRows.hpp"

namespace sohoa::indexer {
namespace {

struct StoredBatch {
  std::int64_t id = 0;
  std::string path;
  SplitOptions options;
  std::vector<std::int64_t> sources;
  std::string sourceList;  // "1,2,3" for IN (…): integers of our own
};

std::vector<StoredBatch> storedBatches(SqliteDatabase& db) {
  std::vector<StoredBatch> batches;
  auto select = db.prepare("SELECT id, path, dossier_code, dossier_part FROM batches ORDER BY id");
  auto sources = db.prepare("SELECT id FROM sources WHERE batch_id = ? ORDER BY batch_order, id");
  while (select.step()) {
    StoredBatch batch{select.integer(0), select.text(1), {select.optionalText(2), std::nullopt}, {}, {}};
    if (auto part = select.optionalText(3)) batch.options.part = partFromName(*part);
    sources.bindAll(batch.id);
    while (sources.step()) {
      batch.sources.push_back(sources.integer(0));
      batch.sourceList += (batch.sourceList.empty() ? "" : ",") + std::to_string(batch.sources.back());
    }
    sources.reset();
    if (!batch.sources.empty()) batches.push_back(std::move(batch));
  }
  return batches;
}

// What a document is (cut, dossier, type, fields), to tell whether reassembly changed it.
std::string signature(SqliteDatabase& db, std::int64_t row) {
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

// Fields a clerk corrected stay; the rest is read again.
CorrectedFields keepCorrections(SqliteDatabase& db, std::int64_t row, ReassemblyReport& report) {
  CorrectedFields corrected;
  auto select = db.prepare(
      "SELECT name, value, coalesce(previous_value, '') FROM fields WHERE document_id = ? AND corrected_by IS NOT "
      "NULL");
  select.bindAll(row);
  while (select.step()) {
    ++report.correctionsKept;
    if (select.text(0) == fieldname::kCitizenIds) {
      corrected.citizenIds.insert(select.text(1));
      corrected.citizenIds.insert(select.text(2));
    } else {
      corrected.names.insert(select.text(0));
    }
  }
  db.prepare("DELETE FROM fields WHERE document_id = ? AND corrected_by IS NULL").bindAll(row).run();
  return corrected;
}

void removeDocument(SqliteDatabase& db, std::int64_t row, const std::string& publicId, ReassemblyReport& report) {
  auto corrections =
      db.prepare("SELECT name, value FROM fields WHERE document_id = ? AND corrected_by IS NOT NULL ORDER BY id");
  corrections.bindAll(row);
  while (corrections.step())
    report.dropped.push_back("document " + publicId + " no longer exists: the correction of " + corrections.text(0) +
                             " to \"" + corrections.text(1) + "\" is dropped");
  auto reuses = db.prepare("SELECT dossier_code FROM reuse_events WHERE document_id = ? ORDER BY id");
  reuses.bindAll(row);
  while (reuses.step())
    report.dropped.push_back("document " + publicId + " no longer exists: its reuse for dossier " + reuses.text(0) +
                             " is dropped");
  for (const char* sql :
       {"DELETE FROM field_corrections WHERE field_id IN (SELECT id FROM fields WHERE document_id = ?)",
        "DELETE FROM corrected_fields WHERE rowid IN (SELECT id FROM fields WHERE document_id = ?)",
        "DELETE FROM fields WHERE document_id = ?", "DELETE FROM reuse_events WHERE document_id = ?",
        "DELETE FROM documents WHERE id = ?"})
    db.prepare(sql).bindAll(row).run();
}

struct OldDocument {
  std::int64_t row = 0;
  std::optional<std::string> archiveFile;
  std::string signature;
};

void reassemble(SqliteDatabase& db, const StoredBatch& batch, ReassemblyReport& report) {
  SqliteTransaction transaction(db);
  const auto pages = loadBatchPages(db, batch.sources, false);
  std::map<std::string, OldDocument> old;
  auto select = db.prepare("SELECT id, public_id, archive_file FROM documents WHERE source_id IN (" + batch.sourceList +
                           ") OR id IN (SELECT document_id FROM pages WHERE source_id IN (" + batch.sourceList + "))");
  while (select.step())
    old[select.text(1)] = {select.integer(0), select.optionalText(2), signature(db, select.integer(0))};
  db.execute("UPDATE pages SET document_id = NULL WHERE source_id IN (" + batch.sourceList + ")");

  for (const auto& document :
       pages.empty() ? std::vector<PlannedDocument>{} : planDocuments(pages, batch.options, CalendarDay::today())) {
    const auto previous = old.find(document.publicId);
    std::int64_t row = 0;
    if (previous != old.end()) {
      row = previous->second.row;
      updateDocumentRow(db, row, document, batch.path);
      const auto corrected = keepCorrections(db, row, report);
      fileDocumentPages(db, row, document, pages);
      report.fieldsForReview += insertFields(db, row, document, pages, corrected);
    } else {
      row = *insertDocumentRow(db, document, pages[document.cut.pages.front()].sourceId, batch.path);
      fileDocumentPages(db, row, document, pages);
      report.fieldsForReview += insertFields(db, row, document, pages);
      ++report.documentsAdded;
    }
    ++report.documents;
    const bool same = previous != old.end() && previous->second.signature == signature(db, row);
    if (!same) {
      report.changedDocumentIds.push_back(document.publicId);
      if (previous != old.end() && previous->second.archiveFile)
        report.staleArchiveFiles.push_back(*previous->second.archiveFile);
      // Its pages changed: the archive file, or the reason it had none, is for other pages.
      db.prepare("UPDATE documents SET archive_file = NULL, archive_missing_reason = NULL WHERE id = ?")
          .bindAll(row)
          .run();
    }
    if (previous != old.end()) old.erase(previous);
  }
  for (const auto& [publicId, document] : old) {
    removeDocument(db, document.row, publicId, report);
    if (document.archiveFile) report.staleArchiveFiles.push_back(*document.archiveFile);
    ++report.documentsRemoved;
  }
  transaction.commit();
  ++report.batches;
}

}  // namespace

ReassemblyReport reassembleBatches(RecordStore& store) {
  ReassemblyReport report;
  for (const auto& batch : storedBatches(store.db())) reassemble(store.db(), batch, report);
  return report;
}

}  // namespace sohoa::indexer
