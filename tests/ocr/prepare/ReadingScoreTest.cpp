#include <catch2/catch.hpp>

#include "ocr/prepare/ReadingScore.hpp"

using sohoa::ocr::Page;

namespace {

// One line of words, each `width` by `height` pixels, read with `confidence`.
Page pageOf(const std::vector<std::string>& words, int width, int height, float confidence = 0.8f) {
  Page page;
  page.blocks.emplace_back();
  page.blocks.back().lines.emplace_back();
  auto& line = page.blocks.back().lines.back();
  int x = 0;
  for (const auto& text : words) {
    line.words.push_back({text, {x, 0, x + width, height}, confidence});
    x += width + 10;
  }
  return page;
}

}  // namespace

TEST_CASE("upright words of letters or of digits outscore the shards of a page read upside down",
          "[ocr][orientation]") {
  const Page upright = pageOf({"CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "Số:", "15/QĐ-UBND", "2024"}, 120, 40);
  // The same ink turned over: Tesseract still gives words, with marks and digits inside them.
  const Page turned = pageOf({"ꓘ'IHƆ", "ɐ,ÌH", "ỹ7X", "IỘ'H", "ɥ'N)", "VIH9N", ":9S", "QNBՈ-Ɑ'Ò/SI", "tz0z"}, 120, 40);
  CHECK(sohoa::ocr::readingScore(upright) > 3 * sohoa::ocr::readingScore(turned));
  // Confidence weighs: the same words read less surely score less.
  CHECK(sohoa::ocr::readingScore(pageOf({"CỘNG", "HÒA"}, 120, 40, 0.4f)) <
        sohoa::ocr::readingScore(pageOf({"CỘNG", "HÒA"}, 120, 40, 0.8f)));
}

TEST_CASE("a page whose long words stand taller than wide lies on its side and scores less", "[ocr][orientation]") {
  const std::vector<std::string> words = {"QUYẾT", "ĐỊNH", "Chủ", "tịch", "UBND"};
  const Page lying = pageOf(words, 40, 160);
  const Page upright = pageOf(words, 160, 40);
  CHECK(sohoa::ocr::mostWordsStandUp(lying));
  CHECK_FALSE(sohoa::ocr::mostWordsStandUp(upright));
  CHECK(sohoa::ocr::readingScore(lying) < sohoa::ocr::readingScore(upright) / 3);
  CHECK_FALSE(sohoa::ocr::mostWordsStandUp(Page{}));
}

TEST_CASE("a card's machine-readable zone read upright settles its orientation", "[ocr][orientation]") {
  const Page card = pageOf({"IDVNM0790930123079093012345<<8"}, 900, 40, 0.5f);
  const Page prose = pageOf({"CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM"}, 120, 40, 0.95f);
  CHECK(sohoa::ocr::readingScore(card) > sohoa::ocr::readingScore(prose));
}
