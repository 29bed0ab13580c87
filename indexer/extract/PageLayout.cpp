#include "indexer/extract/PageLayout.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>

#include "indexer/text/VietnameseFolding.hpp"
#include "ocr/layout/ReadingOrder.hpp"

namespace sohoa::indexer {
namespace {

TextSegment makeSegment(std::vector<ocr::Word> words) {
  TextSegment segment;
  segment.box = boxAround(words);
  for (const auto& word : words) segment.folded.push_back(lowerCase(foldMarks(word.text)));
  segment.words = std::move(words);
  return segment;
}

bool insideCode(const ocr::Page& page, const ocr::Box& box) {
  const int x = (box.x0 + box.x1) / 2, y = (box.y0 + box.y1) / 2;
  return std::any_of(page.codes.begin(), page.codes.end(), [&](const ocr::PageCode& code) {
    return x >= code.box.x0 && x <= code.box.x1 && y >= code.box.y0 && y <= code.box.y1;
  });
}

// A blank word, or a run of dashes that is a drawn rule (a single '-' is punctuation).
bool isRuleOrBlank(const std::string& text) {
  const bool blank =
      std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
  const bool dashes = text.size() >= 3 && (text.find_first_not_of("-_=~") == std::string::npos ||
                                           text.starts_with("\u2014") || text.starts_with("\u2013"));
  return blank || dashes;
}

}  // namespace

std::string TextSegment::text() const { return joinedText(words); }

std::string TextSegment::foldedText() const {
  std::string out;
  for (const auto& word : folded) out += (out.empty() ? "" : " ") + word;
  return out;
}

float TextSegment::minConfidence() const { return indexer::minConfidence(words); }

int TextSegment::height() const { return ocr::medianHeight(words); }

PageLayout::PageLayout(const ocr::Page& page) : width(page.width), height(page.height) {
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines) {
      if (line.words.empty()) continue;
      // Words further apart than a few letter heights belong to different columns.
      const int gapLimit = ocr::columnGap(line.words, width);
      std::vector<ocr::Word> current;
      for (const auto& word : line.words) {
        if (insideCode(page, word.box)) continue;  // OCR of a QR code's modules is noise
        if (isRuleOrBlank(word.text)) continue;    // the rules under headings read as dashes
        if (!current.empty() && word.box.x0 - current.back().box.x1 > gapLimit) {
          segments.push_back(makeSegment(std::move(current)));
          current.clear();
        }
        current.push_back(word);
      }
      if (!current.empty()) segments.push_back(makeSegment(std::move(current)));
    }
  // Top to bottom; segments whose middles stand on one line, left to right.
  std::sort(segments.begin(), segments.end(),
            [](const TextSegment& a, const TextSegment& b) { return a.centreY() < b.centreY(); });
  for (std::size_t rowStart = 0; rowStart < segments.size();) {
    std::size_t rowEnd = rowStart + 1;
    const double tolerance = segments[rowStart].height() / 2.0;
    while (rowEnd < segments.size() && segments[rowEnd].centreY() - segments[rowStart].centreY() <= tolerance) ++rowEnd;
    std::sort(segments.begin() + static_cast<std::ptrdiff_t>(rowStart),
              segments.begin() + static_cast<std::ptrdiff_t>(rowEnd),
              [](const TextSegment& a, const TextSegment& b) { return a.box.x0 < b.box.x0; });
    rowStart = rowEnd;
  }
}

bool PageLayout::centred(const TextSegment& segment) const {
  return std::abs(segment.centreX() - width / 2.0) < 0.09 * width && segment.box.width() < 0.8 * width;
}

std::string joinedText(const std::vector<ocr::Word>& words, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t i = first; i < std::min(last, words.size()); ++i) out += (out.empty() ? "" : " ") + words[i].text;
  return out;
}

ocr::Box boxAround(const std::vector<ocr::Word>& words, std::size_t first, std::size_t last) {
  ocr::Box box;
  bool any = false;
  for (std::size_t i = first; i < std::min(last, words.size()); ++i) {
    box = any ? box.united(words[i].box) : words[i].box;
    any = true;
  }
  return box;
}

float minConfidence(const std::vector<ocr::Word>& words, std::size_t first, std::size_t last) {
  float lowest = 1;
  for (std::size_t i = first; i < std::min(last, words.size()); ++i) lowest = std::min(lowest, words[i].confidence);
  return lowest;
}

std::vector<ocr::Word> withoutLeaders(const std::vector<ocr::Word>& words) {
  auto isMark = [](char c) { return std::string_view("[](){}'\"`,.;_-|!*").find(c) != std::string_view::npos; };
  std::vector<ocr::Word> out;
  for (const auto& word : words) {
    std::string text;  // an ellipsis is dots too
    for (std::size_t i = 0; i < word.text.size();) {
      const bool ellipsis = word.text.compare(i, 3, "\u2026") == 0;
      text += ellipsis ? '.' : word.text[i];
      i += ellipsis ? 3 : 1;
    }
    std::size_t start = 0;
    for (std::size_t j = 0; j <= text.size(); ++j) {
      if (j < text.size() && text[j] != '.' && text[j] != ',') continue;
      std::string_view piece = std::string_view(text).substr(start, j - start);
      start = j + 1;
      while (!piece.empty() && isMark(piece.front())) piece.remove_prefix(1);
      while (!piece.empty() && isMark(piece.back())) piece.remove_suffix(1);
      if (!piece.empty()) out.push_back({std::string(piece), word.box, word.confidence});
    }
  }
  return out;
}

bool isStrayMark(const ocr::Word& word) {
  return std::none_of(word.text.begin(), word.text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
}

TextSegment withoutLeadingStrayMarks(TextSegment segment) {
  std::size_t lead = 0;
  while (lead + 1 < segment.words.size() && isStrayMark(segment.words[lead])) ++lead;
  if (lead == 0) return segment;
  segment.words.erase(segment.words.begin(), segment.words.begin() + static_cast<std::ptrdiff_t>(lead));
  segment.folded.erase(segment.folded.begin(), segment.folded.begin() + static_cast<std::ptrdiff_t>(lead));
  segment.box = boxAround(segment.words);
  return segment;
}

namespace {

// A word in capitals: more of its letters capitals than not. OCR sets a letter or two of a
// capital heading in lower case (`CĂN CướCG`); a word with one capital (`Hà`, `Lợi`) is not.
bool inCapitals(std::string_view word) {
  const auto cases = letterCases(word);
  return cases.upper > cases.lower;
}

}  // namespace

bool mostlyUpperCase(const TextSegment& segment) {
  std::size_t upper = 0, counted = 0;
  for (const auto& word : segment.words) {
    if (lowerCase(word.text) == upperCase(word.text)) continue;  // no letters
    ++counted;
    if (inCapitals(word.text)) ++upper;
  }
  return counted > 0 && upper * 4 >= counted * 3;
}

}  // namespace sohoa::indexer
