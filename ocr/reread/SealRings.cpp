#include "ocr/reread/SealRings.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include <optional>
#include <utility>
#include <vector>

#include "ocr/PixMat.hpp"

namespace sohoa::ocr {
namespace {

// Seals are looked for at this resolution: a 30 mm seal is 60 pixels across, quick to transform.
constexpr double kSearchDpi = 50;
constexpr double kSmallestRadiusMm = 12, kLargestRadiusMm = 25;
// A radius is a rim's when this share of its circle is ink (letters crossing a rim, or its
// seal's text, cover far less of any circle); the strongest must be nearly whole.
constexpr double kRimInk = 0.5, kWholeRim = 0.75;
// The transform may find either rim of a seal that has two (the inner one is about 0.7 of the
// outer): both are looked for between these multiples of its radius.
constexpr double kInnermost = 0.5, kOutermost = 1.5;
// Ink pixels enough to tell the sharpest centre.
constexpr std::size_t kCentrePoints = 20000;
// How far, in the search copy's pixels, the transform's centre may be from the rims'.
constexpr int kCentreReach = 4;

// The share of ink at each whole radius from (cx, cy), up to `largest`.
std::vector<double> inkByRadius(const cv::Mat& ink, double cx, double cy, int largest) {
  std::vector<double> inked(static_cast<std::size_t>(largest) + 1, 0), all(inked.size(), 0);
  const int x0 = std::max(0, static_cast<int>(cx) - largest),
            x1 = std::min(ink.cols - 1, static_cast<int>(cx) + largest);
  const int y0 = std::max(0, static_cast<int>(cy) - largest),
            y1 = std::min(ink.rows - 1, static_cast<int>(cy) + largest);
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) {
      const auto r = static_cast<std::size_t>(std::lround(std::hypot(x - cx, y - cy)));
      if (r >= all.size()) continue;
      all[r] += 1;
      if (ink.at<uchar>(y, x) != 0) inked[r] += 1;
    }
  for (std::size_t r = 0; r < all.size(); ++r) inked[r] = all[r] > 0 ? inked[r] / all[r] : 0;
  return inked;
}

// The ink pixels within `reach` of (cx, cy).
std::vector<cv::Point> inkNear(const cv::Mat& ink, double cx, double cy, int reach) {
  std::vector<cv::Point> points;
  const cv::Rect around =
      cv::Rect(static_cast<int>(cx) - reach, static_cast<int>(cy) - reach, 2 * reach + 1, 2 * reach + 1) &
      cv::Rect(0, 0, ink.cols, ink.rows);
  if (!around.empty()) cv::findNonZero(ink(around), points);
  for (auto& point : points) point += around.tl();
  return points;
}

// The centre near the transform's where the circle's ink is most whole: a rim a few pixels
// thick shows only from its true centre. The transform's centre, found on a copy `step` pixels
// to one of the page's, may be off by a few of that copy's pixels (a rule or a line of text
// across the rim pulls it: 3 on seed 31's page 027), so centres within kCentreReach of its
// pixels are tried, coarsely, then finely around the best. Only the ink pixels are counted, each
// circle's length standing for its pixels (2πr): a seal's square holds ten times more paper than ink.
std::pair<double, double> sharpestCentre(const cv::Mat& ink, double cx, double cy, double radius, int step) {
  const int largest = static_cast<int>(radius * kOutermost);
  const auto innermost = static_cast<std::size_t>(radius * kInnermost);
  const int reach = kCentreReach * step;
  std::vector<cv::Point> points = inkNear(ink, cx, cy, largest + reach);
  // A rim is thousands of pixels: every k-th of them shows it as well, k times sooner.
  const std::size_t stride = points.size() / kCentrePoints + 1;
  if (stride > 1) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < points.size(); i += stride) points[kept++] = points[i];
    points.resize(kept);
  }
  std::vector<double> count(static_cast<std::size_t>(largest) + 1);
  const auto sharpness = [&](double x, double y) {
    std::fill(count.begin(), count.end(), 0);
    for (const auto& point : points) {
      const auto r = static_cast<std::size_t>(std::lround(std::hypot(point.x - x, point.y - y)));
      if (r < count.size()) count[r] += 1;
    }
    double sharpest = 0;
    for (std::size_t r = std::max<std::size_t>(innermost, 1); r < count.size(); ++r)
      sharpest = std::max(sharpest, count[r] / (2 * CV_PI * static_cast<double>(r)));
    return sharpest;
  };
  std::pair<double, double> best{cx, cy};
  double sharpest = -1;
  const auto tryAround = [&](double x0, double y0, int within, int by) {
    for (int dy = -within; dy <= within; dy += by)
      for (int dx = -within; dx <= within; dx += by)
        if (const double here = sharpness(x0 + dx, y0 + dy); here > sharpest)
          sharpest = here, best = {x0 + dx, y0 + dy};
  };
  const int coarse = std::max(1, step / 2);
  tryAround(cx, cy, reach - reach % coarse, coarse);
  const auto [bx, by] = best;
  tryAround(bx, by, coarse - 1, 1);
  return best;
}

std::optional<Seal> measured(const cv::Mat& ink, double cx, double cy, double radius) {
  const int largest = static_cast<int>(radius * kOutermost);
  const auto share = inkByRadius(ink, cx, cy, largest);
  Seal seal;
  double strongest = 0;
  for (std::size_t r = static_cast<std::size_t>(radius * kInnermost); r < share.size(); ++r) {
    if (share[r] < kRimInk) continue;
    std::size_t end = r;
    while (end + 1 < share.size() && share[end + 1] >= kRimInk) ++end;
    seal.rims.push_back({cx, cy, static_cast<double>(r) - 2.5, static_cast<double>(end) + 2.5});
    for (std::size_t k = r; k <= end; ++k) strongest = std::max(strongest, share[k]);
    r = end;
  }
  if (seal.rims.empty() || strongest < kWholeRim) return std::nullopt;
  const double outer = seal.rims.back().outer;
  seal.box = {static_cast<int>(cx - outer), static_cast<int>(cy - outer), static_cast<int>(cx + outer),
              static_cast<int>(cy + outer)};
  return seal;
}

}  // namespace

std::vector<Seal> findSeals(Pix* image, int dpi) {
  const cv::Mat grey = greyMat(image);
  if (grey.empty() || dpi <= 0) return {};
  const double scale = kSearchDpi / dpi;
  cv::Mat small;
  cv::resize(grey, small, {}, scale, scale, cv::INTER_AREA);
  cv::GaussianBlur(small, small, {5, 5}, 1.2);
  const double pixelsPerMm = kSearchDpi / 25.4;
  const int smallest = static_cast<int>(kSmallestRadiusMm * pixelsPerMm);
  const int largest = static_cast<int>(kLargestRadiusMm * pixelsPerMm);
  std::vector<cv::Vec3f> circles;
  cv::HoughCircles(small, circles, cv::HOUGH_GRADIENT, 1, smallest * 2, 100, 30, smallest, largest);
  if (circles.empty()) return {};
  cv::Mat ink;
  cv::threshold(grey, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  std::vector<Seal> seals;
  const int step = static_cast<int>(std::lround(1 / scale));  // the page's pixels to one of `small`
  for (const auto& circle : circles) {
    const double radius = circle[2] / scale;
    const auto [cx, cy] = sharpestCentre(ink, circle[0] / scale, circle[1] / scale, radius, step);
    if (auto seal = measured(ink, cx, cy, radius)) seals.push_back(std::move(*seal));
  }
  return seals;
}

namespace {

// Darker than this on the 8-bit page is ink: print, or a seal stamped as dark.
constexpr l_uint32 kInk = 128;
// A stroke crossing a rim shows within this many pixels beyond each of its edges.
constexpr int kStrokeReach = 3;

// The directions, in 1/bins of a turn round the rim's centre, in which a stroke crosses the rim:
// ink just inside the rim and just outside it. A letter of the name the rim runs through has
// both; the rim's own ink has paper on both sides, the seal's letters ink on one side at most. A
// stroke crosses at a slant: the ink on the far side may stand a rim's width further round.
std::vector<bool> crossedDirections(const l_uint32* data, int words, int width, int height, const SealRim& rim,
                                    std::size_t bins) {
  const auto inkAt = [&](double radius, double angle) {
    const int x = static_cast<int>(std::lround(rim.centreX + radius * std::cos(angle)));
    const int y = static_cast<int>(std::lround(rim.centreY + radius * std::sin(angle)));
    return x >= 0 && y >= 0 && x < width && y < height &&
           GET_DATA_BYTE(data + static_cast<std::ptrdiff_t>(y) * words, x) < kInk;
  };
  std::vector<bool> inside(bins), outside(bins), crossed(bins);
  for (std::size_t b = 0; b < bins; ++b) {
    const double angle = 2 * CV_PI * static_cast<double>(b) / static_cast<double>(bins);
    for (int d = 1; d <= kStrokeReach; ++d) {
      inside[b] = inside[b] || inkAt(rim.inner - d, angle);
      outside[b] = outside[b] || inkAt(rim.outer + d, angle);
    }
  }
  const auto slant =
      static_cast<long>(std::ceil((rim.outer - rim.inner) / rim.outer * static_cast<double>(bins) / (2 * CV_PI)));
  const auto n = static_cast<long>(bins);
  for (long b = 0; b < n; ++b) {
    bool in = false, out = false;
    for (long k = -slant; k <= slant; ++k) {
      in = in || inside[static_cast<std::size_t>((b + k + n) % n)];
      out = out || outside[static_cast<std::size_t>((b + k + n) % n)];
    }
    crossed[static_cast<std::size_t>(b)] = in && out;
  }
  return crossed;
}

}  // namespace

PixPtr withoutSealRims(Pix* image, const std::vector<Seal>& seals) {
  const PixPtr grey(pixConvertTo8(image, 0));  // the page itself when it is 8-bit already
  PixPtr out(grey ? pixCopy(nullptr, grey.get()) : nullptr);
  if (!out) return nullptr;
  const l_uint32* page = pixGetData(grey.get());
  l_uint32* data = pixGetData(out.get());
  const int words = pixGetWpl(out.get());
  const int width = static_cast<int>(pixGetWidth(out.get())), height = static_cast<int>(pixGetHeight(out.get()));
  for (const auto& seal : seals)
    for (const auto& rim : seal.rims) {
      // Half a pixel of the rim's outer edge to a direction.
      const auto bins = static_cast<std::size_t>(std::ceil(4 * CV_PI * rim.outer));
      const std::vector<bool> crossed = crossedDirections(page, words, width, height, rim, bins);
      for (int y = std::max(0, seal.box.y0); y < std::min(height, seal.box.y1 + 1); ++y)
        for (int x = std::max(0, seal.box.x0); x < std::min(width, seal.box.x1 + 1); ++x) {
          const double r = std::hypot(x - rim.centreX, y - rim.centreY);
          if (r < rim.inner || r > rim.outer) continue;
          double angle = std::atan2(y - rim.centreY, x - rim.centreX);
          if (angle < 0) angle += 2 * CV_PI;
          const auto bin = static_cast<std::size_t>(angle / (2 * CV_PI) * static_cast<double>(bins)) % bins;
          if (!crossed[bin]) SET_DATA_BYTE(data + static_cast<std::ptrdiff_t>(y) * words, x, 255);
        }
    }
  return out;
}

}  // namespace sohoa::ocr
