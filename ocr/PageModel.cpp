#include "ocr/PageModel.hpp"

#include <algorithm>

namespace sohoa::ocr {

Box Box::united(const Box& other) const {
  if (empty()) return other;
  if (other.empty()) return *this;
  return {std::min(x0, other.x0), std::min(y0, other.y0), std::max(x1, other.x1), std::max(y1, other.y1)};
}

int sharedRows(const Box& a, const Box& b) { return std::min(a.y1, b.y1) - std::max(a.y0, b.y0); }

long sharedArea(const Box& a, const Box& b) {
  const int columns = std::min(a.x1, b.x1) - std::max(a.x0, b.x0), rows = sharedRows(a, b);
  return columns > 0 && rows > 0 ? static_cast<long>(columns) * rows : 0;
}

bool overlapsMostly(const Box& a, const Box& b) {
  const long overlap = sharedArea(a, b);
  if (overlap == 0) return false;
  const long smaller = std::min(static_cast<long>(a.width()) * a.height(), static_cast<long>(b.width()) * b.height());
  return overlap * 2 > smaller;
}

std::string Line::text() const {
  std::string out;
  for (const auto& word : words) {
    if (!out.empty()) out += ' ';
    out += word.text;
  }
  return out;
}

std::string Page::text() const {
  std::string out;
  for (const auto& block : blocks) {
    if (!out.empty()) out += '\n';
    for (const auto& line : block.lines) {
      out += line.text();
      out += '\n';
    }
  }
  return out;
}

double Page::meanConfidence() const {
  double weighted = 0;
  std::size_t weight = 0;
  for (const auto& block : blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words) {
        weighted += word.confidence * static_cast<double>(word.text.size());
        weight += word.text.size();
      }
  return weight == 0 ? 0 : weighted / static_cast<double>(weight);
}

std::size_t Page::wordCount() const {
  std::size_t count = 0;
  for (const auto& block : blocks)
    for (const auto& line : block.lines) count += line.words.size();
  return count;
}

Box wordsBox(const std::vector<Word>& words) {
  Box box = words.front().box;
  for (const auto& word : words) box = box.united(word.box);
  return box;
}

int medianHeight(const std::vector<Word>& words) {
  std::vector<int> heights;
  for (const auto& word : words) heights.push_back(word.box.height());
  if (heights.empty()) return 0;
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  return heights[heights.size() / 2];
}

Box wordRows(const Line& line) {
  if (line.words.empty()) return line.box;
  std::vector<int> tops, bottoms;
  for (const auto& word : line.words) tops.push_back(word.box.y0), bottoms.push_back(word.box.y1);
  const auto middle = [](std::vector<int>& values) {
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
    return values[values.size() / 2];
  };
  return {line.box.x0, middle(tops), line.box.x1, middle(bottoms)};
}

}  // namespace sohoa::ocr
