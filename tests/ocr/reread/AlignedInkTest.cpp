#include <catch2/catch.hpp>
#include <opencv2/imgproc.hpp>

#include "ocr/PixMat.hpp"
#include "ocr/reread/AlignedInk.hpp"

using namespace sohoa::ocr;

namespace {

int inkIn(const cv::Mat& image, const cv::Mat& mask) {
  cv::Mat ink = image < 128;
  cv::Mat both;
  cv::bitwise_and(ink, mask, both);
  return cv::countNonZero(both);
}

}  // namespace

TEST_CASE("a line's own ink is kept and what stands off its baseline is dropped", "[ocr][seal]") {
  // A signer's line as cut from the page at (1000, 2000): the name, a tone mark over its `a`, one of
  // the seal's letters under its start, a loose stroke of the signature over its middle.
  cv::Mat name(120, 700, CV_8U, cv::Scalar(0)), mark = name.clone(), sealLetter = name.clone(), stroke = name.clone();
  cv::putText(name, "Tran Van Khanh", {60, 80}, cv::FONT_HERSHEY_SIMPLEX, 1.6, 255, 4);
  cv::line(mark, {115, 46}, {127, 36}, 255, 4);
  cv::putText(sealLetter, "N", {8, 112}, cv::FONT_HERSHEY_SIMPLEX, 0.7, 255, 2);
  cv::line(stroke, {300, 4}, {380, 24}, 255, 2);
  cv::Mat line(name.size(), CV_8U, cv::Scalar(255));
  for (const cv::Mat* ink : {&name, &mark, &sealLetter, &stroke}) line.setTo(0, *ink);
  const PixPtr dark = greyPix(line);
  const sohoa::ocr::Box cut{1000, 2000, 1700, 2120};
  // `Khanh`, read surely, shows the band between baseline and x-height.
  const std::vector<sohoa::ocr::Box> sure{{1000 + 400, 2000 + 40, 1000 + 600, 2000 + 82}};

  const PixPtr kept = alignedInk(dark.get(), cut, sure);
  REQUIRE(kept);
  const cv::Mat out = greyMat(kept.get());
  CHECK(inkIn(out, name) == inkIn(line, name));
  CHECK(inkIn(out, mark) == inkIn(line, mark));
  CHECK(inkIn(out, sealLetter) == 0);
  CHECK(inkIn(out, stroke) == 0);

  // No word read surely: no band to keep to.
  CHECK_FALSE(alignedInk(dark.get(), cut, {}));
}
