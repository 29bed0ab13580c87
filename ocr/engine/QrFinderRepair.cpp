#include "ocr/engine/QrFinderRepair.hpp"

#include <leptonica/allheaders.h>
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include <opencv2/imgproc.hpp>

#include "ocr/PixMat.hpp"

namespace sohoa::ocr {
namespace {

// A finder pattern is 7 modules square: a ring 1 module thick, a white ring, a 3-module core.
constexpr float kFinderModules = 7;
// Version 1 to 40: finder centres 14 to 170 modules apart (with slack for a tilted scan).
constexpr float kFewestModulesApart = 12, kMostModulesApart = 175;
// The smallest finder worth looking at: 1.5 pixels a module where they are looked for.
constexpr float kSmallestFinder = 10;
constexpr float kSearchScale = 0.5f;
// Pages hold one code or two; more finder-like shapes than this is some other pattern.
constexpr std::size_t kMostFinders = 12;
// Blank paper kept round a region to decode: the standard's quiet zone of 4 modules, and more.
constexpr float kQuietModules = 6;

struct Finder {
  cv::Point2f centre;
  float module = 0;
};

float area(const std::vector<cv::Point>& contour) { return static_cast<float>(cv::contourArea(contour)); }

// Ink with a hole holding one ink square, in the proportions of a finder (areas 49 : 25 : 9).
// Looked for at half the scan's size (a module of a 300 dpi code is 3 pixels there; a quarter of
// the pixels to copy and trace on every page without a code), and given in the scan's pixels.
std::vector<Finder> findFinders(Pix* grey8) {
  const PixPtr half(pixScaleAreaMap2(grey8));
  const cv::Mat grey = greyMat(half.get());
  if (grey.empty()) return {};
  cv::Mat ink;
  cv::threshold(grey, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  std::vector<std::vector<cv::Point>> contours;
  std::vector<cv::Vec4i> tree;  // next, previous, first child, parent
  cv::findContours(ink, contours, tree, cv::RETR_TREE, cv::CHAIN_APPROX_SIMPLE);
  const float largest = static_cast<float>(std::min(grey.cols, grey.rows)) / 4;
  std::vector<Finder> finders;
  for (std::size_t i = 0; i < contours.size(); ++i) {
    const int hole = tree[i][2];
    if (hole < 0) continue;
    const int core = tree[static_cast<std::size_t>(hole)][2];
    if (core < 0 || tree[static_cast<std::size_t>(core)][0] >= 0 || tree[static_cast<std::size_t>(core)][1] >= 0)
      continue;  // one square in the hole, nothing beside it
    const cv::RotatedRect outer = cv::minAreaRect(contours[i]);
    const float side = (outer.size.width + outer.size.height) / 2;
    if (side < kSmallestFinder || side > largest) continue;
    if (std::min(outer.size.width, outer.size.height) < 0.75f * std::max(outer.size.width, outer.size.height)) continue;
    const float whole = area(contours[i]);
    if (whole < 0.8f * outer.size.width * outer.size.height) continue;  // a square, not a ring of a seal
    const float coreShare = area(contours[static_cast<std::size_t>(core)]) / whole;
    const float holeShare = area(contours[static_cast<std::size_t>(hole)]) / whole;
    if (coreShare < 0.09f || coreShare > 0.32f || holeShare < 0.3f || holeShare > 0.75f) continue;
    const cv::RotatedRect inner = cv::minAreaRect(contours[static_cast<std::size_t>(core)]);
    const float module = side / kFinderModules;
    if (cv::norm(inner.center - outer.center) > module) continue;
    finders.push_back({outer.center / kSearchScale, module / kSearchScale});
  }
  return finders;
}

cv::Point2f turned(const cv::Point2f& v) { return {-v.y, v.x}; }

// Draws a finder centred at `centre`, its sides along `edge` (a unit vector), over whatever ink
// is there, with the white separator round it.
void drawFinder(cv::Mat& grey, const cv::Point2f& centre, const cv::Point2f& edge, float module) {
  const float angle = std::atan2(edge.y, edge.x) * 180 / std::numbers::pi_v<float>;
  for (const auto& [modules, shade] : std::array<std::pair<float, int>, 4>{{{9, 255}, {7, 0}, {5, 255}, {3, 0}}}) {
    std::array<cv::Point2f, 4> corners;
    cv::RotatedRect(centre, cv::Size2f(modules * module, modules * module), angle).points(corners.data());
    std::array<cv::Point, 4> pixels;
    for (std::size_t k = 0; k < 4; ++k) pixels[k] = cv::Point(cvRound(corners[k].x), cvRound(corners[k].y));
    cv::fillConvexPoly(grey, pixels.data(), 4, cv::Scalar(shade), cv::LINE_8);
  }
}

bool inside(const cv::Size& scan, const cv::Point2f& p) {
  return p.x >= 0 && p.y >= 0 && p.x < static_cast<float>(scan.width) && p.y < static_cast<float>(scan.height);
}

// The code's region with its third finder drawn at `missing`: the four corners' finder centres
// `corners`, the code's sides along `edge`. Paper is added where the region runs off the scan.
RepairedRegion repaired(Pix* grey8, const std::array<cv::Point2f, 4>& corners, const cv::Point2f& missing,
                        const cv::Point2f& edge, float module) {
  const float reach = (kFinderModules / 2 + kQuietModules) * module;
  float x0 = corners[0].x, y0 = corners[0].y, x1 = x0, y1 = y0;
  for (const auto& c : corners) {
    x0 = std::min(x0, c.x), y0 = std::min(y0, c.y), x1 = std::max(x1, c.x), y1 = std::max(y1, c.y);
  }
  const cv::Rect wanted(cv::Point(cvFloor(x0 - reach), cvFloor(y0 - reach)),
                        cv::Point(cvCeil(x1 + reach), cvCeil(y1 + reach)));
  const cv::Rect there =
      wanted & cv::Rect(0, 0, static_cast<int>(pixGetWidth(grey8)), static_cast<int>(pixGetHeight(grey8)));
  BOX* clip = boxCreate(there.x, there.y, there.width, there.height);
  const PixPtr clipped(pixClipRectangle(grey8, clip, nullptr));
  boxDestroy(&clip);
  cv::Mat region;
  cv::copyMakeBorder(greyMat(clipped.get()), region, there.y - wanted.y, wanted.br().y - there.br().y,
                     there.x - wanted.x, wanted.br().x - there.br().x, cv::BORDER_CONSTANT, cv::Scalar(255));
  drawFinder(region, missing - cv::Point2f(wanted.tl()), edge, module);
  return {region, wanted.tl()};
}

}  // namespace

std::vector<RepairedRegion> regionsWithFinderRestored(Pix* scan) {
  const PixPtr grey(pixGetDepth(scan) == 8 && !pixGetColormap(scan) ? pixClone(scan) : pixConvertTo8(scan, 0));
  if (!grey) return {};
  const cv::Size size(static_cast<int>(pixGetWidth(grey.get())), static_cast<int>(pixGetHeight(grey.get())));
  const std::vector<Finder> finders = findFinders(grey.get());
  if (finders.size() < 2 || finders.size() > kMostFinders) return {};
  const auto foundNear = [&](const cv::Point2f& p, float module) {
    return std::any_of(finders.begin(), finders.end(),
                       [&](const Finder& f) { return cv::norm(f.centre - p) < kFinderModules / 2 * module; });
  };
  std::vector<RepairedRegion> regions;
  for (std::size_t i = 0; i < finders.size(); ++i)
    for (std::size_t j = i + 1; j < finders.size(); ++j) {
      const Finder &a = finders[i], &b = finders[j];
      if (std::max(a.module, b.module) > 1.4f * std::min(a.module, b.module)) continue;
      const float module = (a.module + b.module) / 2;
      const cv::Point2f along = b.centre - a.centre;
      const float apart = static_cast<float>(cv::norm(along));
      if (apart < kFewestModulesApart * module || apart > kMostModulesApart * std::sqrt(2.f) * module) continue;
      const cv::Point2f unit = along / apart;
      // Two finders of one side: the third beside either, on either side of the line.
      if (apart <= kMostModulesApart * module)
        for (const cv::Point2f& corner : {a.centre, b.centre})
          for (const float side : {1.f, -1.f}) {
            const cv::Point2f across = turned(along) * side;
            const cv::Point2f missing = corner + across;
            if (!inside(size, missing) || foundNear(missing, module)) continue;
            regions.push_back(repaired(grey.get(), {a.centre, b.centre, missing, a.centre + b.centre - corner + across},
                                       missing, unit, module));
          }
      // Two finders across the code: the third at one of the other corners.
      const cv::Point2f middle = (a.centre + b.centre) / 2, half = turned(along) / 2;
      const cv::Point2f edge = (unit + turned(unit)) / std::sqrt(2.f);
      for (const cv::Point2f& missing : {middle + half, middle - half}) {
        if (!inside(size, missing) || foundNear(missing, module)) continue;
        regions.push_back(
            repaired(grey.get(), {a.centre, b.centre, missing, middle * 2 - missing}, missing, edge, module));
      }
    }
  return regions;
}

}  // namespace sohoa::ocr
