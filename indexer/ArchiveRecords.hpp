#pragma once
// What the archive writer needs of the store: documents still without an archive file, each
// with its pages (the original they came from, the page in it, words and geometry), and the
// place the file was written to.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "indexer/RecordStore.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

struct ArchivablePage {
  std::string originalFile;  // relative to the store root
  std::string fileType;      // pdf, tiff, jpeg, png
  int sourcePage = 0;
  ocr::Page page;
};

struct ArchivableDocument {
  std::int64_t rowId = 0;
  std::string documentId;
  std::optional<std::string> dossierCode;
  std::optional<int> dossierOrder;
  std::vector<ArchivablePage> pages;
};

// Documents without an archive file (all of them, or those named); documents whose pages
// are born-digital (no scan) are left out: they have no image to archive.
std::vector<ArchivableDocument> documentsToArchive(RecordStore& store,
                                                   const std::vector<std::string>& documentIds = {});
void setArchiveFile(RecordStore& store, std::int64_t documentRow, const std::string& archiveFile);

// The archive files the store names, by document row; and forgetting one (it is missing or
// broken, and gets written again).
std::vector<std::pair<std::int64_t, std::string>> archivedFiles(RecordStore& store);
void clearArchiveFile(RecordStore& store, std::int64_t documentRow);

}  // namespace sohoa::indexer
