#include "ocr/formats/InvisibleTextLayer.hpp"

#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace sohoa::ocr {
namespace {

constexpr double kGlyphWidth = 0.5;  // em, the glyphless font's advance
// The least gap between two words, in letter sizes. Poppler reading in drawing order (pdftotext
// -raw) puts a space only where the gap is over 0.15 of the font size.
constexpr double kMinimumGap = 0.25;
// The least gap between two words of one letter each: Poppler's reading order takes a line of
// one-letter words for one word spaced out letter by letter and joins gaps under 0.4 of the size
// (a speck read as `` ` `` before a `7` came out as `` `7 ``).
constexpr double kLoneLettersGap = 0.5;
// The least width of a letter of a word squeezed between its neighbours, in letter sizes:
// Poppler drops a letter closer than 0.1 to the same letter before it as a duplicate.
constexpr double kNarrowestWord = 0.2;
// Baselines closer than this, in letter sizes, make one line for readers (Poppler: 0.5); lines
// that must stay apart are moved this far.
constexpr double kOneLine = 0.5;
constexpr double kLinesApart = 1.0;
// A line in letters this many times larger than a line of text it lies across or comes near is
// noise (a stamp read as text, boxes reaching down to a stroke).
constexpr double kFarLarger = 1.5;

std::string utf16Hex(const std::string& utf8) {
  const auto text = icu::UnicodeString::fromUTF8(utf8);
  std::string hex;
  char unit[8];
  for (int32_t i = 0; i < text.length(); ++i) {
    std::snprintf(unit, sizeof unit, "%04X", static_cast<unsigned>(text.charAt(i)));
    hex += unit;
  }
  return hex;
}

int unitCount(const std::string& utf8) { return icu::UnicodeString::fromUTF8(utf8).length(); }

bool drawable(const Word& word) {
  return !word.box.empty() && std::any_of(word.text.begin(), word.text.end(), [](char c) { return c != ' '; });
}

double median(std::vector<double> values) {
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
  return values[values.size() / 2];
}

// The least gap, in pixels, between two words of a line drawn in letters of `size`.
double leastGap(const Word& before, const Word& after, double size) {
  return (unitCount(before.text) == 1 && unitCount(after.text) == 1 ? kLoneLettersGap : kMinimumGap) * size;
}

int quarterTurns(int degrees) { return ((degrees / 90) % 4 + 4) % 4; }

}  // namespace

void LineLayout::point(double along, double& x, double& y) const {
  x = turn == 0 ? along : baseline;
  y = turn == 0 ? baseline : turn == 90 ? along : -along;
}

LineLayout layoutLine(const Line& line) {
  LineLayout layout;
  std::vector<const Word*> words;
  for (const auto& word : line.words)
    if (drawable(word)) words.push_back(&word);
  if (words.empty()) return layout;
  // A line OCR read running down or up the page (a card copied turned on its A4 sheet): its
  // words' boxes are taller than wide.
  int votes = 0, voters = 0;
  for (const Word* word : words)
    if (unitCount(word->text) >= 3) ++voters, votes += word->box.height() > word->box.width();
  const Box& first = words.front()->box;
  const Box& last = words.back()->box;
  // Words of more than one: the way they follow each other (short Vietnamese words, with a
  // mark above and a descender, are often taller than wide on a line running across).
  Box span = first;
  for (const Word* word : words) span = span.united(word->box);
  const bool vertical = words.size() >= 2 ? span.height() > span.width() : voters > 0 && 2 * votes > voters;
  if (vertical) layout.turn = last.y0 + last.y1 >= first.y0 + first.y1 ? 90 : 270;
  auto extent = [&](const Box& box) {
    return layout.turn == 0    ? std::pair<double, double>(box.x0, box.x1)
           : layout.turn == 90 ? std::pair<double, double>(box.y0, box.y1)
                               : std::pair<double, double>(-box.y1, -box.y0);
  };
  std::vector<double> sizes, baselines, advances;
  for (const Word* word : words) {
    const Box& box = word->box;
    sizes.push_back(layout.turn == 0 ? box.height() : box.width());
    // Most words have no descender: the median bottom of the letters is the baseline.
    baselines.push_back(layout.turn == 0 ? box.y1 : layout.turn == 90 ? box.x0 : box.x1);
    advances.push_back((extent(box).second - extent(box).first) / unitCount(word->text));
  }
  // The letter size, but never so large that a word's letters come closer than a reader
  // tells from a duplicate of the letter before (Poppler: 0.1 of the font size).
  layout.size = std::max(1.0, std::min(median(sizes), 4 * median(advances)));
  layout.baseline = median(baselines);
  const double narrowest = kNarrowestWord * layout.size;
  double previousEnd = -1e9;
  for (std::size_t i = 0; i < words.size(); ++i) {
    // Where OCR's boxes touch or overlap, the word gives up the end of its box so that the
    // gap stays wide enough for every reader; a word pushed on by the one before starts later.
    const auto [boxStart, boxEnd] = extent(words[i]->box);
    const double start =
        i > 0 ? std::max(boxStart, previousEnd + leastGap(*words[i - 1], *words[i], layout.size)) : boxStart;
    double end =
        i + 1 < words.size()
            ? std::min(boxEnd, extent(words[i + 1]->box).first - leastGap(*words[i], *words[i + 1], layout.size))
            : boxEnd;
    end = std::max(end, start + narrowest * unitCount(words[i]->text));
    layout.words.push_back({words[i], start, end});
    previousEnd = end;
  }
  return layout;
}

int displayRotation(const Page& page) { return (4 - quarterTurns(page.rotation)) % 4 * 90; }

void pointOnScan(const Page& page, const ScanGeometry& scan, double x, double y, double& scanX, double& scanY) {
  // Undo the straightening: Leptonica turned the upright page clockwise by `skew` degrees
  // about its centre.
  const double cx = page.width / 2.0, cy = page.height / 2.0;
  const double angle = -page.skew * std::numbers::pi / 180.0;
  const double ux = cx + (x - cx) * std::cos(angle) - (y - cy) * std::sin(angle);
  const double uy = cy + (x - cx) * std::sin(angle) + (y - cy) * std::cos(angle);
  // Undo the turn upright: the scan (or the flat page of a photo) shows the page turned
  // `rotation` degrees clockwise.
  const double width = page.sheet.flattened() ? page.sheet.flatWidth : scan.width;
  const double height = page.sheet.flattened() ? page.sheet.flatHeight : scan.height;
  double fx = ux, fy = uy;
  switch (quarterTurns(page.rotation)) {
    case 1:
      fx = width - uy, fy = ux;
      break;
    case 2:
      fx = width - ux, fy = height - uy;
      break;
    case 3:
      fx = uy, fy = height - ux;
      break;
    default:
      break;
  }
  // A photo's flat page lies on the photo where its sheet does.
  page.sheet.onPhoto(fx, fy, scanX, scanY);
}

std::vector<LineLayout> layoutPage(const Page& page) {
  std::vector<LineLayout> layouts;
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      if (LineLayout layout = layoutLine(line); !layout.words.empty()) layouts.push_back(std::move(layout));
  // A line in letters far larger than the lines of text it lies across or reaches within half a
  // line of (an incoming-mail stamp read as `la/ nà` over three lines; a line whose boxes reach
  // down to a stroke under it): readers take its words into those lines, or those lines for one,
  // and glue words that overlap. Drawn in the size of the lines it crosses, on its own baseline,
  // it spans them no more (the text is invisible: only a selection shows its size).
  auto spanOf = [](const LineLayout& layout) { return std::pair(layout.words.front().start, layout.words.back().end); };
  std::vector<double> crossedSizes(layouts.size(), 0);
  for (std::size_t i = 0; i < layouts.size(); ++i) {
    std::vector<double> sizes;
    for (const auto& other : layouts) {
      const LineLayout& noise = layouts[i];
      if (&other == &noise || other.turn != noise.turn || noise.size < kFarLarger * other.size) continue;
      const auto [from, to] = spanOf(noise);
      const auto [otherFrom, otherTo] = spanOf(other);
      if (other.baseline > noise.baseline - noise.size - kOneLine * other.size && other.baseline <= noise.baseline &&
          otherFrom < to && from < otherTo)
        sizes.push_back(other.size);
    }
    if (!sizes.empty()) crossedSizes[i] = median(sizes);
  }
  for (std::size_t i = 0; i < layouts.size(); ++i)
    if (crossedSizes[i] > 0) layouts[i].size = crossedSizes[i];
  // Two lines OCR found on one baseline, one going on where the other stops (a label and the
  // value written after it): readers see one line, so the gap between them must be a word
  // gap too.
  for (auto& before : layouts)
    for (auto& after : layouts) {
      if (&before == &after || before.turn != after.turn) continue;
      const double size = std::max(before.size, after.size);
      if (std::abs(before.baseline - after.baseline) >= 0.5 * size) continue;
      auto& last = before.words.back();
      auto& first = after.words.front();
      const double gap = leastGap(*last.word, *first.word, size), narrowest = kNarrowestWord * size;
      if (first.start < last.start || first.start - last.end >= gap) continue;
      last.end = std::max(last.start + narrowest * unitCount(last.word->text), first.start - gap);
      // A word squeezed to its least pushes the other line's first word on.
      first.start = std::max(first.start, last.end + gap);
      first.end = std::max(first.end, first.start + narrowest * unitCount(first.word->text));
    }
  // Two lines OCR found over each other on one baseline (seal or signature noise read as a
  // line across a line of text, a word read twice): readers would take them for one line and
  // glue the words that overlap. The line with fewer words is moved off the other's baseline
  // by more than readers keep in one line (Poppler: half the letter size); the text is
  // invisible, so only a selection shows it.
  auto overlap = [](const LineLayout& one, const LineLayout& other, double gap) {
    for (const auto& a : one.words)
      for (const auto& b : other.words)
        if (a.start < b.end + gap && b.start < a.end + gap) return true;
    return false;
  };
  for (std::size_t i = 0; i < layouts.size(); ++i)
    for (int moves = 0; moves < 4; ++moves) {
      bool moved = false;
      for (std::size_t k = 0; k < layouts.size() && !moved; ++k) {
        LineLayout& one = layouts[i];
        LineLayout& other = layouts[k];
        if (i == k || one.turn != other.turn) continue;
        const double size = std::max(one.size, other.size);
        if (std::abs(one.baseline - other.baseline) >= kOneLine * size || !overlap(one, other, kMinimumGap * size))
          continue;
        LineLayout& mover = one.words.size() < other.words.size() ? one : other;
        const LineLayout& stays = &mover == &one ? other : one;
        mover.baseline = stays.baseline + (mover.baseline >= stays.baseline ? 1 : -1) * kLinesApart * size;
        moved = true;
      }
      if (!moved) break;
    }
  return layouts;
}

std::string invisibleTextOperators(const Page& page, const ScanGeometry& scan, const std::string& fontName) {
  const double pointsPerPixel = 72.0 / (scan.dpi > 0 ? scan.dpi : 300);
  std::string out;
  char buffer[256];
  for (const LineLayout& layout : layoutPage(page)) {
    // Text runs along the line, turned on the scan as the scan is turned (a line running
    // down the upright page turns a quarter more).
    const double turn = -(quarterTurns(page.rotation) * 90 + layout.turn) * std::numbers::pi / 180.0;
    const double cosT = std::round(std::cos(turn)), sinT = std::round(std::sin(turn));
    // One text run per line, in one size: readers join the words of a run into a line and
    // split them where the space glyphs are. The size is set by the text matrix, the font
    // at 1 for every line, so that pdf.js, which starts a new piece of text without a break
    // wherever the font size changes, keeps its line breaks.
    const double size = layout.size * pointsPerPixel;
    const double a = size * cosT + 0.0, b = size * sinT + 0.0;  // + 0.0: no "-0.00"
    out += "BT\n3 Tr\n/";
    out += fontName;
    out += " 1 Tf\n";
    auto show = [&](double from, double to, const std::string& hex, int units) {
      double x = 0, y = 0, sx = 0, sy = 0;
      layout.point(from, x, y);
      pointOnScan(page, scan, x, y, sx, sy);
      const double scale = 100.0 * (to - from) * pointsPerPixel / (size * kGlyphWidth * units);
      std::snprintf(buffer, sizeof buffer, "%.2f Tz %.2f %.2f %.2f %.2f %.2f %.2f Tm ", scale, a, b, -b + 0.0, a,
                    sx * pointsPerPixel, (scan.height - sy) * pointsPerPixel);
      out += buffer;
      // (Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) on a chain of +.)
      out += '<';
      out += hex;
      out += "> Tj\n";
    };
    const auto& words = layout.words;
    for (std::size_t i = 0; i < words.size(); ++i) {
      show(words[i].start, words[i].end, utf16Hex(words[i].word->text), unitCount(words[i].word->text));
      // An explicit space stretched over the gap to the next word: readers that look for
      // space characters and readers that look for gaps both split there.
      if (i + 1 < words.size()) show(words[i].end, words[i + 1].start, "0020", 1);
    }
    out += "ET\n";
  }
  return out;
}

}  // namespace sohoa::ocr
