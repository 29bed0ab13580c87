#pragma once
// The archive file of a born-digital document (pages with text of their own, no scan): its
// pages copied as they are with qpdf, never rendered again, and made PDF/A-2u with what the
// scanned archive files have beside their pages (XMP identification, the sRGB OutputIntent).
// That holds only when the PDF opens without damage, is not encrypted, and every font its pages
// show text with is embedded (a font selected but never drawing needs none). Otherwise
// the document gets no archive copy, and the reason is kept for show, the export and the report.
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "pipeline/archive/ArchivePdf.hpp"

class QPDFPageObjectHelper;

namespace sohoa::pipeline {

struct BornDigitalPage {
  std::filesystem::path original;  // the PDF as it came
  int page = 1;                    // its page, from 1
};

// Why a document cannot have its archive copy, as stored (documents.archive_missing_reason): a
// code, then ": " and what was found.
//   fonts_not_embedded: Helvetica, Times-Roman · encrypted · damaged: qpdf's message
//   mixed_pages (scanned and born-digital pages in one document)
class NotArchivable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The fonts that show text on the page (its forms too) and are not embedded, by name.
std::set<std::string> unembeddedFontsShown(QPDFPageObjectHelper page);

// Writes the pages as one PDF/A-2u file at `file`; throws NotArchivable with the reason.
void writeBornDigitalArchive(const std::vector<BornDigitalPage>& pages, const ArchiveInfo& info,
                             const std::filesystem::path& file);

}  // namespace sohoa::pipeline
