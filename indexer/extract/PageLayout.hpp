#pragma once
// A page as extraction sees it: visual line segments with their boxes, top to bottom. A
// line Tesseract returns is cut where words stand far apart, so that the left and right
// columns of a Nghị định 30 header (issuing body | national title) are separate segments.
#include <cstdint>
#include <string>
#include <vector>

#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

struct TextSegment {
  std::vector<ocr::Word> words;
  std::vector<std::string> folded;  // each word lower case, marks removed (đ -> d)
  ocr::Box box;

  std::string text() const;
  std::string foldedText() const;  // folded words joined by single spaces
  float minConfidence() const;
  double centreX() const { return (box.x0 + box.x1) / 2.0; }
  double centreY() const { return (box.y0 + box.y1) / 2.0; }
  int height() const;  // median word height: the line's letter size
};

struct PageLayout {
  int width = 0, height = 0;
  std::vector<TextSegment> segments;  // by top edge, then left edge

  explicit PageLayout(const ocr::Page& page);
  // Where a segment stands, as fractions of the page.
  bool inTop(const TextSegment& segment, double fraction) const { return segment.box.y1 <= fraction * height; }
  bool centred(const TextSegment& segment) const;
  bool leftHalf(const TextSegment& segment) const { return segment.centreX() < 0.47 * width; }
  bool rightHalf(const TextSegment& segment) const { return segment.centreX() > 0.53 * width; }
};

// Words from `first` on, as text and as the box around them.
std::string joinedText(const std::vector<ocr::Word>& words, std::size_t first = 0, std::size_t last = SIZE_MAX);
ocr::Box boxAround(const std::vector<ocr::Word>& words, std::size_t first = 0, std::size_t last = SIZE_MAX);
float minConfidence(const std::vector<ocr::Word>& words, std::size_t first = 0, std::size_t last = SIZE_MAX);
// The words with OCR's leader dots cut away: it glues a form's dotted blank to the words written
// on it and reads the dots between them as full stops (".Hồ..Thanh Quyên", ".Ủy.ban nhân dân").
// Each piece between dots or commas, stray marks trimmed, is a word with its word's box and score.
std::vector<ocr::Word> withoutLeaders(const std::vector<ocr::Word>& words);
// A word with no letter or digit: a speck, a pen's dash or a leader's dot read as a word.
bool isStrayMark(const ocr::Word& word);
// The segment without the stray marks before its first word (`. Số: 1012/GCS`).
TextSegment withoutLeadingStrayMarks(TextSegment segment);
// Three words in four with letters are in capitals: headings, bodies, positions.
bool mostlyUpperCase(const TextSegment& segment);

}  // namespace sohoa::indexer
