#pragma once
// The text layer of a two-layer archive page: every recognised word drawn invisibly (PDF
// text render mode 3) over the scan, on the word's own box, so that selecting and searching
// in any PDF reader lands on the words, and every reader splits them as OCR did (as OCRmyPDF's
// hOCR renderer draws them): each line its own text run on its baseline in one size, each word
// stretched to its box, an explicit space stretched over the gap to the next word, no word
// overlapping the next. The scan keeps its own orientation in the PDF (the
// page's /Rotate shows it upright), so the word boxes, which OCR gave in the upright and
// straightened page, are carried back onto the scan.
#include <string>
#include <vector>

#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

struct ScanGeometry {
  int width = 0, height = 0;  // the scan's pixels, as stored in the archive
  int dpi = 300;
};

// Where the words of a line are drawn. A line runs along the upright page's x axis, or down
// (turn 90) or up (turn 270) it where OCR read a line of a card copied turned on its sheet;
// positions along it are x, y or -y of the upright page's pixels.
struct LineLayout {
  struct Placed {
    const Word* word;
    double start, end;  // its box, or less where the next word starts too close
  };
  int turn = 0;         // degrees clockwise from the page's x axis
  double size = 0;      // the line's letter size (median word height across the line)
  double baseline = 0;  // y of the line (x for a turned one): the median bottom of its words
  std::vector<Placed> words;
  // The upright page's point on the baseline at `along`.
  void point(double along, double& x, double& y) const;
};
LineLayout layoutLine(const Line& line);
// The lines of a page that have words to draw, apart from each other where two lines go on one
// baseline.
std::vector<LineLayout> layoutPage(const Page& page);

// Content-stream operators drawing `page`'s words with font resource `fontName` (a Type0
// font whose codes are UTF-16 code units and whose glyphs are 500/1000 em wide).
std::string invisibleTextOperators(const Page& page, const ScanGeometry& scan, const std::string& fontName);
// The /Rotate a PDF viewer needs to show the scan upright.
int displayRotation(const Page& page);
// A point of the upright, straightened page in the scan's pixels.
void pointOnScan(const Page& page, const ScanGeometry& scan, double x, double y, double& scanX, double& scanY);

}  // namespace sohoa::ocr
