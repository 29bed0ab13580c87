#include <catch2/catch.hpp>

#include "indexer/PageWords.hpp"

using namespace sohoa;

TEST_CASE("a page's words survive the store's encoding with their blocks, lines and boxes", "[indexer]") {
  ocr::Page page;
  page.blocks = {{{}, {{{}, {{"CỘNG", {10, 20, 90, 50}, 0.93f}, {"HÒA", {95, 20, 150, 50}, 0.88f}}}}},
                 {{}, {{{}, {{"Số:", {10, 80, 40, 100}, 1.0f}}}, {{}, {{"15/KH-UBND", {10, 120, 200, 150}, 0.5f}}}}}};
  ocr::Page back;
  indexer::decodePageWords(indexer::encodePageWords(page), back);
  CHECK(back.text() == page.text());
  REQUIRE(back.blocks.size() == 2);
  REQUIRE(back.blocks[1].lines.size() == 2);
  CHECK(back.blocks[0].lines[0].words[1].box == ocr::Box{95, 20, 150, 50});
  CHECK(back.blocks[0].lines[0].words[0].confidence == Approx(0.93f));
  CHECK(back.blocks[0].box == ocr::Box{10, 20, 150, 50});
}
