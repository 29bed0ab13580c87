#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>
#include <cmath>

#include "ocr/prepare/PageOrientation.hpp"
#include "tests/support/TestSupport.hpp"

using sohoa::ocr::PixPtr;

TEST_CASE("a page skewed by up to 10 degrees either way is straightened to within 0.3 degrees", "[ocr][deskew]") {
  PixPtr scan(pixRead((sohoa::test::scansDir() / "to-khai/trang-2.png").c_str()));
  REQUIRE(scan);
  PixPtr page(pixConvertTo8(scan.get(), 0));
  constexpr double kRadiansPerDegree = 3.14159265358979323846 / 180.0;
  for (double skew : {-9.5, -6.0, -2.5, -0.8, 0.7, 1.6, 4.0, 9.8}) {
    INFO("skewed by " << skew << " degrees");
    PixPtr skewed(
        pixRotate(page.get(), static_cast<float>(skew * kRadiansPerDegree), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    const auto straightened = sohoa::ocr::deskew(skewed.get());
    CHECK(straightened.image);
    if (!straightened.image) continue;
    CHECK(std::abs(std::abs(straightened.angle) - std::abs(skew)) < 0.3);
    // What is left on the straightened page, as Leptonica measures it.
    PixPtr ink(pixThresholdToBinary(straightened.image.get(), 130));
    l_float32 left = 0, confidence = 0;
    REQUIRE(pixFindSkew(ink.get(), &left, &confidence) == 0);
    CHECK(std::abs(left) < 0.3);
  }
  // A page within 0.3 degrees of straight is left as it is.
  PixPtr almost(
      pixRotate(page.get(), static_cast<float>(0.15 * kRadiansPerDegree), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
  CHECK_FALSE(sohoa::ocr::deskew(almost.get()).image);
}
