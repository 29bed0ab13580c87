#include <leptonica/allheaders.h>

#include <array>
#include <catch2/catch.hpp>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "ocr/PixMat.hpp"
#include "ocr/prepare/PaperPhoto.hpp"
#include "ocr/prepare/SheetCorners.hpp"
#include "tests/support/TestSupport.hpp"

using sohoa::ocr::PixPtr;

namespace {

// A real page of the samples (200 dpi grey), "photographed": laid turned and foreshortened on a
// dark desk, lit from the left so its right side is in shadow.
struct Photo {
  PixPtr image;
  std::array<cv::Point2f, 4> corners;  // where the page's corners fell
  cv::Mat pageToPhoto;
  int pageWidth = 0, pageHeight = 0;
};

Photo photographed() {
  PixPtr scan(pixRead((sohoa::test::scansDir() / "to-khai/trang-2.png").c_str()));
  REQUIRE(scan);
  PixPtr grey(pixConvertTo8(scan.get(), 0));
  const cv::Mat page = sohoa::ocr::greyMat(grey.get());
  Photo photo;
  photo.pageWidth = page.cols, photo.pageHeight = page.rows;
  const float w = static_cast<float>(page.cols), h = static_cast<float>(page.rows);
  photo.corners = {cv::Point2f(0.16f * w, 0.10f * h), cv::Point2f(0.98f * w, 0.06f * h),
                   cv::Point2f(1.06f * w, 0.96f * h), cv::Point2f(0.08f * w, 1.02f * h)};
  const std::array<cv::Point2f, 4> pageCorners = {cv::Point2f(0, 0), cv::Point2f(w, 0), cv::Point2f(w, h),
                                                  cv::Point2f(0, h)};
  photo.pageToPhoto = cv::getPerspectiveTransform(pageCorners.data(), photo.corners.data());
  const cv::Size desk(static_cast<int>(1.2f * w), static_cast<int>(1.12f * h));
  cv::Mat shot;
  cv::warpPerspective(page, shot, photo.pageToPhoto, desk, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(70));
  for (int y = 0; y < shot.rows; ++y)
    for (int x = 0; x < shot.cols; ++x) {
      const double light = 1.0 - 0.35 * x / shot.cols;  // the lamp on the left
      auto& pixel = shot.at<std::uint8_t>(y, x);
      pixel = static_cast<std::uint8_t>(pixel * light);
    }
  photo.image = sohoa::ocr::greyPix(shot);
  return photo;
}

double meanOf(Pix* grey, int x, int y, int w, int h) {
  double sum = 0;
  for (int j = y; j < y + h; ++j)
    for (int i = x; i < x + w; ++i) {
      l_uint32 value = 0;
      pixGetPixel(grey, i, j, &value);
      sum += value;
    }
  return sum / (static_cast<double>(w) * h);
}

}  // namespace

TEST_CASE("a photographed sheet is found by its corners, flattened to A4 and evenly lit", "[ocr][photo]") {
  const Photo photo = photographed();
  const auto flat = sohoa::ocr::flattenedPhoto(photo.image.get());
  REQUIRE(flat);
  // Each corner found within 1.5 % of the photo's width of where the page's corner fell.
  const double tolerance = 0.015 * pixGetWidth(photo.image.get());
  for (int i = 0; i < 4; ++i) {
    INFO("corner " << i);
    CHECK(std::hypot(flat->sheet.x[i] - photo.corners[static_cast<std::size_t>(i)].x,
                     flat->sheet.y[i] - photo.corners[static_cast<std::size_t>(i)].y) < tolerance);
  }
  // A sheet near A4's proportions is taken for A4, and read at no less than 200 dpi.
  const int width = static_cast<int>(pixGetWidth(flat->image.get())),
            height = static_cast<int>(pixGetHeight(flat->image.get()));
  CHECK(std::abs(static_cast<double>(height) / width - std::sqrt(2.0)) < 0.01);
  CHECK(flat->dpi >= 200);
  CHECK(pixGetXRes(flat->image.get()) == flat->dpi);
  // The shadow is divided out: the paper of the page's right margin is as light as its left one
  // (in the photo it is 20 % darker).
  const double left = meanOf(flat->image.get(), width / 50, height / 3, width / 30, height / 6);
  const double right = meanOf(flat->image.get(), width - width / 50 - width / 30, height / 3, width / 30, height / 6);
  CHECK(left > 200);
  CHECK(std::abs(left - right) < 12);
}

TEST_CASE("a point of the flat page maps back onto the photo where the page's point lies", "[ocr][photo]") {
  const Photo photo = photographed();
  const auto flat = sohoa::ocr::flattenedPhoto(photo.image.get());
  REQUIRE(flat);
  const auto& sheet = flat->sheet;
  for (const auto& [u, v] :
       std::array<std::pair<double, double>, 4>{{{0.5, 0.5}, {0.2, 0.8}, {0.9, 0.1}, {0.0, 0.0}}}) {
    double photoX = 0, photoY = 0;
    sheet.onPhoto(u * sheet.flatWidth, v * sheet.flatHeight, photoX, photoY);
    std::vector<cv::Point2f> expected;
    cv::perspectiveTransform(std::vector<cv::Point2f>{cv::Point2f(static_cast<float>(u * photo.pageWidth),
                                                                  static_cast<float>(v * photo.pageHeight))},
                             expected, photo.pageToPhoto);
    INFO("u " << u << " v " << v);
    CHECK(std::hypot(photoX - expected[0].x, photoY - expected[0].y) < 0.02 * pixGetWidth(photo.image.get()));
  }
  // As stored (hOCR, the store) and read back, the corners and size are the same.
  const auto again = sohoa::ocr::SheetCorners::fromText(sheet.text());
  CHECK(again.flatWidth == sheet.flatWidth);
  CHECK(again.flatHeight == sheet.flatHeight);
  for (int i = 0; i < 4; ++i) CHECK(std::abs(again.x[i] - sheet.x[i]) < 0.01);
  CHECK_FALSE(sohoa::ocr::SheetCorners::fromText("12 34").flattened());
  // The same photo and corners give the same flat page again (previews, older stores).
  const PixPtr redone = sohoa::ocr::flattenedAgain(photo.image.get(), sheet);
  CHECK(pixGetWidth(redone.get()) == pixGetWidth(flat->image.get()));
  CHECK(pixGetHeight(redone.get()) == pixGetHeight(flat->image.get()));
}

TEST_CASE("a scan, a square dark-bordered scan and a blank picture are no photos", "[ocr][photo]") {
  PixPtr scan(pixRead((sohoa::test::scansDir() / "to-khai/trang-2.png").c_str()));
  REQUIRE(scan);
  PixPtr grey(pixConvertTo8(scan.get(), 0));
  CHECK_FALSE(sohoa::ocr::flattenedPhoto(grey.get()));
  // The page squarely on a dark platen: ScanBorders' work, not worth resampling.
  const int width = static_cast<int>(pixGetWidth(grey.get())), height = static_cast<int>(pixGetHeight(grey.get()));
  PixPtr platen(pixCreate(width + 300, height + 300, 8));
  pixSetAllArbitrary(platen.get(), 60);
  pixRasterop(platen.get(), 150, 150, width, height, PIX_SRC, grey.get(), 0, 0);
  CHECK_FALSE(sohoa::ocr::flattenedPhoto(platen.get()));
  PixPtr blank(pixCreate(1200, 1700, 8));
  pixSetAllArbitrary(blank.get(), 235);
  CHECK_FALSE(sohoa::ocr::flattenedPhoto(blank.get()));
}
