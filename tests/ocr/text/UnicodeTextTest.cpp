#include <catch2/catch.hpp>

#include "ocr/text/UnicodeText.hpp"

using sohoa::ocr::toNfc;

TEST_CASE("decomposed Vietnamese is composed to NFC", "[ocr][unicode]") {
  // "tiếng" typed as e + circumflex + acute, as in the Nghị định 30/2020 Word file.
  const std::string decomposed = "ti\x65\xcc\x82\xcc\x81ng";
  CHECK(decomposed != "tiếng");
  CHECK(toNfc(decomposed) == "tiếng");
  CHECK(toNfc("đường Đà Nẵng") == "đường Đà Nẵng");
  CHECK(toNfc("") == "");
}
