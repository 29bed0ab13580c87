#include <catch2/catch.hpp>

#include "ocr/PageModel.hpp"

using namespace sohoa::ocr;

TEST_CASE("a page's text joins words by spaces, lines by newlines and blocks by a blank line", "[ocr]") {
  Page page;
  page.blocks = {{{}, {{{}, {{"UBND", {0, 0, 10, 5}, 0.9f}, {"XÃ", {12, 0, 20, 5}, 0.5f}}}}},
                 {{}, {{{}, {{"Số:", {0, 10, 8, 15}, 1.0f}}}, {{}, {{"15/KH-UBND", {0, 20, 30, 25}, 0.7f}}}}}};
  CHECK(page.text() == "UBND XÃ\n\nSố:\n15/KH-UBND\n");
  CHECK(page.wordCount() == 4);
}

TEST_CASE("mean confidence weighs words by their length", "[ocr]") {
  Page page;
  CHECK(page.meanConfidence() == 0);
  page.blocks = {{{}, {{{}, {{"a", {}, 0.0f}, {"bbb", {}, 1.0f}}}}}};
  CHECK(page.meanConfidence() == Approx(0.75));
}

TEST_CASE("boxes unite to the smallest box holding both, ignoring empty ones", "[ocr]") {
  const Box a{10, 20, 30, 40}, b{5, 25, 50, 35};
  CHECK(a.united(b) == Box{5, 20, 50, 40});
  CHECK(Box{}.united(a) == a);
  CHECK(a.united(Box{}) == a);
}
