#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "ocr/PixPtr.hpp"
#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;
using namespace sohoa::test;

namespace {

PixPtr signerUnderSeal() { return PixPtr(pixRead((formsDir() / "signer-under-seal-grey.png").c_str())); }

}  // namespace

TEST_CASE("a signer's name under the seal's rim is read whole from its dark ink", "[ocr][seal]") {
  PixPtr image = signerUnderSeal();
  REQUIRE(image);
  OcrSettings settings;
  TesseractEngine engine(settings);
  const Page page = readScan(engine, image.get(), 300, settings);
  INFO(page.text());
  CHECK(page.text().find("Châu Thị Thanh Oanh") != std::string::npos);

  OcrSettings asRead = settings;
  asRead.rereadCrossedLines = false;
  const Page first = readScan(engine, image.get(), 300, asRead);
  INFO(first.text());
  CHECK(first.text().find("Châu Thị Thanh Oanh") == std::string::npos);  // what the stage is for
}

TEST_CASE("a bilevel page has no lighter ink to drop: its lines stay as read", "[ocr][seal]") {
  PixPtr grey = signerUnderSeal();
  REQUIRE(grey);
  PixPtr bilevel(pixThresholdToBinary(grey.get(), 160));
  OcrSettings settings;
  TesseractEngine engine(settings);
  OcrSettings without = settings;
  without.rereadCrossedLines = false;
  CHECK(readScan(engine, bilevel.get(), 300, settings).text() == readScan(engine, bilevel.get(), 300, without).text());
}

TEST_CASE("under a darker seal the name is read from ink darker still", "[ocr][seal]") {
  // The seal's rim is grey 80–120 here: kept at the first depth, it joins the name's first word
  // (`"vv. Đặng Đức làn`, not sure); the next depth drops it.
  PixPtr image(pixRead((formsDir() / "signer-under-dark-seal-grey.png").c_str()));
  REQUIRE(image);
  OcrSettings settings;
  TesseractEngine engine(settings);
  const Page page = readScan(engine, image.get(), 200, settings);
  INFO(page.text());
  // The dot under the ặ is lost with the lighter ink (`Đăng`); the name's words are all there.
  CHECK(page.text().find("ng Đức An") != std::string::npos);
  // The missed-ink step reads the name too, from the page without the seal's rims: without both,
  // the first reading has it not.
  OcrSettings asRead = settings;
  asRead.rereadCrossedLines = false;
  asRead.rereadMissedInk = false;
  const Page first = readScan(engine, image.get(), 200, asRead);
  INFO(first.text());
  CHECK(first.text().find("Đức An") == std::string::npos);
}

TEST_CASE("a line a signature crosses is read again at the height of its print", "[ocr][seal]") {
  // The signature's stroke runs down through `chữ` and swells the line to four times its print's
  // height: read at that height, the stroke is read with the words (`(Ký, To n tên)`).
  PixPtr image(pixRead((formsDir() / "signing-hint-crossed-grey.png").c_str()));
  REQUIRE(image);
  OcrSettings settings;
  TesseractEngine engine(settings);
  const Page page = readScan(engine, image.get(), 300, settings);
  INFO(page.text());
  CHECK(page.text().find("(Ký, ghi rõ họ, chữ đệm, tên)") != std::string::npos);
  // The missed-ink step reads the line too (the stroke's word of symbols covers no ink): without
  // it, this step alone reads the line whole, and without both nothing does.
  OcrSettings crossedOnly = settings;
  crossedOnly.rereadMissedInk = false;
  const Page crossed = readScan(engine, image.get(), 300, crossedOnly);
  INFO(crossed.text());
  CHECK(crossed.text().find("(Ký, ghi rõ họ, chữ đệm, tên)") != std::string::npos);
  OcrSettings asRead = crossedOnly;
  asRead.rereadCrossedLines = false;
  const Page first = readScan(engine, image.get(), 300, asRead);
  INFO(first.text());
  CHECK(first.text().find("ghi rõ họ") == std::string::npos);  // what the stage is for
}
