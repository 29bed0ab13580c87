#pragma once
// The archive file of a document (Thông tư 05/2025): PDF/A-2u with two layers, each page the
// scan as it came with the OCR text invisible over it, word by word. XMP metadata says
// PDF/A-2u; an sRGB OutputIntent; the text font (Tesseract's glyphless font) embedded with a
// ToUnicode map, so Vietnamese text extracts exactly. Written with qpdf; the text never goes
// through Ghostscript (which strips marks before 10.02.1).
#include <filesystem>
#include <string>
#include <vector>

#include "ocr/PageModel.hpp"

class QPDF;
#include "pipeline/archive/ArchiveImage.hpp"

namespace sohoa::pipeline {

struct ArchivePage {
  ArchiveImage image;
  ocr::Page page;  // words in the upright, straightened page; rotation, skew and dpi of the scan
};

struct ArchiveInfo {
  std::string title;
  std::string created;  // ISO 8601, UTC
};

// Writes `pages` as one PDF/A-2u file at `file` (replacing it). Throws with the reason.
void writeArchivePdf(const std::vector<ArchivePage>& pages, const ArchiveInfo& info, const std::filesystem::path& file);

// What makes a file PDF/A-2u beside its pages: the XMP identification (pdfaid part 2,
// conformance U, title, dates, producer), the sRGB OutputIntent and the language; and writing
// it as the archive files are written (PDF 1.7, no object streams, whole or not at all).
void markPdfA(QPDF& pdf, const ArchiveInfo& info);
void writePdfA(QPDF& pdf, const std::filesystem::path& file);

// Where the font and colour profile come from (Debian: libtesseract5, icc-profiles-free).
std::filesystem::path glyphlessFontFile();
std::filesystem::path srgbProfileFile();

}  // namespace sohoa::pipeline
