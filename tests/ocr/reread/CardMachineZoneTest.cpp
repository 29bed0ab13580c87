#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ocr/reread/CardMachineZone.hpp"

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
