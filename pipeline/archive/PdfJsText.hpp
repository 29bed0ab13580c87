#pragma once
// What pdf.js extracts from a PDF: the reader inside Firefox, and the one a records system built on
// the web shows. Its text is what `scripts/pdfjs-text.mjs` prints (pdfjs-dist's getTextContent, as
// its text layer places the items), run by Node.js; pdfjs-dist comes from tests/viewer's npm packages.
#include <filesystem>
#include <string>
#include <vector>

namespace sohoa::pipeline {

struct PdfJsText {
  std::vector<std::string> pages;  // one text per page
  std::string error;               // why nothing was read (Node.js missing, the script failing…)
};

// Runs `node script pdf` and splits what it prints at its form feeds.
PdfJsText pdfJsText(const std::filesystem::path& script, const std::filesystem::path& pdf);

}  // namespace sohoa::pipeline
