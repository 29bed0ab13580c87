#include "ocr/prepare/LeaderDots.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>
#include <vector>

#include "ocr/prepare/InkImage.hpp"

namespace sohoa::ocr {
namespace {

struct Dot {
  int x0, y0, x1, y1;
  double centreX() const { return (x0 + x1) / 2.0; }
  double centreY() const { return (y0 + y1) / 2.0; }
};

std::vector<Dot> dotSizedMarks(Pix* ink, int largest) {
  BOXA* boxes = pixConnCompBB(ink, 8);
  std::vector<Dot> dots;
  for (l_int32 i = 0; i < boxaGetCount(boxes); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    if (w <= largest && h <= largest && std::max(w, h) <= 3 * std::min(w, h)) dots.push_back({x, y, x + w, y + h});
  }
  boxaDestroy(&boxes);
  return dots;
}

// Rows of dot-sized marks on one baseline, followed from left to right: each dot joins the row
// whose last dot lies close before it at nearly its height. A row of a page scanned 4° askew
// falls by a dot's height every few dots; grouping dots by the height of a row's first one cut
// it into runs too short to be leaders, and left half the dots of a skewed form on the page.
std::vector<std::vector<Dot>> rowsOf(std::vector<Dot> dots, int largest) {
  std::sort(dots.begin(), dots.end(), [](const Dot& a, const Dot& b) { return a.x0 < b.x0; });
  std::vector<std::vector<Dot>> rows;
  std::vector<std::size_t> open;  // rows a later dot may still join (specks make thousands of rows)
  for (const auto& dot : dots) {
    std::erase_if(open, [&](std::size_t r) { return dot.x0 - rows[r].back().x1 > 4 * largest; });
    std::size_t nearest = rows.size();
    double nearestRise = largest / 2.0;
    for (const std::size_t r : open) {
      const Dot& last = rows[r].back();
      const double rise = std::abs(dot.centreY() - last.centreY());
      if (last.x0 < dot.x0 && rise <= nearestRise) nearest = r, nearestRise = rise;
    }
    if (nearest < rows.size()) {
      rows[nearest].push_back(dot);
    } else {
      open.push_back(rows.size());
      rows.push_back({dot});
    }
  }
  return rows;
}

// What makes a run of dots a leader: how many dots at least, and, when not 0, how many of its
// dots' own widths may lie between two of them at most.
struct LeaderRule {
  std::size_t fewest = 0;
  int gapInWidths = 0;
};

// A leader along a row has six dots at least. One down the columns (a form scanned sideways)
// has twelve, and less than four dots' widths between them: a real decision's list dashes
// (`- Văn phòng Quốc hội;`), one under the other a line apart, made a column of dot-sized marks,
// and with six a card copy's speckled page lost the mark of `THẢO` to one. A sideways form's
// leaders run to thirty dots and more, a dot's width or two apart.
constexpr LeaderRule kAlongRows{6, 0}, kDownColumns{12, 4};

// Runs of at least `rule.fewest` dots of a row, each the same step from the one before (within
// a third); a comma or a letter's mark among them ends a run without spoiling the next.
std::vector<std::vector<Dot>> leadersOf(const std::vector<Dot>& row, int largest, const LeaderRule& rule) {
  std::vector<std::vector<Dot>> leaders;
  std::vector<Dot> run;
  auto close = [&] {
    if (run.size() >= rule.fewest) leaders.push_back(run);
  };
  for (const auto& dot : row) {
    if (!run.empty()) {
      const int step = dot.x0 - run.back().x0;
      const int gap = dot.x0 - run.back().x1;
      const bool tooFar = gap > 4 * largest || (rule.gapInWidths > 0 && gap > rule.gapInWidths * (dot.x1 - dot.x0));
      const int expected = run.size() >= 2 ? run.back().x0 - run[run.size() - 2].x0 : step;
      if (tooFar || std::abs(step - expected) * 3 > expected) {
        close();
        const Dot last = run.back();
        run.clear();
        if (!tooFar) run.push_back(last);
      }
    }
    run.push_back(dot);
  }
  close();
  return leaders;
}

// A leader's line: where its dots' centres lie (a straight line, as the page was scanned),
// the step from dot to dot, and the size of a dot.
struct LeaderLine {
  double slope = 0, x0 = 0, y0 = 0;  // centre height y0 at x0, falling `slope` a pixel
  double step = 0, firstX = 0;       // the dots' centres at firstX + k * step
  int width = 0, height = 0;         // the middle dot's
  double heightAt(double x) const { return y0 + slope * (x - x0); }
};

LeaderLine lineOf(const std::vector<Dot>& leader) {
  LeaderLine line;
  const double n = static_cast<double>(leader.size());
  double mx = 0, my = 0;
  for (const auto& dot : leader) mx += dot.centreX() / n, my += dot.centreY() / n;
  double sxy = 0, sxx = 0;
  for (const auto& dot : leader) {
    sxy += (dot.centreX() - mx) * (dot.centreY() - my);
    sxx += (dot.centreX() - mx) * (dot.centreX() - mx);
  }
  line.slope = sxx > 0 ? sxy / sxx : 0;
  line.x0 = mx, line.y0 = my;
  line.firstX = leader.front().centreX();
  line.step = (leader.back().centreX() - leader.front().centreX()) / (n - 1);
  const Dot& middle = leader[leader.size() / 2];
  line.width = middle.x1 - middle.x0, line.height = middle.y1 - middle.y0;
  return line;
}

// A leader's dots do not stop where a value is typed or written over them: between the value's
// words, and under letters without touching them, they stay on the page and are read as
// periods (`.Hồ.Thị`) or as the dot of a nặng (`Định` for `Đinh`). A dot of the leader's size on
// its line (within a third of a dot's height, where a nặng's dot lies a dot and more lower)
// and on its step (within a fifth) is one of its dots.
bool onLeaderLine(const Dot& dot, const LeaderLine& line) {
  if (std::abs((dot.x1 - dot.x0) - line.width) > 1 || std::abs((dot.y1 - dot.y0) - line.height) > 1) return false;
  if (std::abs(dot.centreY() - line.heightAt(dot.centreX())) > std::max(1.0, line.height / 3.0)) return false;
  const double steps = (dot.centreX() - line.firstX) / line.step;
  return std::abs(steps - std::round(steps)) * line.step <= std::max(1.0, line.step / 5);
}

void whiten(Pix* page, const Dot& dot, bool bilevel) {
  ::Box* box = boxCreate(dot.x0 - 1, dot.y0 - 1, dot.x1 - dot.x0 + 2, dot.y1 - dot.y0 + 2);
  if (bilevel)
    pixClearInRect(page, box);
  else
    pixSetInRect(page, box);
  boxDestroy(&box);
}

// The leaders running along the rows of `page`.
int whitenLeadersAlongRows(Pix* page, int dpi, const LeaderRule& rule) {
  PixPtr ink = inkImage(page);
  if (!ink) return 0;
  // A leader's dot is a period of 10–14 pt type: under 0.8 mm.
  const int largest = std::max(3, static_cast<int>(std::lround((dpi > 0 ? dpi : 300) * 0.8 / 25.4)));
  const bool bilevel = pixGetDepth(page) == 1;
  const std::vector<Dot> dots = dotSizedMarks(ink.get(), largest);
  std::vector<LeaderLine> lines;
  std::set<std::pair<int, int>> inLeaders;  // dots by their corner
  std::vector<Dot> whitened;
  for (const auto& row : rowsOf(dots, largest))
    for (const auto& leader : leadersOf(row, largest, rule)) {
      lines.push_back(lineOf(leader));
      for (const auto& dot : leader) inLeaders.insert({dot.x0, dot.y0});
      whitened.insert(whitened.end(), leader.begin(), leader.end());
    }
  // The lower dot of a colon (`tên:`) or the nặng under an `i` sits on the line too, with a
  // mark straight above it.
  const auto markAbove = [&](const Dot& dot) {
    const int h = dot.y1 - dot.y0;
    return std::any_of(dots.begin(), dots.end(), [&](const Dot& other) {
      return other.x0 < dot.x1 && dot.x0 < other.x1 && other.y1 <= dot.y0 && dot.y0 - other.y1 <= 8 * h;
    });
  };
  for (const auto& dot : dots)
    if (!inLeaders.contains({dot.x0, dot.y0}) &&
        std::any_of(lines.begin(), lines.end(), [&](const LeaderLine& line) { return onLeaderLine(dot, line); }) &&
        !markAbove(dot))
      whitened.push_back(dot);
  for (const auto& dot : whitened) whiten(page, dot, bilevel);
  return static_cast<int>(whitened.size());
}

}  // namespace

int whitenLeaderDots(Pix* page, int dpi) {
  int whitened = whitenLeadersAlongRows(page, dpi, kAlongRows);
  // A form scanned sideways has its leaders down the columns; it is turned upright only after
  // this, and its leaders' dots were read as letters (`sitNiii si i0 7 CMHYếH`). A column of
  // dot-sized marks a few dots apart is no other thing on an upright page: list numbers' periods
  // stand a line apart.
  PixPtr turned(pixRotateOrth(page, 1));
  if (!turned) return whitened;
  if (const int down = whitenLeadersAlongRows(turned.get(), dpi, kDownColumns); down > 0) {
    const PixPtr back(pixRotateOrth(turned.get(), 3));
    if (back) pixRasterop(page, 0, 0, pixGetWidth(page), pixGetHeight(page), PIX_SRC, back.get(), 0, 0);
    whitened += down;
  }
  return whitened;
}

}  // namespace sohoa::ocr
