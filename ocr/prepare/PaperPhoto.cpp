#include "ocr/prepare/PaperPhoto.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <vector>

#include "ocr/PixMat.hpp"

namespace sohoa::ocr {
namespace {

// Top left, top right, bottom right, bottom left.
std::array<cv::Point2f, 4> ordered(const std::vector<cv::Point>& quad) {
  std::array<cv::Point2f, 4> corners;
  auto by = [&](auto key, bool largest) {
    auto it = std::minmax_element(quad.begin(), quad.end(), [&](auto& a, auto& b) { return key(a) < key(b); });
    return cv::Point2f(largest ? *it.second : *it.first);
  };
  corners[0] = by([](const cv::Point& p) { return p.x + p.y; }, false);
  corners[2] = by([](const cv::Point& p) { return p.x + p.y; }, true);
  corners[1] = by([](const cv::Point& p) { return p.x - p.y; }, true);
  corners[3] = by([](const cv::Point& p) { return p.x - p.y; }, false);
  return corners;
}

// A quadrilateral sheet, bright against a darker surround, in a picture reduced to 800 pixels.
std::optional<std::array<cv::Point2f, 4>> sheetIn(const cv::Mat& grey) {
  const double scale = std::min(1.0, 800.0 / std::max(grey.cols, grey.rows));
  cv::Mat small, paper;
  cv::resize(grey, small, cv::Size(), scale, scale, cv::INTER_AREA);
  cv::GaussianBlur(small, small, cv::Size(5, 5), 0);
  cv::threshold(small, paper, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
  // Letters are dark specks on the sheet: closed over, the sheet is one bright shape.
  cv::morphologyEx(paper, paper, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(25, 25)));
  cv::morphologyEx(paper, paper, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(9, 9)));
  std::vector<std::vector<cv::Point>> contours;
  cv::findContours(paper, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
  if (contours.empty()) return std::nullopt;
  const auto& largest = *std::max_element(contours.begin(), contours.end(), [](const auto& a, const auto& b) {
    return cv::contourArea(a) < cv::contourArea(b);
  });
  const double area = cv::contourArea(largest), all = static_cast<double>(small.cols) * small.rows;
  if (area < 0.2 * all || area > 0.97 * all) return std::nullopt;  // no sheet, or the sheet is the picture
  std::vector<cv::Point> quad;
  for (double epsilon : {0.02, 0.03, 0.05}) {
    cv::approxPolyDP(largest, quad, epsilon * cv::arcLength(largest, true), true);
    if (quad.size() == 4) break;
  }
  if (quad.size() != 4 || !cv::isContourConvex(quad)) return std::nullopt;
  // The surround must be darker than the sheet, or this is a light page with a dark box on it.
  cv::Mat inside = cv::Mat::zeros(small.size(), CV_8UC1);
  cv::fillConvexPoly(inside, quad, cv::Scalar(255));
  const double sheet = cv::mean(small, inside)[0], around = cv::mean(small, 255 - inside)[0];
  if (sheet - around < 30) return std::nullopt;
  auto corners = ordered(quad);
  for (auto& corner : corners) corner *= 1.0 / scale;
  return corners;
}

// The paper's brightness: letters closed over by a disc wider than they are, then smoothed.
cv::Mat paperLight(const cv::Mat& grey) {
  const int reach = std::max(15, grey.cols / 40) | 1;
  cv::Mat paper;
  cv::morphologyEx(grey, paper, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(reach, reach)));
  cv::GaussianBlur(paper, paper, cv::Size(reach, reach), 0);
  return paper;
}

// The page as if lit evenly: each pixel against the paper's brightness around it.
cv::Mat evenlyLit(const cv::Mat& grey) {
  cv::Mat even;
  cv::divide(grey, paperLight(grey), even, 255.0);
  return even;
}

// A sheet squarely in the picture's axes is a scan with a dark border (ScanBorders whitens it);
// only a turned or foreshortened sheet is worth the resampling.
bool squareToThePicture(const std::array<cv::Point2f, 4>& c) {
  auto degreesOff = [](cv::Point2f from, cv::Point2f to, bool vertical) {
    const double dx = to.x - from.x, dy = to.y - from.y;
    return std::abs(std::atan2(vertical ? dx : dy, vertical ? dy : dx)) * 180 / CV_PI;
  };
  return degreesOff(c[0], c[1], false) < 1.0 && degreesOff(c[3], c[2], false) < 1.0 &&
         degreesOff(c[0], c[3], true) < 1.0 && degreesOff(c[1], c[2], true) < 1.0;
}

cv::Mat flattened(const cv::Mat& grey, const SheetCorners& sheet) {
  const std::array<cv::Point2f, 4> from = {cv::Point2f(static_cast<float>(sheet.x[0]), static_cast<float>(sheet.y[0])),
                                           cv::Point2f(static_cast<float>(sheet.x[1]), static_cast<float>(sheet.y[1])),
                                           cv::Point2f(static_cast<float>(sheet.x[2]), static_cast<float>(sheet.y[2])),
                                           cv::Point2f(static_cast<float>(sheet.x[3]), static_cast<float>(sheet.y[3]))};
  const float w = static_cast<float>(sheet.flatWidth), h = static_cast<float>(sheet.flatHeight);
  const std::array<cv::Point2f, 4> to = {cv::Point2f(0, 0), cv::Point2f(w, 0), cv::Point2f(w, h), cv::Point2f(0, h)};
  cv::Mat flat;
  cv::warpPerspective(grey, flat, cv::getPerspectiveTransform(from.data(), to.data()),
                      cv::Size(sheet.flatWidth, sheet.flatHeight), cv::INTER_CUBIC, cv::BORDER_REPLICATE);
  return evenlyLit(flat);
}

// A sheet photographed squarely still has the room's light on it: a lamp's falloff or the
// phone's shadow leaves part of it so grey that Tesseract's one threshold for the page reads
// nothing there (a photo read no word upright, and was then read turned). A scan's paper is
// lit evenly; a photocopy's grey background varies by less than this.
bool unevenlyLit(const cv::Mat& grey, const std::array<cv::Point2f, 4>& corners) {
  const double scale = std::min(1.0, 800.0 / std::max(grey.cols, grey.rows));
  cv::Mat small;
  cv::resize(grey, small, cv::Size(), scale, scale, cv::INTER_AREA);
  const cv::Mat paper = paperLight(small);
  // Inside the sheet, a twentieth of its size in from its edges.
  cv::Mat inside = cv::Mat::zeros(small.size(), CV_8UC1);
  std::vector<cv::Point> quad;
  for (const auto& corner : corners) quad.emplace_back(cv::Point2f(corner * scale));
  cv::fillConvexPoly(inside, quad, cv::Scalar(255));
  const int margin = std::max(3, std::min(small.cols, small.rows) / 20) | 1;
  cv::erode(inside, inside, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(margin, margin)));
  std::array<int, 256> histogram{};
  int count = 0;
  for (int y = 0; y < paper.rows; ++y)
    for (int x = 0; x < paper.cols; ++x)
      if (inside.at<uchar>(y, x)) ++histogram[paper.at<uchar>(y, x)], ++count;
  if (count == 0) return false;
  auto percentile = [&](double share) {
    int seen = 0;
    for (int level = 0; level < 256; ++level)
      if ((seen += histogram[static_cast<std::size_t>(level)]) >= share * count) return level;
    return 255;
  };
  constexpr int kUneven = 45;  // grey levels between the darkest and brightest twentieth of paper
  return percentile(0.95) - percentile(0.05) > kUneven;
}

}  // namespace

std::optional<FlatPage> flattenedPhoto(Pix* photo) {
  if (pixGetDepth(photo) != 8 || pixGetColormap(photo)) return std::nullopt;
  const cv::Mat grey = greyMat(photo);
  const auto corners = sheetIn(grey);
  if (!corners) return std::nullopt;
  if (squareToThePicture(*corners)) {
    if (!unevenlyLit(grey, *corners)) return std::nullopt;
    FlatPage page;  // the same pixels, only the light evened: nothing to undo for the viewer
    page.image = greyPix(evenlyLit(grey), static_cast<int>(pixGetXRes(photo)));
    return page;
  }
  const auto& c = *corners;
  double width = std::max(cv::norm(c[1] - c[0]), cv::norm(c[2] - c[3]));
  double height = std::max(cv::norm(c[3] - c[0]), cv::norm(c[2] - c[1]));
  // Near A4's proportions (√2), a sheet is taken to be A4; its width then gives the resolution.
  constexpr double kA4 = 1.41421356, kA4WidthInches = 210 / 25.4;
  if (std::abs(height / width - kA4) < 0.12 * kA4) height = width * kA4;
  if (std::abs(width / height - kA4) < 0.12 * kA4) width = height * kA4;
  double flatDpi = std::min(width, height) / kA4WidthInches;
  // Phones give sheets of 150–200 dpi; Tesseract reads small letters better enlarged.
  if (flatDpi < 200) {
    const double enlarge = 250 / flatDpi;
    width *= enlarge, height *= enlarge, flatDpi = 250;
  }
  FlatPage page;
  for (int i = 0; i < 4; ++i)
    page.sheet.x[i] = c[static_cast<std::size_t>(i)].x, page.sheet.y[i] = c[static_cast<std::size_t>(i)].y;
  page.sheet.flatWidth = static_cast<int>(std::lround(width));
  page.sheet.flatHeight = static_cast<int>(std::lround(height));
  page.dpi = static_cast<int>(std::lround(flatDpi));
  page.image = greyPix(flattened(grey, page.sheet), page.dpi);
  return page;
}

PixPtr flattenedAgain(Pix* photo, const SheetCorners& sheet) {
  PixPtr grey(pixGetDepth(photo) == 8 && !pixGetColormap(photo) ? pixClone(photo) : pixConvertTo8(photo, 0));
  if (!grey || !sheet.flattened()) return grey;
  return greyPix(flattened(greyMat(grey.get()), sheet), static_cast<int>(pixGetXRes(photo)));
}

}  // namespace sohoa::ocr
