#include "ocr/reread/CardReread.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>

#include "ocr/PixPtr.hpp"
#include "ocr/prepare/ReadingScore.hpp"
#include "ocr/reread/CropReading.hpp"
#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

// Letters read well at about this height; a card's small print is half of it.
constexpr double kReadableLetterHeight = 30;
// A card's line read again replaces the page's words on its rows when it scores this much more
constexpr double kClearlyBetter = 1.15;
// and reads as a line at all: this score at least.
constexpr double kLeastLine = 3;
// At a line's ends, a word read this unsurely with fewer letters than this is a mark beside the
// print (`ko AE — Nơi đăng ký`, `… 18/04/2022 Z2`): the photo's edge, the emblem, a fingerprint.
constexpr float kSureEnough = 0.5f;
constexpr int kLettersOfAWord = 4;

bool isMarkBeside(const Word& word) {
  return word.confidence < kSureEnough && lettersAndDigits(word.text) < kLettersOfAWord;
}

void dropMarksAtEnds(std::vector<Word>& words) {
  while (!words.empty() && (isShard(words.front()) || isMarkBeside(words.front()))) words.erase(words.begin());
  while (!words.empty() && (isShard(words.back()) || isMarkBeside(words.back()))) words.pop_back();
}

bool centreIn(const Box& word, const Box& area) {
  const int x = (word.x0 + word.x1) / 2, y = (word.y0 + word.y1) / 2;
  return x >= area.x0 && x < area.x1 && y >= area.y0 && y < area.y1;
}

double scoreOf(const std::vector<Word>& words) {
  Page one;
  one.blocks.push_back({{}, {Line{{}, words}}});
  return readingScore(one);
}

double meanConfidence(const std::vector<Word>& words) {
  double sum = 0;
  for (const auto& word : words) sum += word.confidence;
  return words.empty() ? 0 : sum / static_cast<double>(words.size());
}

bool onRowsOf(const Box& word, const Box& rows) {
  return sharedRows(word, rows) * 5 > std::min(word.height(), rows.height()) * 3 && word.x1 > rows.x0 &&
         word.x0 < rows.x1;
}

// A line read from the card takes the place of the page's words on its rows when it reads
// clearly better (the page's line garbled or cut short), where the first of them was.
void mergeLine(Page& page, const Box& card, Line line) {
  line.box = wordsBox(line.words);
  const Box rows = wordRows(line);  // a tall mark in the line swells its box over the next
  // On a card lying askew a line's end words stand off its middle rows: theirs are found by
  // their boxes.
  auto replaced = [&](const Word& word) {
    return centreIn(word.box, card) &&
           (onRowsOf(word.box, rows) || std::any_of(line.words.begin(), line.words.end(), [&](const Word& again) {
              return overlapsMostly(word.box, again.box);
            }));
  };
  std::vector<Word> was;
  std::size_t atBlock = page.blocks.size(), atLine = 0;
  for (std::size_t b = 0; b < page.blocks.size(); ++b)
    for (std::size_t l = 0; l < page.blocks[b].lines.size(); ++l)
      for (const auto& word : page.blocks[b].lines[l].words)
        if (replaced(word)) {
          if (was.empty()) atBlock = b, atLine = l;
          was.push_back(word);
        }
  // A line the page did not read at all is left to ocr/reread/MissedLines: added from here it
  // was as often the emblem's or a fingerprint's marks read as words as a line of print.
  if (was.empty()) return;
  const double before = scoreOf(was), now = scoreOf(line.words);
  const bool better =
      now >= kLeastLine && now > before * kClearlyBetter && meanConfidence(line.words) >= meanConfidence(was);
  if (!better) return;
  for (auto& block : page.blocks)
    for (auto& l : block.lines) std::erase_if(l.words, replaced);
  auto& lines = page.blocks[atBlock].lines;
  lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(atLine), line);
  page.blocks[atBlock].box = page.blocks[atBlock].box.united(line.box);
  for (auto& block : page.blocks) std::erase_if(block.lines, [](const Line& l) { return l.words.empty(); });
  std::erase_if(page.blocks, [](const Block& block) { return block.lines.empty(); });
}

}  // namespace

void rereadCards(OcrEngine& engine, Pix* image, int dpi, Page& page, const std::vector<Box>& cards) {
  for (const Box& card : cards) {
    const int edge = card.height() / 40;  // the outline and rounded corners are no letters
    const Box within{card.x0 + edge, card.y0 + edge, card.x1 - edge, card.y1 - edge};
    std::vector<Word> words;
    for (const auto& block : page.blocks)
      for (const auto& line : block.lines)
        for (const auto& word : line.words)
          if (centreIn(word.box, within)) words.push_back(word);
    const int letterHeight = words.size() >= 5 ? medianHeight(words) : std::max(8, card.height() / 40);
    const double scale = std::clamp(kReadableLetterHeight / letterHeight, 1.0, 3.0);
    PixPtr crop = cutFrom(image, within);
    if (!crop) continue;
    if (scale > 1.05) {
      PixPtr grey(pixGetDepth(crop.get()) == 8 ? pixClone(crop.get()) : pixConvertTo8(crop.get(), 0));
      crop.reset(pixScale(grey.get(), static_cast<float>(scale), static_cast<float>(scale)));
    }
    std::vector<Line> again =
        linesReadIn(engine, crop.get(), static_cast<int>(dpi * scale), Layout::Block, within, scale);
    for (auto& line : again) dropMarksAtEnds(line.words);
    std::erase_if(again, [](const Line& line) { return line.words.empty(); });
    for (auto& line : again) mergeLine(page, within, std::move(line));
  }
}

}  // namespace sohoa::ocr
