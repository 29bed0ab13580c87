#include "ocr/layout/TableRows.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstdlib>

#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {
namespace {

struct Rule {
  int x0, y0, x1, y1;  // its ink's bounds, last pixel included
  int middle() const { return (y0 + y1) / 2; }
  int centre() const { return (x0 + x1) / 2; }
};

// A rule is at most this thick (a twentieth of an inch: a table's lines are 1-4 points).
int thickest(int dpi) { return std::max(3, dpi / 20); }

// The page's ink, one bit a pixel (a bilevel scan as it is). Leptonica's morphology works on
// 32 pixels at a time: finding the rules takes a few milliseconds, OpenCV's took half a second.
PixPtr inkBits(Pix* image) {
  if (pixGetDepth(image) == 1) return PixPtr(pixClone(image));
  const PixPtr grey(pixConvertTo8(image, 0));
  if (!grey) return nullptr;
  // Otsu's split of the page's greys: a copy's grey rules are ink beside its paper.
  NUMA* histogram = pixGetGrayHistogram(grey.get(), 2);
  l_int32 split = 128;
  if (histogram) numaSplitDistribution(histogram, 0, &split, nullptr, nullptr, nullptr, nullptr, nullptr);
  numaDestroy(&histogram);
  return PixPtr(pixConvertTo1(grey.get(), split + 1));
}

// Ink beside a rule, along its length, in a strip as thick as a rule a little away from it: a
// table's rule has paper on both sides; a run through a card's halftone or a row of bold
// letters does not.
double inkBeside(Pix* ink, const Rule& rule, bool across, int dpi) {
  const int away = thickest(dpi), strip = thickest(dpi);
  double worst = 0;
  for (const int side : {-1, 1}) {
    const int x = across ? rule.x0 : (side < 0 ? rule.x0 - away - strip : rule.x1 + away + 1);
    const int y = across ? (side < 0 ? rule.y0 - away - strip : rule.y1 + away + 1) : rule.y0;
    const int w = across ? rule.x1 - rule.x0 + 1 : strip, h = across ? strip : rule.y1 - rule.y0 + 1;
    // Clipped to the page: a rule by the page's edge has only one side.
    const int left = std::max(0, x), top = std::max(0, y);
    const int right = std::min<int>(pixGetWidth(ink), x + w), bottom = std::min<int>(pixGetHeight(ink), y + h);
    if (right <= left || bottom <= top) continue;
    BOX* box = boxCreate(left, top, right - left, bottom - top);
    l_int32 count = 0;
    pixCountPixelsInRect(ink, box, &count, nullptr);
    boxDestroy(&box);
    const double area = static_cast<double>(right - left) * (bottom - top);
    worst = std::max(worst, count / area);
  }
  return worst;
}

// The horizontal (`across`) or vertical rules of `ink` at least `shortest` pixels long, pieces
// broken by a copy's gaps of a few pixels joined first. A rule touching the page's edge is a
// copier's streak or the scan's border, no table's.
std::vector<Rule> rules(Pix* ink, bool across, int shortest, int dpi) {
  constexpr double kMostInkBeside = 0.2;
  const int gap = std::max(3, dpi / 50);
  const PixPtr closed(across ? pixCloseSafeCompBrick(nullptr, ink, gap, 1)
                             : pixCloseSafeCompBrick(nullptr, ink, 1, gap));
  const PixPtr lines(!closed  ? nullptr
                     : across ? pixOpenCompBrick(nullptr, closed.get(), shortest, 1)
                              : pixOpenCompBrick(nullptr, closed.get(), 1, shortest));
  if (!lines) return {};
  BOXA* found = pixConnCompBB(lines.get(), 8);
  const int width = static_cast<int>(pixGetWidth(ink)), height = static_cast<int>(pixGetHeight(ink));
  std::vector<Rule> kept;
  for (int i = 0; found && i < boxaGetCount(found); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(found, i, &x, &y, &w, &h);
    if ((across ? h : w) > thickest(dpi)) continue;
    if (x <= 1 || y <= 1 || x + w >= width - 1 || y + h >= height - 1) continue;
    const Rule rule{x, y, x + w - 1, y + h - 1};
    if (inkBeside(ink, rule, across, dpi) <= kMostInkBeside) kept.push_back(rule);
  }
  boxaDestroy(&found);
  return kept;
}

// The words of a row's band, as the pieces of the page's lines that stand in it.
struct Piece {
  Box box;
  std::vector<Word> words;
};

bool inside(const Box& word, const Box& row) {
  const int x = (word.x0 + word.x1) / 2, y = (word.y0 + word.y1) / 2;
  return x >= row.x0 && x <= row.x1 && y >= row.y0 && y <= row.y1;
}

// Pieces whose letters stand on the same rows of pixels (half the shorter one's height) make one
// line, read left to right; the lines top down.
std::vector<Line> linesAcross(std::vector<Piece> pieces) {
  std::sort(pieces.begin(), pieces.end(),
            [](const Piece& a, const Piece& b) { return a.box.y0 + a.box.y1 < b.box.y0 + b.box.y1; });
  std::vector<Line> lines;
  for (auto& piece : pieces) {
    Line* joined = nullptr;
    for (auto& line : lines) {
      const int shared = std::min(line.box.y1, piece.box.y1) - std::max(line.box.y0, piece.box.y0);
      if (2 * shared >= std::min(line.box.height(), piece.box.height())) joined = &line;
    }
    if (!joined) {
      lines.push_back({piece.box, {}});
      joined = &lines.back();
    }
    joined->box = joined->box.united(piece.box);
    joined->words.insert(joined->words.end(), piece.words.begin(), piece.words.end());
  }
  for (auto& line : lines) {
    // The line between two cells read as a word of its own: no text, and no form prints a `|`.
    std::erase_if(line.words, [](const Word& word) { return word.text.find_first_not_of("|") == std::string::npos; });
    std::stable_sort(line.words.begin(), line.words.end(),
                     [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
  }
  std::erase_if(lines, [](const Line& line) { return line.words.empty(); });
  return lines;
}

}  // namespace

std::vector<Box> findTableRows(Pix* image, int dpi) {
  if (!image || dpi <= 0) return {};
  const PixPtr ink = inkBits(image);
  if (!ink) return {};
  // A table's rules run an inch at least; the line between two cells crosses a row of one
  // line of print (a fifth of an inch) from rule to rule.
  const auto across = rules(ink.get(), true, dpi, dpi), down = rules(ink.get(), false, dpi / 5, dpi);
  const int slack = std::max(3, dpi / 10);            // rules of one table end this close to each other
  const int lowest = dpi / 8, highest = 3 * dpi / 2;  // a row's height: a line of print to a few
  std::vector<Box> rows;
  for (const Rule& top : across) {
    // The next rule below with the same ends: the row's bottom.
    const Rule* bottom = nullptr;
    for (const Rule& other : across)
      if (other.middle() > top.middle() && std::abs(other.x0 - top.x0) <= slack &&
          std::abs(other.x1 - top.x1) <= slack && (!bottom || other.middle() < bottom->middle()))
        bottom = &other;
    if (!bottom || bottom->y0 - top.y1 < lowest || bottom->y0 - top.y1 > highest) continue;
    // A line between cells ends where the table's rules do (a streak crossing the table does not).
    const auto endsAtRule = [&](int y) {
      return std::any_of(across.begin(), across.end(), [&](const Rule& rule) {
        return std::abs(rule.x0 - top.x0) <= slack && std::abs(rule.x1 - top.x1) <= slack && y >= rule.y0 - slack &&
               y <= rule.y1 + slack;
      });
    };
    const bool cellsInside = std::any_of(down.begin(), down.end(), [&](const Rule& line) {
      return line.centre() > top.x0 + slack && line.centre() < top.x1 - slack && line.y0 <= top.y1 + slack &&
             line.y1 >= bottom->y0 - slack && endsAtRule(line.y0) && endsAtRule(line.y1);
    });
    if (cellsInside) rows.push_back({top.x0, top.y1 + 1, top.x1, bottom->y0 - 1});
  }
  // A table has two rows at least: one boxed pair of cells is as likely a note and its mark.
  std::vector<Box> tableRows;
  for (const Box& row : rows) {
    const bool another = std::any_of(rows.begin(), rows.end(), [&](const Box& other) {
      return &other != &row && std::abs(other.x0 - row.x0) <= slack && std::abs(other.x1 - row.x1) <= slack &&
             (std::abs(other.y0 - row.y1) <= 2 * thickest(dpi) || std::abs(row.y0 - other.y1) <= 2 * thickest(dpi));
    });
    if (another) tableRows.push_back(row);
  }
  std::sort(tableRows.begin(), tableRows.end(), [](const Box& a, const Box& b) { return a.y0 < b.y0; });
  return tableRows;
}

void readTableRowsAcross(Page& page, const std::vector<Box>& rows) {
  if (rows.empty()) return;
  std::vector<Line> tableLines;
  std::size_t firstBlock = page.blocks.size();
  std::vector<std::size_t> changed;  // blocks that gave words
  for (const Box& row : rows) {
    std::vector<Piece> pieces;
    for (std::size_t b = 0; b < page.blocks.size(); ++b)
      for (auto& line : page.blocks[b].lines) {
        Piece piece;
        auto stays = line.words.begin();
        for (auto& word : line.words) {
          if (inside(word.box, row)) {
            piece.box = piece.words.empty() ? word.box : piece.box.united(word.box);
            piece.words.push_back(std::move(word));
          } else {
            if (&*stays != &word) *stays = std::move(word);  // a string moved onto itself may empty
            ++stays;
          }
        }
        line.words.erase(stays, line.words.end());
        if (piece.words.empty()) continue;
        pieces.push_back(std::move(piece));
        firstBlock = std::min(firstBlock, b);
        changed.push_back(b);
        if (line.words.empty()) continue;
        line.box = line.words.front().box;
        for (const auto& word : line.words) line.box = line.box.united(word.box);
      }
    for (auto& line : linesAcross(std::move(pieces))) tableLines.push_back(std::move(line));
  }
  if (tableLines.empty()) return;
  // The lines and blocks left without words go; the table's block stands where its first words did.
  std::size_t before = 0;  // blocks kept ahead of the table's place
  std::vector<Block> blocks;
  for (std::size_t b = 0; b < page.blocks.size(); ++b) {
    auto& block = page.blocks[b];
    std::erase_if(block.lines, [](const Line& line) { return line.words.empty(); });
    if (block.lines.empty()) continue;
    if (std::find(changed.begin(), changed.end(), b) != changed.end()) {
      block.box = block.lines.front().box;
      for (const auto& line : block.lines) block.box = block.box.united(line.box);
    }
    if (b < firstBlock) ++before;
    blocks.push_back(std::move(block));
  }
  Block table{tableLines.front().box, {}};
  for (auto& line : tableLines) {
    table.box = table.box.united(line.box);
    table.lines.push_back(std::move(line));
  }
  blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(before), std::move(table));
  page.blocks = std::move(blocks);
}

}  // namespace sohoa::ocr
