#include "pipeline/cli/ReadingFlags.hpp"

#include "indexer/text/Translation.hpp"

namespace sohoa::pipeline {

void addReadingFlags(CLI::App& command, ReadingFlags& flags) {
  command.add_option("--lang", flags.languages, indexer::tr("Tesseract languages"))->capture_default_str();
  command.add_flag("--no-rotate", flags.keepOrientation,
                   indexer::tr("Do not turn pages scanned at 90/180/270 degrees"));
  command.add_flag("--no-deskew", flags.keepSkew, indexer::tr("Do not straighten skewed pages"));
  command.add_flag("--no-handwriting", flags.skipHandwriting,
                   indexer::tr("Leave handwritten numbers, days and dates as Tesseract read them"));
  command.add_flag("--keep-seals", flags.keepSeals,
                   indexer::tr("Let OCR see red seals on colour scans, and do not read lines crossed by "
                               "a seal again in dark ink on grey ones (both done by default)"));
  command.add_flag("--no-spelling", flags.keepMarks,
                   indexer::tr("Keep Tesseract's tone and vowel marks and its words run together as read "
                               "(corrected and parted by default)"));
}

void applyReadingFlags(const ReadingFlags& flags, ocr::OcrSettings& ocr, bool& dropColourInk) {
  ocr.languages = flags.languages;
  ocr.turnUpright = !flags.keepOrientation;
  ocr.straighten = !flags.keepSkew;
  ocr.readHandwrittenNumbers = !flags.skipHandwriting;
  ocr.readHandwrittenDates = !flags.skipHandwriting;
  ocr.correctMarks = !flags.keepMarks;
  ocr.rereadCrossedLines = !flags.keepSeals;
  dropColourInk = !flags.keepSeals;
}

}  // namespace sohoa::pipeline
