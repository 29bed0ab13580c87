#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "ocr/PixMat.hpp"

using namespace sohoa::ocr;

TEST_CASE("a page copied between Leptonica and OpenCV keeps every pixel in its place", "[ocr][pixmat]") {
  // An odd width, so rows end inside a 32-bit word, and values that tell each pixel apart.
  const int width = 13, height = 5;
  PixPtr pix(pixCreate(width, height, 8));
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) pixSetPixel(pix.get(), x, y, static_cast<l_uint32>(y * 40 + x));
  const cv::Mat mat = greyMat(pix.get());
  REQUIRE(mat.rows == height);
  REQUIRE(mat.cols == width);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) CHECK(mat.at<uchar>(y, x) == y * 40 + x);
  const PixPtr back = greyPix(mat, 300);
  REQUIRE(back);
  CHECK(pixGetXRes(back.get()) == 300);
  l_int32 same = 0;
  pixEqual(pix.get(), back.get(), &same);
  CHECK(same == 1);
}

TEST_CASE("a bilevel page comes out black on white in grey", "[ocr][pixmat]") {
  PixPtr bits(pixCreate(9, 3, 1));
  pixSetPixel(bits.get(), 4, 1, 1);  // one black pixel
  const cv::Mat mat = greyMat(bits.get());
  CHECK(mat.at<uchar>(1, 4) == 0);
  CHECK(mat.at<uchar>(1, 3) == 255);
  CHECK(mat.at<uchar>(0, 4) == 255);
}
