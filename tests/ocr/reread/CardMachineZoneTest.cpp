#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include <leptonica/allheaders.h>

#include "ocr/ScanReading.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/reread/CardMachineZone.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::ocr;

// The zone of a card copy (seed 7321's sans-hand CĂN CƯỚC, batch-05 page 8) as the engine's MRZ
// reading gave it again: right but for the document number's first digit, read as the letter
// O. The first reading (`I1DVNM…`, line 2 `_.8798625M…`) held line 1's two checks and no more; a
// re-read that counted none of them for that O was never taken.
TEST_CASE("a zone's digit read as the letter it looks like still holds its checks", "[ocr][mrz]") {
  const std::vector<std::string> reRead{"IDVNMO870549298052087054929<<5", "8708025M2708023VNM<<<<<<<<<<<2",
                                        "QUACH<<THE<TUAN<<<<<<<<<<<<<<<"};
  CHECK(machineZoneChecksHeld(reRead) == 4);
  const std::vector<std::string> first{"I1DVNM0870549298052087054929<<5._-", "_.8798625M2798623VNM<<<<<<<<<<<2-",
                                       ":.QUACH<<THE<TUAN<<<<<<<<<<<<<<<"};
  CHECK(machineZoneChecksHeld(first) == 2);
  // A digit misread as another digit is no look-alike: the check fails.
  CHECK(machineZoneChecksHeld({"IDVNM0870549298052087054929<<5", "8798625M2798623VNM<<<<<<<<<<<2"}) == 2);
  CHECK(machineZoneChecksHeld({"IDVNM0870549298052087054920<<5"}) == 1);
}

// The same card read again with stop 53's zone cut: line 2 right now, line 1 spoilt (`…2986520878…`,
// two digits too many, the document number's check alone holding); the first reading's line 1
// held both its checks. Line by line, each from the reading where more of its checks hold.
TEST_CASE("a re-read zone keeps the first reading's line where more of that line's checks held", "[ocr][mrz]") {
  const std::vector<std::string> first{"IDVNM0870549298052087054929<<5", "_.8798625M2798623VNM<<<<<<<<<<<2",
                                       ".QUACH<<THE<TUAN<<<<<<<<<<<<<<<"};
  const std::vector<std::string> again{"IDVNMO8705492986520878054929<<5", "8708025M2708023VNM<<<<<<<<<<<2",
                                       "QUACH<<THE<TUAN<<<<<<<<<<<<<<<"};
  CHECK(machineZoneChecksHeld(first) == 2);
  CHECK(machineZoneChecksHeld(again) == 3);
  const auto merged = mergeZoneReadings(again, first);
  CHECK(merged == std::vector<std::string>{first[0], again[1], again[2]});
  CHECK(machineZoneChecksHeld(merged) == 4);
  // Where the re-read's lines hold as many checks, they stay.
  CHECK(mergeZoneReadings(first, first) == first);
  CHECK(mergeZoneReadings({first[0], again[1], again[2]}, again) ==
        std::vector<std::string>{first[0], again[1], again[2]});
}

// Seed 31's dev chứng thực (page 059, family sans-hand): the CĂN CƯỚC's front and back side by
// side, cut to the cards, grey at 300 dpi. The first reading spoilt the zone (`TDVNM…128942…`,
// `8292110M…`); read again from the zone's words alone, every line holds its checks, and the
// front's fields on the same rows stay.
TEST_CASE("a card copy's zone is read again from its own words and the front's fields beside it stay", "[ocr][mrz]") {
  sohoa::ocr::PixPtr image(pixRead((sohoa::test::formsDir() / "card-copy-zone-reread-grey.jpg").c_str()));
  REQUIRE(image);
  OcrSettings settings;
  TesseractEngine engine(settings);
  const std::string text = readScan(engine, image.get(), 300, settings).text();
  INFO(text);
  CHECK(text.find("IDVNM0821257128042082125712<<2") != std::string::npos);
  CHECK(text.find("8202110M4202112VNM<<<<<<<<<<<6") != std::string::npos);
  CHECK(text.find("TA<<NGOC<NGHIA<<<<") != std::string::npos);
  CHECK(text.find("Giới tính / Sex: Nam") != std::string::npos);
}
