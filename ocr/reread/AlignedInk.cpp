#include "ocr/reread/AlignedInk.hpp"

#include <algorithm>
#include <opencv2/imgproc.hpp>
#include <optional>

#include "ocr/PixMat.hpp"

namespace sohoa::ocr {
namespace {

struct Band {
  int xLine = 0, baseline = 0;  // rows of the crop
  int height() const { return baseline - xLine; }
};

// The band the surely read words fill. Their ink's rows rise most steeply at the x-height (or
// the capitals' top, on a line in capitals); the baseline is the last row holding half as much
// ink as the band's middling row (a descender's tail holds less, a bold font's shoulder more).
constexpr double kBaselineInk = 0.5;

std::optional<Band> bandOf(const cv::Mat& ink, const Box& cut, const std::vector<Box>& sure) {
  std::vector<int> rows(static_cast<std::size_t>(ink.rows) + 2, 0);  // two empty rows above
  for (const auto& box : sure) {
    const int x0 = std::clamp(box.x0 - cut.x0, 0, ink.cols), x1 = std::clamp(box.x1 - cut.x0, 0, ink.cols);
    for (int y = 0; y < ink.rows && x1 > x0; ++y)
      rows[static_cast<std::size_t>(y) + 2] += cv::countNonZero(ink.row(y).colRange(x0, x1));
  }
  // Over two rows, so that a row of anti-aliased edge does not split the step.
  const auto rise = [&](std::size_t i) { return rows[i] + rows[i + 1] - rows[i - 1] - rows[i - 2]; };
  std::size_t top = 2;
  for (std::size_t i = 2; i + 1 < rows.size(); ++i)
    if (rise(i) > rise(top)) top = i;
  std::size_t last = rows.size() - 1;
  while (last > top && rows[last] == 0) --last;
  if (rise(top) <= 0 || last < top + 4) return std::nullopt;
  std::vector<int> body(rows.begin() + static_cast<std::ptrdiff_t>(top),
                        rows.begin() + static_cast<std::ptrdiff_t>(last) + 1);
  std::nth_element(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(body.size() / 2), body.end());
  const double middling = body[body.size() / 2];
  std::size_t base = last;
  while (base > top && rows[base] < kBaselineInk * middling) --base;
  Band band{static_cast<int>(top) - 2, static_cast<int>(base) - 2};
  if (band.height() < 4) return std::nullopt;
  return band;
}

// A letter covers the middle of that band (its quarter from either edge left out: a serif, a
// round letter's overshoot) nearly whole, and ends at the baseline or below it by a descender.
constexpr double kCoreMargin = 0.25, kCoreCovered = 0.9;
constexpr double kAboveBaseline = 0.15, kDescender = 0.6;
// A mark is smaller than the x-height and lies over a letter, wholly above or below the core.
constexpr double kMarkHeight = 0.8, kMarkWidth = 1.2;

bool isLetter(const cv::Rect& piece, const Band& band) {
  const double h = band.height();
  const double core0 = band.xLine + kCoreMargin * h, core1 = band.baseline - kCoreMargin * h;
  const double covered = std::min<double>(piece.y + piece.height, core1) - std::max<double>(piece.y, core0);
  const int bottom = piece.y + piece.height;
  // A letter a stroke crosses is as tall as the stroke: its foot may reach further down.
  const double lowest = band.baseline + kDescender * h + (piece.height > 1.3 * h ? h : 0);
  return covered >= kCoreCovered * (core1 - core0) && bottom >= band.baseline - kAboveBaseline * h && bottom <= lowest;
}

bool isMarkOf(const cv::Rect& piece, const Band& band, const std::vector<cv::Rect>& letters) {
  const double h = band.height();
  if (piece.height >= kMarkHeight * h || piece.width >= kMarkWidth * h) return false;
  const double core0 = band.xLine + kCoreMargin * h;
  const bool above = piece.y + piece.height <= core0 + 2, below = piece.y >= band.baseline - 2;
  if (!above && !below) return false;
  return std::any_of(letters.begin(), letters.end(), [&](const cv::Rect& letter) {
    return 2 * (std::min(piece.x + piece.width, letter.x + letter.width) - std::max(piece.x, letter.x)) > piece.width;
  });
}

}  // namespace

PixPtr alignedInk(Pix* dark, const Box& cut, const std::vector<Box>& sure) {
  const cv::Mat grey = greyMat(dark);
  if (grey.empty() || sure.empty()) return nullptr;
  cv::Mat ink;
  cv::threshold(grey, ink, 127, 255, cv::THRESH_BINARY_INV);
  const auto band = bandOf(ink, cut, sure);
  if (!band) return nullptr;
  cv::Mat labels, stats, centres;
  const int count = cv::connectedComponentsWithStats(ink, labels, stats, centres, 8);
  const auto rectOf = [&](int i) {
    return cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                    stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
  };
  std::vector<bool> kept(static_cast<std::size_t>(count), false);
  std::vector<cv::Rect> letters;
  for (int i = 1; i < count; ++i)
    if (isLetter(rectOf(i), *band)) kept[static_cast<std::size_t>(i)] = true, letters.push_back(rectOf(i));
  for (int i = 1; i < count; ++i)
    if (!kept[static_cast<std::size_t>(i)] && isMarkOf(rectOf(i), *band, letters))
      kept[static_cast<std::size_t>(i)] = true;
  cv::Mat out(grey.size(), CV_8U, cv::Scalar(255));
  for (int y = 0; y < labels.rows; ++y)
    for (int x = 0; x < labels.cols; ++x)
      if (kept[static_cast<std::size_t>(labels.at<int>(y, x))] && labels.at<int>(y, x) != 0) out.at<uchar>(y, x) = 0;
  return greyPix(out);
}

}  // namespace sohoa::ocr
