#include "ocr/layout/ReadingOrder.hpp"

#include <algorithm>
#include <cctype>
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

struct Gutter {
  int x0 = 0, x1 = 0;  // the blank band: the left column ends at x0, the right starts at x1
};

// The widest band no block of [first, last) reaches into, when it is a column gap wide.
std::optional<Gutter> widestGutter(std::vector<Block>::const_iterator first, std::vector<Block>::const_iterator last,
                                   int pageWidth) {
  std::vector<Box> spans;
  std::vector<Word> words;
  for (auto block = first; block != last; ++block) {
    if (block->lines.empty()) continue;
    spans.push_back(block->box);
    for (const auto& line : block->lines) words.insert(words.end(), line.words.begin(), line.words.end());
  }
  if (spans.size() < 2 || words.empty()) return std::nullopt;
  std::sort(spans.begin(), spans.end(), [](const Box& a, const Box& b) { return a.x0 < b.x0; });
  std::optional<Gutter> widest;
  int reach = spans.front().x1;
  for (const auto& span : spans) {
    if (span.x0 > reach && (!widest || span.x0 - reach > widest->x1 - widest->x0)) widest = Gutter{reach, span.x0};
    reach = std::max(reach, span.x1);
  }
  if (!widest || widest->x1 - widest->x0 <= columnGap(words, pageWidth)) return std::nullopt;
  return widest;
}

// Some block left of the gutter shares rows with some block right of it.
bool sideBySide(std::vector<Block>::const_iterator first, std::vector<Block>::const_iterator last, Gutter gutter) {
  for (auto left = first; left != last; ++left) {
    if (left->lines.empty() || left->box.x1 > gutter.x0) continue;
    for (auto right = first; right != last; ++right)
      if (!right->lines.empty() && right->box.x0 >= gutter.x1 && sharedRows(left->box, right->box) > 0) return true;
  }
  return false;
}

// A line of the block holds a label (`Giới tính của con: Nam`): a form's row, read across.
bool labelsAField(const Block& block) {
  for (const auto& line : block.lines)
    for (const auto& word : line.words)
      for (std::size_t i = word.text.find(':'); i != std::string::npos; i = word.text.find(':', i + 1))
        if (i > 0 && (word.text[i - 1] < '0' || word.text[i - 1] > '9')) return true;  // not a time's 17:22
  return false;
}

// Some word of the block has three letters or more.
bool holdsAWord(const Block& block) {
  for (const auto& line : block.lines)
    for (const auto& word : line.words) {
      int letters = 0;
      for (const unsigned char byte : word.text) letters += std::isalpha(byte) || byte >= 0xC0;  // UTF-8 leads
      if (letters >= 3) return true;
    }
  return false;
}

// The line's parts either side of a header's gutter: cut at the widest gap between two words, a
// letter high or more, that reaches into the gutter from both sides. The letter is the line's
// own when larger: a card's title (`CĂN CƯỚC CÔNG DÂN`, letters twice its small print's) under a
// row of that print read in two parts has word spaces wider than a letter of the print.
std::optional<std::pair<Line, Line>> splitAcross(const Line& line, Gutter gutter, int columnsLetter) {
  const int lineHeight = std::max(columnsLetter, medianHeight(line.words));
  std::optional<std::size_t> cut;
  int widest = 0;
  for (std::size_t i = 1; i < line.words.size(); ++i) {
    const Box& before = line.words[i - 1].box;
    const Box& after = line.words[i].box;
    const int gap = after.x0 - before.x1;
    if (before.x1 <= gutter.x1 && after.x0 >= gutter.x0 && gap >= lineHeight && gap > widest) cut = i, widest = gap;
  }
  if (!cut) return std::nullopt;
  const auto at = line.words.begin() + static_cast<std::ptrdiff_t>(*cut);
  return std::make_pair(lineOf({line.words.begin(), at}), lineOf({at, line.words.end()}));
}

}  // namespace

std::vector<Block> blocksInRows(std::vector<Block> blocks) {
  // A block of one line stands where its words do (its box may hold a signature's stroke).
  const auto rows = [](const Block& block) {
    return block.lines.size() == 1 ? wordRows(block.lines.front()) : block.box;
  };
  std::stable_sort(blocks.begin(), blocks.end(),
                   [&](const Block& a, const Block& b) { return rows(a).y0 < rows(b).y0; });
  std::vector<Block> ordered;
  std::size_t rowStart = 0;
  Box row{};
  for (auto& block : blocks) {
    const Box at = rows(block);
    const bool sameRow = ordered.size() > rowStart && sharedRows(row, at) * 2 > std::min(row.height(), at.height());
    if (!sameRow) {
      rowStart = ordered.size();
      row = at;
    } else {
      row = row.united(at);
    }
    ordered.push_back(std::move(block));
    std::stable_sort(ordered.begin() + static_cast<std::ptrdiff_t>(rowStart), ordered.end(),
                     [](const Block& a, const Block& b) { return a.box.x0 < b.box.x0; });
  }
  return ordered;
}

void readRowsInOrder(Page& page) {
  // Only a page Tesseract cut into lines of their own (a photo's sheet, flattened): where it found
  // blocks of several lines (two cards side by side, a list beside a signing block) their order
  // is its columns', and rows would interleave them.
  std::size_t blocks = 0, oneLine = 0;
  for (const auto& block : page.blocks) {
    blocks += block.lines.empty() ? 0 : 1;
    oneLine += block.lines.size() == 1 ? 1 : 0;
  }
  if (oneLine * 5 < blocks * 4) return;
  page.blocks = blocksInRows(std::move(page.blocks));
}

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

void readHeaderColumnsInOrder(Page& page) {
  auto& blocks = page.blocks;
  for (std::size_t i = 0; i + 2 < blocks.size(); ++i) {
    const Block& left = blocks[i];
    const Block& right = blocks[i + 1];
    if (left.lines.empty() || right.lines.empty() || left.box.y0 > page.height / 3) return;
    std::vector<Word> words;
    for (const auto& line : left.lines) words.insert(words.end(), line.words.begin(), line.words.end());
    const int lineHeight = medianHeight(words);
    // Tesseract has already parted them: a gap of a letter's height is enough.
    if (right.box.x0 - left.box.x1 <= lineHeight || sharedRows(left.box, right.box) <= 0) continue;
    // A speck read as a letter (`ề` beside a card's title) is no column.
    if (!holdsAWord(left) || !holdsAWord(right)) continue;
    // Two columns of a header, not a form's row cut in two (`Sinh ngày: …` | `Giới tính: Nữ`).
    if (labelsAField(right)) return;
    const Gutter gutter{left.box.x1, right.box.x0};
    // Rows above read across the gutter (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …`, the gap too narrow
    // for readColumnsInOrder) are cut at it.
    std::size_t first = i;
    while (first > 0 && std::all_of(blocks[first - 1].lines.begin(), blocks[first - 1].lines.end(),
                                    [&](const Line& line) { return splitAcross(line, gutter, lineHeight); }))
      --first;
    std::vector<Line> leftLines, rightLines;
    for (std::size_t k = first; k < i; ++k)
      for (const auto& line : blocks[k].lines) {
        auto parts = splitAcross(line, gutter, lineHeight);
        leftLines.push_back(std::move(parts->first));
        rightLines.push_back(std::move(parts->second));
      }
    leftLines.insert(leftLines.end(), left.lines.begin(), left.lines.end());
    rightLines.insert(rightLines.end(), right.lines.begin(), right.lines.end());
    // Lines right under, in the blocks that follow (Tesseract cut some headers into a block a
    // line): each column's own, a line space under it, or a row cut at the gutter (`Số: …` | the
    // date).
    const int lineSpace = lineHeight * 3 / 2;
    std::size_t next = i + 2, taken = 0;  // the first line not taken: line `taken` of block `next`
    for (bool taking = true; taking && next < blocks.size(); ++next, taken = 0) {
      for (const auto& line : blocks[next].lines) {
        const int lowest = std::max(leftLines.back().box.y1, rightLines.back().box.y1);
        if (line.box.y0 - leftLines.back().box.y1 <= lineSpace && line.box.x1 < gutter.x1 && line.box.x0 < gutter.x0) {
          leftLines.push_back(line);
        } else if (line.box.y0 - rightLines.back().box.y1 <= lineSpace && line.box.x0 > gutter.x0 &&
                   line.box.x1 > gutter.x1) {
          rightLines.push_back(line);
        } else if (auto parts = splitAcross(line, gutter, lineHeight); parts && line.box.y0 - lowest <= lineHeight) {
          leftLines.push_back(std::move(parts->first));
          rightLines.push_back(std::move(parts->second));
        } else {
          taking = false;
          break;
        }
        ++taken;
      }
      if (!taking) break;
    }
    if (first == i && next == i + 2 && taken == 0) return;
    if (next < blocks.size()) {
      Block& rest = blocks[next];
      rest.lines.erase(rest.lines.begin(), rest.lines.begin() + static_cast<std::ptrdiff_t>(taken));
      if (!rest.lines.empty()) rest.box = boxAround(rest.lines);
    }
    // Blocks i + 2 … next - 1 were taken whole; block `next` too when it is left empty.
    const std::size_t end = next < blocks.size() && blocks[next].lines.empty() ? next + 1 : next;
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i) + 2,
                 blocks.begin() + static_cast<std::ptrdiff_t>(end));
    const auto from = blocks.begin() + static_cast<std::ptrdiff_t>(first);
    blocks.erase(from, blocks.begin() + static_cast<std::ptrdiff_t>(i) + 2);
    blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(first),
                  {blockOf(std::move(leftLines)), blockOf(std::move(rightLines))});
    return;
  }
}

void readEndColumnsInOrder(Page& page) {
  auto& blocks = page.blocks;
  std::optional<std::size_t> start;
  std::optional<Gutter> gutter;
  for (std::size_t i = blocks.size(); i-- > 0;) {
    const auto first = blocks.cbegin() + static_cast<std::ptrdiff_t>(i);
    const auto found = widestGutter(first, blocks.cend(), page.width);
    if (!found) {
      if (i + 2 <= blocks.size()) break;  // a block crosses every gutter of the run below it
      continue;
    }
    if (sideBySide(first, blocks.cend(), *found)) start = i, gutter = found;
  }
  if (!start) return;
  // Rows of a form split into blocks (`Số con trong lần sinh này: 01` | `Giới tính của con: Nam`)
  // are read across: the columns begin below the last labelled field on the right.
  for (std::size_t i = *start; i < blocks.size(); ++i)
    if (blocks[i].box.x0 >= gutter->x1 && labelsAField(blocks[i])) start = i + 1;
  const auto first = blocks.cbegin() + static_cast<std::ptrdiff_t>(*start);
  if (!sideBySide(first, blocks.cend(), *gutter)) return;
  const int gutterEnd = gutter->x0;
  std::stable_partition(blocks.begin() + static_cast<std::ptrdiff_t>(*start), blocks.end(),
                        [&](const Block& block) { return block.lines.empty() || block.box.x1 <= gutterEnd; });
}

}  // namespace sohoa::ocr
