#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>
#include <opencv2/imgproc.hpp>

#include "ocr/PixMat.hpp"
#include "ocr/PixPtr.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/reread/UnsureNumbers.hpp"

using namespace sohoa::ocr;

namespace {

// A certificate's `So: <number>` line printed at 300 dpi, and the words a first read gave it:
// the label, and the number with `confidence`, its box ending at `numberRight`.
struct NumberLine {
  cv::Mat image = cv::Mat(300, 1000, CV_8U, cv::Scalar(255));
  Page page;
  NumberLine(const std::string& printed, const std::string& read, int numberRight, float confidence) {
    cv::putText(image, "So:", {100, 180}, cv::FONT_HERSHEY_SIMPLEX, 1.6, 0, 3);
    cv::putText(image, printed, {230, 180}, cv::FONT_HERSHEY_SIMPLEX, 1.6, 0, 3);
    page.width = image.cols;
    page.height = image.rows;
    Line line{{100, 140, numberRight, 182},
              {{"Số:", {100, 140, 190, 182}, 0.95f}, {read, {230, 140, numberRight, 182}, confidence}}};
    page.blocks.push_back({line.box, {line}});
  }
  float confidence() const { return page.blocks[0].lines[0].words[1].confidence; }
};

DigitReader tesseractDigits() {
  static TesseractEngine engine{OcrSettings{}};
  return digitReaderOf(engine, 300);
}

}  // namespace

TEST_CASE("a printed number read unsurely is confirmed when read again alone the same", "[ocr][numbers]") {
  NumberLine line("192", "192", 330, 0.6f);
  PixPtr pix = greyPix(line.image);
  CHECK(confirmUnsureNumbers(pix.get(), line.page, tesseractDigits()) == 1);
  CHECK(line.confidence() >= 0.9f);
}

TEST_CASE("a number the first read cut short is not confirmed", "[ocr][numbers]") {
  // `58` printed, the first read saw only the 5: the re-read reaches to the line's end and reads 58.
  NumberLine line("58", "5", 262, 0.8f);
  PixPtr pix = greyPix(line.image);
  CHECK(confirmUnsureNumbers(pix.get(), line.page, tesseractDigits()) == 0);
  CHECK(line.confidence() == 0.8f);
}

TEST_CASE("a number read as other digits again stays unsure", "[ocr][numbers]") {
  NumberLine line("799", "74", 340, 0.48f);
  PixPtr pix = greyPix(line.image);
  CHECK(confirmUnsureNumbers(pix.get(), line.page, tesseractDigits()) == 0);
  CHECK(line.confidence() == 0.48f);
}

TEST_CASE("sure numbers and words without a label are not read again", "[ocr][numbers]") {
  int asked = 0;
  const DigitReader counting = [&](Pix*) {
    ++asked;
    return DigitText{"192", 0.99f};
  };
  NumberLine sure("192", "192", 330, 0.9f);
  PixPtr pix = greyPix(sure.image);
  CHECK(confirmUnsureNumbers(pix.get(), sure.page, counting) == 0);
  NumberLine unlabelled("192", "192", 330, 0.5f);
  unlabelled.page.blocks[0].lines[0].words[0].text = "Số";
  CHECK(confirmUnsureNumbers(pix.get(), unlabelled.page, counting) == 0);
  NumberLine letters("192", "l92", 330, 0.5f);
  CHECK(confirmUnsureNumbers(pix.get(), letters.page, counting) == 0);
  CHECK(asked == 0);
}
