#pragma once
// What the archive writer needs of the store: documents still without an archive file, each
// with its pages (the original they came from, the page in it, words and geometry), and the
// place the file was written to.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "indexer/store/RecordStore.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

struct ArchivablePage {
  std::string originalFile;  // relative to the store root
  std::string fileType;      // pdf, tiff, jpeg, png
  int sourcePage = 0;
  bool bornDigital = false;  // text of its own (a PDF's), no scan
  ocr::Page page;
};

struct ArchivableDocument {
  std::int64_t rowId = 0;
  std::string documentId;
  std::optional<std::string> dossierCode;
  std::optional<int> dossierOrder;
  std::vector<ArchivablePage> pages;
};

// Documents without an archive file and without a reason for it (all of them, or those named).
std::vector<ArchivableDocument> documentsToArchive(RecordStore& store,
                                                   const std::vector<std::string>& documentIds = {});
// The public ids of documents with pages still waiting for their archive file (no file, no
// reason), made before `createdBefore` (ISO UTC), oldest first, at most `limit`: what a queue
// worker writes when a peer that assembled them died before writing their files.
std::vector<std::string> documentsAwaitingArchive(RecordStore& store, const std::string& createdBefore, int limit);
void setArchiveFile(RecordStore& store, std::int64_t documentRow, const std::string& archiveFile);
// Why a document gets no archive file ("fonts_not_embedded: Helvetica"; see
// pipeline/archive/BornDigitalArchive), kept until its pages change.
void setArchiveMissingReason(RecordStore& store, std::int64_t documentRow, const std::string& reason);
// A reason's code (what comes before ": "), and what it means in Vietnamese for the viewer and
// the report ("phông chữ không được nhúng: Helvetica").
std::string archiveReasonCode(const std::string& reason);
std::string archiveReasonVietnamese(const std::string& reason);
// The documents (with pages) that have no archive file, counted by reason code; "not_written"
// for those without a reason (not archived yet, or writing failed: sohoa archive says why).
std::map<std::string, int> documentsWithoutArchive(RecordStore& store);

// The archive files the store names, by document row; and forgetting one (it is missing or
// broken, and gets written again).
std::vector<std::pair<std::int64_t, std::string>> archivedFiles(RecordStore& store);
void clearArchiveFile(RecordStore& store, std::int64_t documentRow);
// The document's pages changed (reassembly): its archive file, or the reason it had none, was
// for other pages.
void clearArchiveOutcome(RecordStore& store, std::int64_t documentRow);
// Whether a document still names this archive file (relative to the store root).
bool isArchiveFileNamed(RecordStore& store, const std::string& archiveFile);

}  // namespace sohoa::indexer
