#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "ocr/text/NoiseWords.hpp"
#include "tests/ocr/LaidOutLines.hpp"

using namespace sohoa::ocr;

namespace {

// A block of one line of (word, confidence) pairs, as Tesseract read them.
Block blockOf(const std::vector<std::pair<std::string, float>>& words, WordSource source = WordSource::Print) {
  Line line;
  int x = 100;
  for (const auto& [text, confidence] : words) {
    line.words.push_back({text, {x, 100, x + 40, 130}, confidence, source});
    x += 50;
  }
  line.box = {100, 100, x, 130};
  return {line.box, {line}};
}

}  // namespace

TEST_CASE("a card's emblem and specks read as symbols go and printed punctuation stays", "[ocr][text]") {
  // As sohoa read seed 31's grey CĂN CƯỚC copy: the back's emblem and fingerprints beside BỘ CÔNG AN.
  Page page;
  page.blocks.push_back(blockOf({{"Giới", 0.97f}, {"tính", 0.97f}, {"/", 0.93f}, {"Sex:", 0.93f}, {"Nữ", 0.97f}}));
  page.blocks.push_back(blockOf({{"(GÌ", 0.22f}}));
  page.blocks.push_back(blockOf({{"\\", 0.0f}, {"Z7", 0.0f}, {"/Ú)", 0.0f}}));
  page.blocks.push_back(blockOf({{"BỘ", 0.97f}, {"CÔNG", 0.93f}, {"AN", 0.93f}, {"`", 0.05f}}));
  page.blocks.push_back(blockOf({{"¬", 0.3f}, {"——", 0.4f}}));
  page.blocks.push_back(blockOf({{"Ngày", 0.96f}, {"14/10", 0.5f}, {"-", 0.2f}, {"/2025", 0.9f}}));
  CHECK(dropNoiseWords(page) == 6);
  // `\ Z7 /Ú)` keeps `Z7`: a word with a digit may be a number OCR half read.
  CHECK(sohoa::test::linesText(page) == "Giới tính / Sex: Nữ\nZ7 /Ú)\nBỘ CÔNG AN\nNgày 14/10 /2025\n");
}

TEST_CASE("words read unsurely that hold letters or digits or were read by the digit classifier stay", "[ocr][text]") {
  Page page;
  page.blocks.push_back(blockOf({{"Đa", 0.4f}, {"hu", 0.3f}, {"Yến", 0.5f}}));  // a name under a seal
  page.blocks.push_back(blockOf({{"7", 0.3f}}, WordSource::Handwriting));
  page.blocks.push_back(blockOf({{"26", 0.2f}}));
  const std::string before = sohoa::test::linesText(page);
  CHECK(dropNoiseWords(page) == 0);
  CHECK(sohoa::test::linesText(page) == before);
}
