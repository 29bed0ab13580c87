#include "ocr/prepare/LeaderDots.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "ocr/prepare/InkImage.hpp"

namespace sohoa::ocr {
namespace {

struct Dot {
  int x0, y0, x1, y1;
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

// Rows of dot-sized marks on one baseline.
std::vector<std::vector<Dot>> rowsOf(std::vector<Dot> dots, int largest) {
  std::sort(dots.begin(), dots.end(), [](const Dot& a, const Dot& b) { return a.centreY() < b.centreY(); });
  std::vector<std::vector<Dot>> rows;
  for (const auto& dot : dots) {
    if (rows.empty() || dot.centreY() - rows.back().front().centreY() > largest / 2.0) rows.emplace_back();
    rows.back().push_back(dot);
  }
  for (auto& row : rows) std::sort(row.begin(), row.end(), [](const Dot& a, const Dot& b) { return a.x0 < b.x0; });
  return rows;
}

// Runs of at least six dots of a row, each the same step from the one before (within a
// third); a comma or a letter's mark among them ends a run without spoiling the next.
std::vector<std::vector<Dot>> leadersOf(const std::vector<Dot>& row, int largest) {
  std::vector<std::vector<Dot>> leaders;
  std::vector<Dot> run;
  auto close = [&] {
    if (run.size() >= 6) leaders.push_back(run);
  };
  for (const auto& dot : row) {
    if (!run.empty()) {
      const int step = dot.x0 - run.back().x0;
      const bool tooFar = dot.x0 - run.back().x1 > 4 * largest;
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

}  // namespace

int whitenLeaderDots(Pix* page, int dpi) {
  PixPtr ink = inkImage(page);
  if (!ink) return 0;
  // A leader's dot is a period of 10–14 pt type: under 0.8 mm.
  const int largest = std::max(3, static_cast<int>(std::lround((dpi > 0 ? dpi : 300) * 0.8 / 25.4)));
  const bool bilevel = pixGetDepth(page) == 1;
  int whitened = 0;
  for (const auto& row : rowsOf(dotSizedMarks(ink.get(), largest), largest))
    for (const auto& leader : leadersOf(row, largest))
      for (const auto& dot : leader) {
        ::Box* box = boxCreate(dot.x0 - 1, dot.y0 - 1, dot.x1 - dot.x0 + 2, dot.y1 - dot.y0 + 2);
        if (bilevel)
          pixClearInRect(page, box);
        else
          pixSetInRect(page, box);
        boxDestroy(&box);
        ++whitened;
      }
  return whitened;
}

}  // namespace sohoa::ocr
