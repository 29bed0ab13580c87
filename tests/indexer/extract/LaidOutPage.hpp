#pragma once
// Pages laid out by hand for extraction tests: lines of words placed where Nghị định 30
// puts them, on an A4 page at 300 dpi, with word boxes sized by their letters.
#include <string>
#include <string_view>

#include "ocr/PageModel.hpp"

namespace sohoa::test {

class LaidOutPage {
 public:
  LaidOutPage() {
    page.width = 2480;
    page.height = 3508;
    page.dpi = 300;
  }
  // A line whose words start at x (pixels) on baseline row y, letters `size` pixels high.
  LaidOutPage& line(std::string_view text, int x, int y, float confidence = 0.95f, int size = 40) {
    ocr::Line line;
    int cursor = x;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string_view::npos) end = text.size();
      const std::string word(text.substr(start, end - start));
      const int width = static_cast<int>(word.size()) * size / 2;
      line.words.push_back({word, {cursor, y - size, cursor + width, y}, confidence});
      cursor += width + size / 3;
      start = end + 1;
    }
    line.box = {x, y - size, cursor, y};
    page.blocks.push_back({line.box, {line}});
    return *this;
  }
  // A line centred on the page's text block (margins 30 mm left, 20 mm right).
  LaidOutPage& centred(std::string_view text, int y, float confidence = 0.95f) {
    const int width = static_cast<int>(text.size()) * 20 + static_cast<int>(text.size()) / 4;
    return line(text, 1300 - width / 2, y, confidence);
  }
  ocr::Page page;
};

}  // namespace sohoa::test
