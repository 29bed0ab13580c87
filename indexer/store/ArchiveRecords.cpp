#include "indexer/store/ArchiveRecords.hpp"

#include <algorithm>

#include "indexer/store/StoredPageModel.hpp"

namespace sohoa::indexer {

std::vector<std::string> documentsAwaitingArchive(RecordStore& store, const std::string& createdBefore, int limit) {
  auto select = store.db().prepare(
      "SELECT d.public_id FROM documents d WHERE d.archive_file IS NULL AND d.archive_missing_reason IS NULL AND "
      "d.created_at < ? AND EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id) ORDER BY d.id LIMIT ?");
  select.bindAll(createdBefore, limit);
  std::vector<std::string> ids;
  while (select.step()) ids.push_back(select.text(0));
  return ids;
}

std::vector<ArchivableDocument> documentsToArchive(RecordStore& store, const std::vector<std::string>& documentIds) {
  auto& db = store.db();
  std::vector<ArchivableDocument> documents;
  auto select = db.prepare(
      "SELECT d.id, d.public_id, d.dossier_code, d.dossier_order FROM documents d WHERE d.archive_file IS NULL "
      "AND d.archive_missing_reason IS NULL AND EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id) ORDER BY "
      "d.id");
  while (select.step()) {
    ArchivableDocument document;
    document.rowId = select.integer(0);
    document.documentId = select.text(1);
    document.dossierCode = select.optionalText(2);
    if (!select.isNull(3)) document.dossierOrder = static_cast<int>(select.integer(3));
    if (!documentIds.empty() &&
        std::find(documentIds.begin(), documentIds.end(), document.documentId) == documentIds.end())
      continue;
    documents.push_back(std::move(document));
  }
  auto pages = db.prepare("SELECT s.original_file, s.file_type, p.source_page, " + std::string(kPageModelColumns) +
                          ", p.sheet, p.origin = 'pdf_text' FROM pages p JOIN sources s ON s.id = p.source_id WHERE "
                          "p.document_id = ? ORDER BY coalesce(p.batch_position, p.source_page)");
  for (auto& document : documents) {
    pages.bindAll(document.rowId);
    while (pages.step()) {
      ArchivablePage page;
      page.originalFile = pages.text(0);
      page.fileType = pages.text(1);
      page.sourcePage = static_cast<int>(pages.integer(2));
      readPageModel(pages, 3, page.page);
      if (!pages.isNull(9)) page.page.sheet = ocr::SheetCorners::fromText(pages.text(9));
      page.bornDigital = pages.integer(10) != 0;
      document.pages.push_back(std::move(page));
    }
    pages.reset();
  }
  return documents;
}

void setArchiveFile(RecordStore& store, std::int64_t documentRow, const std::string& archiveFile) {
  store.db()
      .prepare("UPDATE documents SET archive_file = ?, archive_missing_reason = NULL WHERE id = ?")
      .bindAll(archiveFile, documentRow)
      .run();
}

void setArchiveMissingReason(RecordStore& store, std::int64_t documentRow, const std::string& reason) {
  store.db().prepare("UPDATE documents SET archive_missing_reason = ? WHERE id = ?").bindAll(reason, documentRow).run();
}

std::vector<std::pair<std::int64_t, std::string>> archivedFiles(RecordStore& store) {
  std::vector<std::pair<std::int64_t, std::string>> files;
  auto select = store.db().prepare("SELECT id, archive_file FROM documents WHERE archive_file IS NOT NULL ORDER BY id");
  while (select.step()) files.emplace_back(select.integer(0), select.text(1));
  return files;
}

void clearArchiveFile(RecordStore& store, std::int64_t documentRow) {
  store.db().prepare("UPDATE documents SET archive_file = NULL WHERE id = ?").bindAll(documentRow).run();
}

void clearArchiveOutcome(RecordStore& store, std::int64_t documentRow) {
  store.db()
      .prepare("UPDATE documents SET archive_file = NULL, archive_missing_reason = NULL WHERE id = ?")
      .bindAll(documentRow)
      .run();
}

std::string archiveReasonCode(const std::string& reason) { return reason.substr(0, reason.find(':')); }

std::string archiveReasonVietnamese(const std::string& reason) {
  static const std::map<std::string, std::string> meanings = {
      {"fonts_not_embedded", "phông chữ không được nhúng trong tệp PDF"},
      {"encrypted", "tệp PDF được mã hóa"},
      {"damaged", "tệp PDF bị hỏng"},
      {"mixed_pages", "văn bản gồm cả trang quét và trang điện tử"},
      {"not_written", "chưa tạo được tệp lưu trữ"}};
  const std::string code = archiveReasonCode(reason);
  const auto meaning = meanings.find(code);
  const std::string detail = reason.size() > code.size() + 2 ? reason.substr(code.size() + 2) : "";
  // Font names tell a clerk what to ask for; qpdf's message about a damaged file does not.
  return (meaning == meanings.end() ? reason : meaning->second) + (code == "fonts_not_embedded" ? ": " + detail : "");
}

std::map<std::string, int> documentsWithoutArchive(RecordStore& store) {
  std::map<std::string, int> counts;
  auto select = store.db().prepare(
      "SELECT d.archive_missing_reason FROM documents d WHERE d.archive_file IS NULL "
      "AND EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id)");
  while (select.step()) ++counts[select.isNull(0) ? "not_written" : archiveReasonCode(select.text(0))];
  return counts;
}

bool isArchiveFileNamed(RecordStore& store, const std::string& archiveFile) {
  auto row = store.db().prepare("SELECT 1 FROM documents WHERE archive_file = ?");
  row.bindAll(archiveFile);
  return row.step();
}

}  // namespace sohoa::indexer
