#include "ocr/layout/ReadingOrder.hpp"

#include <algorithm>
#include <optional>

namespace sohoa::ocr {
namespace {

// The box around parts (words of a line, lines of a block); there is at least one.
template <typename Part>
Box boxAround(const std::vector<Part>& parts) {
  Box box = parts.front().box;
  for (const auto& part : parts) box = box.united(part.box);
  return box;
}

Line lineOf(std::vector<Word> words) { return {boxAround(words), std::move(words)}; }

// The line's left and right parts when exactly one gap in it is as wide as a gutter.
std::optional<std::pair<Line, Line>> splitAtGutter(const Line& line, int pageWidth) {
  if (line.words.size() < 2) return std::nullopt;
  const int gapLimit = columnGap(line.words, pageWidth);
  std::optional<std::size_t> cut;
  for (std::size_t i = 1; i < line.words.size(); ++i) {
    if (line.words[i].box.x0 - line.words[i - 1].box.x1 <= gapLimit) continue;
    if (cut) return std::nullopt;  // a table row: read it across
    cut = i;
  }
  if (!cut) return std::nullopt;
  const auto at = line.words.begin() + static_cast<std::ptrdiff_t>(*cut);
  return std::make_pair(lineOf({line.words.begin(), at}), lineOf({at, line.words.end()}));
}

Block blockOf(std::vector<Line> lines) { return {boxAround(lines), std::move(lines)}; }

}  // namespace

int columnGap(const std::vector<Word>& line, int pageWidth) { return std::max(3 * medianHeight(line), pageWidth / 25); }

void readColumnsInOrder(Page& page) {
  std::vector<Block> ordered;
  std::vector<Line> left, right, pending;  // the open two-column run; lines of the current block
  int gutterLeft = 0, gutterRight = 0;     // the run's columns end and start here
  auto flushPending = [&] {
    if (!pending.empty()) ordered.push_back(blockOf(std::move(pending)));
    pending.clear();
  };
  auto flushRun = [&] {
    if (left.empty()) return;
    ordered.push_back(blockOf(std::move(left)));
    ordered.push_back(blockOf(std::move(right)));
    left.clear();
    right.clear();
  };
  for (auto& block : page.blocks) {
    for (auto& line : block.lines) {
      auto parts = splitAtGutter(line, page.width);
      const bool continuesRun =
          parts && !left.empty() && parts->first.box.x1 < gutterRight && parts->second.box.x0 > gutterLeft;
      if (parts && !continuesRun) flushRun();
      if (parts) {
        flushPending();
        gutterLeft = left.empty() ? parts->first.box.x1 : std::max(gutterLeft, parts->first.box.x1);
        gutterRight = left.empty() ? parts->second.box.x0 : std::min(gutterRight, parts->second.box.x0);
        left.push_back(std::move(parts->first));
        right.push_back(std::move(parts->second));
      } else {
        flushRun();
        pending.push_back(std::move(line));
      }
    }
    flushPending();  // lines outside a run keep Tesseract's blocks
  }
  flushRun();
  page.blocks = std::move(ordered);
}

}  // namespace sohoa::ocr
