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
// A faint streak, found in ink taken down to a tenth darker than paper, is unbroken: where the
// glass left a line that faint, it left it all the way (a dotted leader, its dots swollen in that
// ink, stops at the margins; two cards' edges in a row leave the gap between them).
constexpr int kSlices = 20, kSlicesCrossed = 18, kSlicesCrossedFaint = 20;
constexpr double kSliceInk = 0.1, kSliceInkFaint = 0.5;
// A streak is a line, not a bar: at most 1.5 mm wide.
constexpr double kWidestStreakMm = 1.5;
// Rows are sampled every other one when looking (a page's ink in a few hundred thousand points).
constexpr int kRowStep = 2;
// A row whose ink over the band is this much wider than the streak holds a letter's stroke: kept.
constexpr int kWiderThanUsual = 1;
// A streak may be faint: a glass a little dirty darkens the paper by a sixth. Where it crosses a
// card's grey print it falls under Tesseract's threshold all the same and cuts the lines there.
// On the paper made white, ink is what is a tenth darker than it.
constexpr l_int32 kFaintInkBelow = 230;

struct Streak {
  double shift = 0;   // pixels the band moves right per row down
  double middle = 0;  // the band's left edge at the page's middle row
  int width = 0;
  double leftAt(int y, int height) const { return middle + shift * (y - height / 2.0); }
};

bool near(const Streak& a, const Streak& b, int height, int widest) {
  for (const int y : {0, height / 2, height - 1})
    if (std::abs(a.leftAt(y, height) - b.leftAt(y, height)) <= widest) return true;
  return false;
}

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

struct Unbroken {
  int slices;          // of kSlices the band must cross
  double rowsInSlice;  // the share of a slice's rows the band's ink must be in to cross it
};

bool runsDownTheSheet(Pix* ink, const Streak& streak, Unbroken needed) {
  const int h = static_cast<int>(pixGetHeight(ink));
  int crossed = 0;
  for (int slice = 0; slice < kSlices; ++slice) {
    const int top = slice * h / kSlices, bottom = (slice + 1) * h / kSlices;
    int rows = 0, inked = 0;
    for (int y = top; y < bottom; y += kRowStep, ++rows) inked += bandInked(ink, streak, y) ? 1 : 0;
    if (rows > 0 && inked >= needed.rowsInSlice * rows) ++crossed;
  }
  return crossed >= needed.slices;
}

// The bands of ink that run down most of the page, strongest first, each tried at every tilt:
// the ink points are counted by the column they fall in once the page is sheared by the tilt.
std::vector<Streak> streaksOf(Pix* ink, const std::vector<InkPoint>& points, int widest, Unbroken needed) {
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
      if (runsDownTheSheet(ink, streak, needed)) candidates.push_back({coverage(c), streak});
    }
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.coverage > b.coverage; });
  // The same streak peaks at the tilts next to its own: one band per place on the page.
  std::vector<Streak> streaks;
  for (const auto& candidate : candidates)
    if (std::none_of(streaks.begin(), streaks.end(),
                     [&](const Streak& s) { return near(s, candidate.streak, height, widest); }))
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

// The inks streaks are looked for in, of one size: the page's, and its faint ink (none on a
// bilevel page, or when not asked for).
struct StreakInks {
  PixPtr print, faint;
};

// The streaks found in each ink, marked on masks of the page's size (none where none was found).
struct StreakMasks {
  PixPtr print, faint;
};

// The streaks running down the page; `found` counts them. The print's ink is looked at first,
// then the faint ink for bands it did not find. A faint streak's mask leaves out the print's ink:
// a letter's stem it crosses is darker than it and stays whole.
StreakMasks streakMasks(const StreakInks& inks, int widest, int& found) {
  Pix* print = inks.print.get();
  const int width = static_cast<int>(pixGetWidth(print)), height = static_cast<int>(pixGetHeight(print));
  StreakMasks masks;
  std::vector<Streak> known;
  for (Pix* ink : {print, inks.faint.get()}) {
    if (!ink) continue;
    const std::vector<InkPoint> points = inkPoints(ink);
    // A page half ink (a photo, an inverted scan) has no streak to tell from the rest.
    if (points.size() * kRowStep > static_cast<std::size_t>(width) * static_cast<std::size_t>(height) / 4) continue;
    const bool faint = ink != print;
    const Unbroken needed = faint ? Unbroken{kSlicesCrossedFaint, kSliceInkFaint} : Unbroken{kSlicesCrossed, kSliceInk};
    PixPtr marks(pixCreate(width, height, 1));
    int marked = 0;
    for (const auto& streak : streaksOf(ink, points, widest, needed)) {
      if (std::any_of(known.begin(), known.end(), [&](const Streak& s) { return near(s, streak, height, widest); }))
        continue;
      markStreak(ink, streak, marks.get());
      known.push_back(streak);
      ++marked;
    }
    if (marked == 0) continue;
    if (faint) pixSubtract(marks.get(), marks.get(), print);
    (faint ? masks.faint : masks.print) = std::move(marks);
    found += marked;
  }
  return masks;
}

// The page's marks down to the faintest streak: the paper's unevenness taken out (a photocopy's
// grey, a card's background), then all that is a little darker than paper. Grey and colour pages
// only (a bilevel page's streak is as black as its print).
PixPtr faintInk(Pix* page) {
  if (pixGetDepth(page) != 8 && pixGetDepth(page) != 32) return nullptr;
  PixPtr grey(pixConvertTo8(page, 0));
  PixPtr flat(grey ? pixBackgroundNorm(grey.get(), nullptr, nullptr, 10, 15, 100, 50, 255, 2, 2) : nullptr);
  return flat ? PixPtr(pixThresholdToBinary(flat.get(), kFaintInkBelow)) : nullptr;
}

// The page's pixels under `mask` given the tone beside them across the streak (along rows for a
// streak down the image, along columns for one across it), blended from one side's to the
// other's: white would cut a card's grey print in two where a streak crosses it, and Tesseract
// and the card finder take such a line for an edge.
void fillFromBeside(Pix* page, Pix* mask, bool across) {
  const int w = static_cast<int>(pixGetWidth(page)), h = static_cast<int>(pixGetHeight(page));
  const int lines = across ? w : h, length = across ? h : w;
  const bool colour = pixGetDepth(page) == 32;
  const auto at = [across](int line, int i) { return across ? std::pair{line, i} : std::pair{i, line}; };
  const auto get = [&](int line, int i) {
    const auto [x, y] = at(line, i);
    l_uint32 value = 0;
    pixGetPixel(page, x, y, &value);
    return value;
  };
  // The mask is read off its words: every pixel of the page is asked whether it is marked.
  const l_uint32* marks = pixGetData(mask);
  const int marksWpl = pixGetWpl(mask);
  const auto marked = [&](int line, int i) {
    const auto [x, y] = at(line, i);
    return GET_DATA_BIT(marks + static_cast<std::ptrdiff_t>(y) * marksWpl, x) != 0;
  };
  for (int line = 0; line < lines; ++line)
    for (int i = 0; i < length; ++i) {
      if (!marked(line, i)) continue;
      int end = i;
      while (end + 1 < length && marked(line, end + 1)) ++end;
      // One pixel further out on each side: the streak's edge is a little dark too.
      const int before = std::max(0, i - 2), after = std::min(length - 1, end + 2);
      const l_uint32 one = get(line, before), two = get(line, after);
      for (int k = i; k <= end; ++k) {
        const double share = after == before ? 0.0 : static_cast<double>(k - before) / (after - before);
        const auto mix = [share](int a, int b) { return static_cast<l_int32>(std::lround(a + share * (b - a))); };
        l_uint32 value = 0;
        if (colour) {
          l_int32 r0, g0, b0, r1, g1, b1;
          extractRGBValues(one, &r0, &g0, &b0);
          extractRGBValues(two, &r1, &g1, &b1);
          composeRGBPixel(mix(r0, r1), mix(g0, g1), mix(b0, b1), &value);
        } else {
          value = static_cast<l_uint32>(mix(static_cast<int>(one), static_cast<int>(two)));
        }
        const auto [x, y] = at(line, k);
        pixSetPixel(page, x, y, value);
      }
      i = end;
    }
}

// Takes the streaks out of `page`, its masks turned back a quarter when `across`. A streak as dark
// as print is painted white; a faint one takes the tone beside it, as it may cross a card's grey.
void takeOut(Pix* page, StreakMasks masks, bool across) {
  for (PixPtr* mask : {&masks.print, &masks.faint})
    if (*mask && across) *mask = PixPtr(pixRotate90(mask->get(), -1));
  const int depth = pixGetDepth(page);
  if (masks.print)
    pixPaintThroughMask(page, masks.print.get(), 0, 0, depth == 1 ? 0 : depth == 32 ? 0xffffff00 : (1u << depth) - 1);
  if (masks.faint) fillFromBeside(page, masks.faint.get(), across);
}

}  // namespace

int whitenScanStreaks(Pix* page, int dpi, bool faintToo) {
  if (pixGetColormap(page)) return 0;  // painting white would need the map's white entry
  StreakInks inks{inkImage(page), faintToo ? faintInk(page) : nullptr};
  if (!inks.print) return 0;
  const int widest = std::max(3, static_cast<int>(std::lround((dpi > 0 ? dpi : 300) * kWidestStreakMm / 25.4)));
  int found = 0;
  takeOut(page, streakMasks(inks, widest, found), false);
  // A copy is made upright, its streaks down the sheet's long side; scanned sideways (a landscape
  // image of a portrait sheet), they run across the image.
  if (pixGetWidth(page) > pixGetHeight(page)) {
    const StreakInks turned{PixPtr(pixRotate90(inks.print.get(), 1)),
                            inks.faint ? PixPtr(pixRotate90(inks.faint.get(), 1)) : nullptr};
    takeOut(page, streakMasks(turned, widest, found), true);
  }
  return found;
}

}  // namespace sohoa::ocr
