#include <leptonica/allheaders.h>

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <catch2/catch.hpp>
#include <opencv2/imgproc.hpp>
#include <string>

#include "ocr/PixMat.hpp"
#include "ocr/engine/QrCodes.hpp"

using namespace sohoa::ocr;

namespace {

const std::string kPayload =
    "MaHoSo:000.14.22.H08-251022-1006|MaTTHC:1.000656|SoDinhDanh:052196481767|TenGiayTo:TRÍCH LỤC KHAI TỬ";
constexpr int kModule = 6;  // pixels a module: a 150 dpi print of a 25 mm code
constexpr int kLeft = 900, kTop = 60;

// A 150 dpi A4 page with the platform's QR code at its top right, as results carry it.
cv::Mat pageWithCode(int& side) {
  const ZXing::BitMatrix bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                    .setEncoding(ZXing::CharacterSet::UTF8)
                                    .setMargin(0)
                                    .encode(kPayload, 1, 1);
  const auto modules = ZXing::ToMatrix<std::uint8_t>(bits);
  cv::Mat code(modules.height(), modules.width(), CV_8UC1);
  for (int y = 0; y < modules.height(); ++y)
    for (int x = 0; x < modules.width(); ++x) code.at<std::uint8_t>(y, x) = modules.get(x, y);
  cv::resize(code, code, cv::Size(), kModule, kModule, cv::INTER_NEAREST);
  side = code.cols;
  cv::Mat page(1754, 1240, CV_8UC1, cv::Scalar(235));  // paper, a little grey
  code.copyTo(page(cv::Rect(kLeft, kTop, code.cols, code.rows)));
  return page;
}

// Letters printed over the finder whose centre is (x, y), coming from beside the code: a long
// national motto's last letters from its left, a note's first from its right.
void overprint(cv::Mat& page, int x, int y, bool fromLeft) {
  const cv::Point start = fromLeft ? cv::Point(x - 150, y + 20) : cv::Point(x - 20, y + 20);
  cv::putText(page, fromLeft ? "NAM" : "MAT", start, cv::FONT_HERSHEY_DUPLEX, 2.2, cv::Scalar(20), 7);
}

bool readsPayload(const std::vector<ScannedCode>& codes) { return codes.size() == 1 && codes[0].code.text == kPayload; }

}  // namespace

TEST_CASE("QrCodes reads a result's code whose finder pattern a heading's letters spoil", "[qr]") {
  int side = 0;
  cv::Mat page = pageWithCode(side);
  const int near = static_cast<int>(3.5 * kModule), far = side - near;
  const auto [cornerX, cornerY] = GENERATE_COPY(table<int, int>({{near, far}, {near, near}, {far, near}}));
  overprint(page, kLeft + cornerX, kTop + cornerY, cornerX == near);
  const PixPtr scan = greyPix(page, 150);
  INFO("finder at " << cornerX << "," << cornerY);
  // The spoilt finder is real: the decoder alone finds no code.
  REQUIRE(readAnyCodes(scan.get()).empty());
  const auto codes = readQrCodes(scan.get());
  REQUIRE(readsPayload(codes));
  const sohoa::ocr::Box& box = codes[0].code.box;
  CHECK(box.x0 >= kLeft - kModule);
  CHECK(box.x1 <= kLeft + side + kModule);
  CHECK(box.y0 >= kTop - kModule);
  CHECK(box.y1 <= kTop + side + kModule);

  SECTION("and on a page scanned turned a quarter") {
    const PixPtr turned(pixRotateOrth(scan.get(), 1));
    REQUIRE(readAnyCodes(turned.get()).empty());
    const auto found = readQrCodes(turned.get());
    REQUIRE(readsPayload(found));
    CHECK(found[0].rotation % 180 == 90);
  }
}

TEST_CASE("QrCodes draws no code from finder patterns alone", "[qr]") {
  int side = 0;
  const cv::Mat page = pageWithCode(side);
  // The code's modules gone, two or three of its finders kept: nothing to read, nothing made up.
  const int corner = 8 * kModule;  // a finder and its white separator
  const auto kept = GENERATE(2, 3);
  cv::Mat finders = page.clone();
  finders(cv::Rect(kLeft, kTop, side, side)).setTo(235);
  const std::vector<cv::Rect> corners = {cv::Rect(kLeft, kTop, corner, corner),
                                         cv::Rect(kLeft + side - corner, kTop, corner, corner),
                                         cv::Rect(kLeft, kTop + side - corner, corner, corner)};
  for (int k = 0; k < kept; ++k)
    page(corners[static_cast<std::size_t>(k)]).copyTo(finders(corners[static_cast<std::size_t>(k)]));
  const PixPtr scan = greyPix(finders, 150);
  CHECK(readQrCodes(scan.get()).empty());
}

TEST_CASE("QrCodes mends a code the sheet's edge cuts into from the page as scanned", "[qr]") {
  int side = 0;
  const cv::Mat page = pageWithCode(side);
  // The sheet shifted right in the scanner: the code's last module column, the top right
  // finder's edge with it, is off the scan.
  const int kept = kLeft + side - kModule;
  const cv::Mat scanned = page(cv::Rect(0, 0, kept, page.rows)).clone();
  const PixPtr scan = greyPix(scanned, 150);
  REQUIRE(readAnyCodes(scan.get()).empty());
  // The border step whitens ink touching the sheet's edge: the code's right part is gone from
  // the cleaned page, and only the page as scanned still shows it.
  cv::Mat cleanedMat = scanned.clone();
  cleanedMat(cv::Rect(kept - 10 * kModule, kTop, 10 * kModule, side)).setTo(235);
  const PixPtr cleaned = greyPix(cleanedMat, 150);
  CHECK(readQrCodes(cleaned.get()).empty());
  CHECK(readsPayload(readQrCodes(cleaned.get(), scan.get())));
}
