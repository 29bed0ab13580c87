#include "ocr/prepare/ScanStreaks.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "ocr/prepare/InkImage.hpp"

namespace sohoa::ocr {
namespace {

// A copy fed up to 4° askew has its streaks as far off the vertical. At the nearest of these
// steps a line drifts at most 3 pixels from an A4 page's top to its bottom (300 dpi).
constexpr double kLargestTiltDeg = 5, kTiltStepDeg = 0.1;
// A streak's ink crosses many rows of the page (broken where the glass was cleaner): more than
// 40 % of them beyond what the text around it inks; a column of text never runs down a page as
// one thin straight band.
constexpr double kStreakCoverage = 0.4;
// A streak runs from the sheet's top edge to its bottom one: its ink is in nearly every twentieth
// of the page's height, where a table's rule (a sideways page's row lines) stops at the margins.
constexpr int kSlices = 20, kSlicesCrossed = 18;
constexpr double kSliceInk = 0.1;
// A streak is a line, not a bar: at most 1.5 mm wide.
constexpr double kWidestStreakMm = 1.5;
// Rows are sampled every other one when looking (a page's ink in a few hundred thousand points).
constexpr int kRowStep = 2;
// A row whose ink over the band is this much wider than the streak holds a letter's stroke: kept.
constexpr int kWiderThanUsual = 1;

struct Streak {
  double shift = 0;   // pixels the band moves right per row down
  double middle = 0;  // the band's left edge at the page's middle row
  int width = 0;
  double leftAt(int y, int height) const { return middle + shift * (y - height / 2.0); }
};

struct InkPoint {
  int x, y;
};

std::vector<InkPoint> inkPoints(Pix* ink) {
  const int w = static_cast<int>(pixGetWidth(ink)), h = static_cast<int>(pixGetHeight(ink));
  const l_uint32* data = pixGetData(ink);
  const int wpl = pixGetWpl(ink);
  std::vector<InkPoint> points;
  for (int y = 0; y < h; y += kRowStep) {
    const l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
    for (int x = 0; x < w; ++x)
      if (GET_DATA_BIT(line, x)) points.push_back({x, y});
  }
  return points;
}

bool bandInked(Pix* ink, const Streak& streak, int y) {
  const int w = static_cast<int>(pixGetWidth(ink)), h = static_cast<int>(pixGetHeight(ink));
  const l_uint32* line = pixGetData(ink) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(ink);
  const int left = std::max(0, static_cast<int>(std::floor(streak.leftAt(y, h))));
  const int right = std::min(w - 1, static_cast<int>(std::ceil(streak.leftAt(y, h))) + streak.width - 1);
  for (int x = left; x <= right; ++x)
    if (GET_DATA_BIT(line, x)) return true;
  return false;
}

bool runsDownTheSheet(Pix* ink, const Streak& streak) {
  const int h = static_cast<int>(pixGetHeight(ink));
  int crossed = 0;
  for (int slice = 0; slice < kSlices; ++slice) {
    const int top = slice * h / kSlices, bottom = (slice + 1) * h / kSlices;
    int rows = 0, inked = 0;
    for (int y = top; y < bottom; y += kRowStep, ++rows) inked += bandInked(ink, streak, y) ? 1 : 0;
    if (rows > 0 && inked >= kSliceInk * rows) ++crossed;
  }
  return crossed >= kSlicesCrossed;
}

// The bands of ink that run down most of the page, strongest first, each tried at every tilt:
// the ink points are counted by the column they fall in once the page is sheared by the tilt.
std::vector<Streak> streaksOf(Pix* ink, const std::vector<InkPoint>& points, int widest) {
  const int width = static_cast<int>(pixGetWidth(ink)), height = static_cast<int>(pixGetHeight(ink));
  const double sampledRows = std::ceil(height / static_cast<double>(kRowStep));
  const int pad = static_cast<int>(std::ceil(height / 2.0 * std::tan(kLargestTiltDeg * std::numbers::pi / 180))) + 1;
  struct Candidate {
    double coverage;
    Streak streak;
  };
  std::vector<Candidate> candidates;
  std::vector<int> counts(static_cast<std::size_t>(width + 2 * pad));
  for (double tilt = -kLargestTiltDeg; tilt <= kLargestTiltDeg + 1e-9; tilt += kTiltStepDeg) {
    const double shift = std::tan(tilt * std::numbers::pi / 180);
    std::fill(counts.begin(), counts.end(), 0);
    for (const auto& p : points)
      ++counts[static_cast<std::size_t>(p.x - std::lround(shift * (p.y - height / 2.0)) + pad)];
    const auto coverage = [&](std::size_t c) { return counts[c] / sampledRows; };
    for (std::size_t c = 0; c < counts.size(); ++c) {
      if (coverage(c) < kStreakCoverage) continue;
      if ((c > 0 && counts[c - 1] > counts[c]) || (c + 1 < counts.size() && counts[c + 1] >= counts[c])) continue;
      // The page's own ink there (the text the band crosses): beside the band, on both sides.
      double beside = 0;
      int besideColumns = 0;
      for (int d = widest + 1; d <= 3 * widest; ++d)
        for (const long side : {-1L, 1L})
          if (const long b = static_cast<long>(c) + side * d; b >= 0 && b < static_cast<long>(counts.size()))
            beside += coverage(static_cast<std::size_t>(b)), ++besideColumns;
      beside /= std::max(1, besideColumns);
      if (coverage(c) - beside < kStreakCoverage) continue;
      // The band: the columns beside the peak that hold more than half of its ink above the text's.
      const double edge = beside + (coverage(c) - beside) / 2;
      std::size_t left = c, right = c;
      while (left > 0 && coverage(left - 1) >= edge) --left;
      while (right + 1 < counts.size() && coverage(right + 1) >= edge) ++right;
      const int bandWidth = static_cast<int>(right - left) + 1;
      if (bandWidth > widest) continue;
      const Streak streak{shift, static_cast<double>(left) - pad, bandWidth};
      if (runsDownTheSheet(ink, streak)) candidates.push_back({coverage(c), streak});
    }
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.coverage > b.coverage; });
  // The same streak peaks at the tilts next to its own: one band per place on the page.
  std::vector<Streak> streaks;
  const auto near = [&](const Streak& a, const Streak& b) {
    for (const int y : {0, height / 2, height - 1})
      if (std::abs(a.leftAt(y, height) - b.leftAt(y, height)) <= widest) return true;
    return false;
  };
  for (const auto& candidate : candidates)
    if (std::none_of(streaks.begin(), streaks.end(), [&](const Streak& s) { return near(s, candidate.streak); }))
      streaks.push_back(candidate.streak);
  return streaks;
}

struct Run {
  int left = 0, right = -1;  // the row's ink run over the band; empty when there is none
  int width() const { return right - left + 1; }
};

// The ink run of row `y` over the streak's band (the band's run when the band holds ink).
Run runOver(Pix* ink, const Streak& streak, int y) {
  const int w = static_cast<int>(pixGetWidth(ink)), h = static_cast<int>(pixGetHeight(ink));
  const l_uint32* line = pixGetData(ink) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(ink);
  const int bandLeft = std::max(0, static_cast<int>(std::floor(streak.leftAt(y, h))));
  const int bandRight = std::min(w - 1, static_cast<int>(std::ceil(streak.leftAt(y, h))) + streak.width - 1);
  Run run;
  for (int x = bandLeft; x <= bandRight; ++x)
    if (GET_DATA_BIT(line, x)) {
      run.left = run.right = x;
      break;
    }
  if (run.width() <= 0) return run;
  while (run.left > 0 && GET_DATA_BIT(line, run.left - 1)) --run.left;
  while (run.right + 1 < w && GET_DATA_BIT(line, run.right + 1)) ++run.right;
  return run;
}

// The streak's ink, row by row, where the row's ink over the band is the streak alone: no wider
// than the streak's usual width. Where a letter's stroke runs across the band or beside it (a
// stem glued to the streak), the run is wider and the row is kept.
void markStreak(Pix* ink, const Streak& streak, Pix* mask) {
  const int h = static_cast<int>(pixGetHeight(ink));
  std::vector<Run> runs(static_cast<std::size_t>(h));
  std::vector<int> widths;
  for (int y = 0; y < h; ++y)
    if ((runs[static_cast<std::size_t>(y)] = runOver(ink, streak, y)).width() > 0)
      widths.push_back(runs[static_cast<std::size_t>(y)].width());
  if (widths.empty()) return;
  std::nth_element(widths.begin(), widths.begin() + static_cast<std::ptrdiff_t>(widths.size() / 2), widths.end());
  const int usual = widths[widths.size() / 2];
  l_uint32* marks = pixGetData(mask);
  const int wpl = pixGetWpl(mask);
  for (int y = 0; y < h; ++y) {
    const Run& run = runs[static_cast<std::size_t>(y)];
    if (run.width() <= 0 || run.width() > usual + kWiderThanUsual) continue;
    l_uint32* marked = marks + static_cast<std::ptrdiff_t>(y) * wpl;
    for (int x = run.left; x <= run.right; ++x) SET_DATA_BIT(marked, x);
  }
}

// The streaks running down `ink`, marked on a mask of its size; `found` counts them.
PixPtr streakMask(Pix* ink, int widest, int& found) {
  const int width = static_cast<int>(pixGetWidth(ink)), height = static_cast<int>(pixGetHeight(ink));
  const std::vector<InkPoint> points = inkPoints(ink);
  // A page half ink (a photo, an inverted scan) has no streak to tell from the rest.
  if (points.size() * kRowStep > static_cast<std::size_t>(width) * static_cast<std::size_t>(height) / 4) return nullptr;
  const std::vector<Streak> streaks = streaksOf(ink, points, widest);
  if (streaks.empty()) return nullptr;
  PixPtr mask(pixCreate(width, height, 1));
  for (const auto& streak : streaks) markStreak(ink, streak, mask.get());
  found += static_cast<int>(streaks.size());
  return mask;
}

}  // namespace

int whitenScanStreaks(Pix* page, int dpi) {
  if (pixGetColormap(page)) return 0;  // painting white would need the map's white entry
  PixPtr ink = inkImage(page);
  if (!ink) return 0;
  const int widest = std::max(3, static_cast<int>(std::lround((dpi > 0 ? dpi : 300) * kWidestStreakMm / 25.4)));
  int found = 0;
  PixPtr mask = streakMask(ink.get(), widest, found);
  // A copy is made upright, its streaks down the sheet's long side; scanned sideways (a landscape
  // image of a portrait sheet), they run across the image.
  if (pixGetWidth(page) > pixGetHeight(page)) {
    PixPtr turned(pixRotate90(ink.get(), 1));
    if (PixPtr across = streakMask(turned.get(), widest, found)) {
      PixPtr back(pixRotate90(across.get(), -1));
      mask = mask ? PixPtr(pixOr(nullptr, mask.get(), back.get())) : std::move(back);
    }
  }
  if (!mask) return 0;
  const int depth = pixGetDepth(page);
  const l_uint32 white = depth == 1 ? 0 : depth == 32 ? 0xffffff00 : (1u << depth) - 1;
  pixPaintThroughMask(page, mask.get(), 0, 0, white);
  return found;
}

}  // namespace sohoa::ocr
