#pragma once
// Lines of words laid out by hand for tests of the steps that reorder or prune a page's words:
// each word's box as wide as its bytes times `widthPerByte`, words `gap` apart.
#include <string>
#include <string_view>

#include "ocr/PageModel.hpp"

namespace sohoa::test {

// A line of words starting at x on baseline y, letters `letterHeight` pixels high, read at 0.9.
inline ocr::Line laidOutLine(std::string_view text, int x, int y, int letterHeight, int widthPerByte, int gap) {
  ocr::Line line;
  int cursor = x;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string word(text.substr(start, end - start));
    const int width = static_cast<int>(word.size()) * widthPerByte;
    line.words.push_back({word, {cursor, y - letterHeight, cursor + width, y}, 0.9f});
    cursor += width + gap;
    start = end + 1;
  }
  line.box = {x, y - letterHeight, cursor, y};
  return line;
}

// The page's lines, each followed by a newline, blocks not marked.
inline std::string linesText(const ocr::Page& page) {
  std::string text;
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines) text += line.text() + "\n";
  return text;
}

}  // namespace sohoa::test
