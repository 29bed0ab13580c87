#pragma once
// Writes the archive of the store: for each document, its PDF/A-2u file (scanned pages with
// their OCR text, or a born-digital PDF's pages copied as they are; pipeline/archive/BornDigitalArchive)
// named as Thông tư 05/2025 says (archive/<dossier code>/<dossier code>.<NN>.pdf, NN its order
// in the dossier; archive/_unfiled/<document id>.pdf without a dossier) with its metadata XML
// beside it, and one XML per dossier. Checks what it wrote.
#include <filesystem>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::pipeline {

struct ArchiveReport {
  int documents = 0;
  int pages = 0;
  int repaired = 0;                   // files the store named that were missing or broken, written again
  int withoutArchive = 0;             // born-digital documents that cannot be PDF/A as they are (reason kept)
  std::vector<std::string> problems;  // "file: reason"
};

// Archives the documents that have no archive file yet nor a reason to have none (or only those
// named); a born-digital one that cannot be PDF/A keeps the reason. Without names,
// first forgets the files the store names that are missing, empty or cut short (no PDF header
// or trailer, or no metadata XML), so that they are written again.
ArchiveReport buildArchive(indexer::RecordStore& store, const std::vector<std::string>& documentIds = {});

struct ArchiveCheck {
  int files = 0;
  int pages = 0;
  int words = 0;              // the OCR's, on every page of every file
  double worstTextError = 0;  // character error rate of the extracted text against the stored text
  // Of a file's OCR words, the share a reader does not give back whole or gives otherwise
  // (pipeline/archive/ReaderWords), the worse of Poppler's drawing and reading orders.
  double worstWordDifference = 0;
  std::vector<std::string> problems;
};

// For every archive file: qpdf finds no damage; the XMP says PDF/A-2u; the OutputIntent and
// embedded fonts are there; Poppler extracts the stored OCR text (CER under 0.1 %) and, page by
// page, the OCR's words whole (at most 0.1 % of the file's words differing; the pages that
// differ are named); every image is at least 200 dpi at 100 % scale; the metadata XML
// validates against the XSD. With `pdfJsScript` (scripts/pdfjs-text.mjs), pdf.js's words are
// held to the same bar as Poppler's.
ArchiveCheck checkArchive(indexer::RecordStore& store, const std::filesystem::path& pdfJsScript = {});

// A dossier's documents in chronological order, as PDF/A files and one XML, into `folder`.
int exportDossier(indexer::RecordStore& store, const std::string& dossierCode, const std::filesystem::path& folder);

}  // namespace sohoa::pipeline
