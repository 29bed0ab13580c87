#include <catch2/catch.hpp>

#include "indexer/store/PageWords.hpp"

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

TEST_CASE("a word read from handwriting stays marked through the store, and older rows read as print", "[indexer]") {
  ocr::Page page;
  ocr::Word number{"84", {60, 80, 100, 110}, 0.91f, ocr::WordSource::Handwriting};
  page.blocks = {{{}, {{{}, {{"Số:", {10, 80, 40, 100}, 0.96f}, number, {"/QĐ-UBND", {110, 80, 300, 100}, 0.9f}}}}}};
  ocr::Page back;
  indexer::decodePageWords(indexer::encodePageWords(page), back);
  REQUIRE(back.blocks.at(0).lines.at(0).words.size() == 3);
  CHECK(back.text() == "Số: 84 /QĐ-UBND\n");
  CHECK(back.blocks[0].lines[0].words[1].source == ocr::WordSource::Handwriting);
  CHECK(back.blocks[0].lines[0].words[1].confidence == Approx(0.91f));
  CHECK(back.blocks[0].lines[0].words[2].source == ocr::WordSource::Print);

  ocr::Page old;
  indexer::decodePageWords("0 0 10 80 40 100 96 Số:\n0 0 60 80 100 110 40 h4\n", old);
  CHECK(old.text() == "Số: h4\n");
  CHECK(old.blocks[0].lines[0].words[1].source == ocr::WordSource::Print);
}
