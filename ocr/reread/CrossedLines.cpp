#include "ocr/reread/CrossedLines.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "ocr/PixPtr.hpp"
#include "ocr/reread/AlignedInk.hpp"
#include "ocr/reread/CropReading.hpp"
#include "ocr/reread/SealRings.hpp"

namespace sohoa::ocr {
namespace {

// Lines looked at: below the header, where a signing block may stand (mid-page on a short certificate).
constexpr double kFromHeight = 0.3;
constexpr std::size_t kMostLines = 4;
// A line is doubted when a word reads under this. The new reading must reach kSure on every
// word, keep every word read before, and read more letters or read its least sure word kBetter.
constexpr float kDoubted = 0.6f;
constexpr float kSure = 0.7f;
constexpr float kBetter = 0.1f;
// Print is near black on a grey scan; a seal's red or a pencil's grey is lighter: red ink comes
// out at 50–110 in grey (a photocopied seal darkest), toner at 10–40. The line is read with the ink under the first
// depth kept, then, while no reading is sure of every word, under the next, which drops more of a darker seal's rim
// (its letters joined to the name's) and thins the print less than the last. A depth that keeps nearly the same ink as
// the one before would read the same.
constexpr l_int32 kDarkDepths[] = {96, 80, 64, 48};
constexpr float kSureOfAll = 0.9f;
constexpr double kSameInk = 0.97;
// A line this many times as tall as its surely read words is swollen by a stroke across it.
constexpr int kSwollen = 2;

float leastConfidence(const std::vector<Word>& words) {
  float least = 1;
  for (const auto& word : words) least = std::min(least, word.confidence);
  return least;
}

std::size_t letters(const std::vector<Word>& words) {
  std::size_t count = 0;
  for (const auto& word : words) count += word.text.size();
  return count;
}

bool hasLetters(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c < 0; });
}

// Most of the line's height is shared: a stricter test than MissedLines' (which joins words
// to a line), since here a word on it is read again with the line.
bool onOneBaseline(const Box& a, const Box& b) { return sharedRows(a, b) * 5 > std::min(a.height(), b.height()) * 4; }

// Most of `a` lies inside `b`.
bool mostlyInside(const Box& a, const Box& b) {
  return 2 * sharedArea(a, b) > static_cast<long>(a.width()) * a.height();
}

// Where the line may reach to each side: a few letters' width, not into words read surely on
// another baseline beside it (the list of recipients left of a signing block). A piece of the
// crossed line read apart (`CỊ` for the `Ch` of Châu) shares its baseline and is read again with it.
// The seal's rim hides the name's first word mostly, but its star and the signature's stroke
// can hide the last (`Đỗ Đình` for Đỗ Đình Khoa).
bool besideOnAnotherBaseline(const Word& word, const Line& line) {
  return sharedRows(word.box, line.box) > 0 && word.confidence >= kDoubted && !onOneBaseline(word.box, line.box);
}

int leftReach(const Page& page, const Line& line) {
  const int h = line.box.height();
  int reach = std::max(0, line.box.x0 - 8 * h);
  for (const auto& block : page.blocks)
    for (const auto& other : block.lines)
      for (const auto& word : other.words)
        if (word.box.x1 <= line.box.x0 && besideOnAnotherBaseline(word, line))
          reach = std::max(reach, word.box.x1 + h / 4);
  return std::min(reach, line.box.x0);
}

int rightReach(const Page& page, const Line& line, int pageWidth) {
  const int h = line.box.height();
  int reach = std::min(pageWidth, line.box.x1 + 8 * h);
  for (const auto& block : page.blocks)
    for (const auto& other : block.lines)
      for (const auto& word : other.words)
        if (word.box.x0 >= line.box.x1 && besideOnAnotherBaseline(word, line))
          reach = std::min(reach, word.box.x0 - h / 4);
  return std::max(reach, line.box.x1);
}

// The line's place widened to each side, with only ink darker than `depth`, black on white.
PixPtr darkInkOf(Pix* image, const Page& page, const Line& line, l_int32 depth, Box& cut) {
  const int h = line.box.height();
  const int width = static_cast<int>(pixGetWidth(image)), height = static_cast<int>(pixGetHeight(image));
  cut = {leftReach(page, line), std::max(0, line.box.y0 - h / 4), rightReach(page, line, width),
         std::min(height, line.box.y1 + h / 4)};
  PixPtr crop = cutFrom(image, cut);
  if (!crop) return nullptr;
  PixPtr grey(pixConvertTo8(crop.get(), 0));
  PixPtr dark(pixThresholdToBinary(grey.get(), depth));
  return dark ? PixPtr(pixConvertTo8(dark.get(), 0)) : nullptr;
}

l_int32 darkPixels(Pix* dark) {
  PixPtr bits(pixConvertTo1(dark, 128));
  l_int32 count = 0;
  pixCountPixels(bits.get(), &count, nullptr);
  return count;
}

// Dark ink on the line's band that none of its words covers, about a letter's worth or more:
// a word the crossing hid, before the line or between its words. Ink further right than a
// letter past the line (a signature's tail, a box's wall) does not make a line worth reading again.
bool inkUnread(Pix* dark, const Box& cut, const Line& line) {
  const int h = line.box.height();
  BOX* band = boxCreate(0, line.box.y0 - cut.y0, std::min(cut.width(), line.box.x1 + h - cut.x0), h);
  PixPtr region(pixClipRectangle(dark, band, nullptr));
  boxDestroy(&band);
  if (!region) return false;
  PixPtr bits(pixConvertTo1(region.get(), 128));
  for (const auto& word : line.words) {
    BOX* box = boxCreate(word.box.x0 - cut.x0, 0, word.box.width(), h);
    pixClearInRect(bits.get(), box);
    boxDestroy(&box);
  }
  l_int32 black = 0;
  pixCountPixels(bits.get(), &black, nullptr);
  return black > h * h / 8;  // a letter covers about a fifth of its h × 0.6h box
}

// Columns of `a` that `b` lies over, on the same line (a word's box swollen by the seal's ink over
// it is taller than the word read again in dark ink).
int columnsOver(const Box& a, const Box& b) {
  return sharedRows(a, b) > 0 ? std::max(0, std::min(a.x1, b.x1) - std::max(a.x0, b.x0)) : 0;
}

// Every word of the old reading is in the new one: its place read anew (`'CHâu` read `Châu`, the
// same word again, or a word a crossing stroke swelled read as the words it hid); nothing read
// before is lost.
bool accountsFor(const std::vector<Word>& read, const std::vector<Word>& old) {
  return std::all_of(old.begin(), old.end(), [&](const Word& before) {
    int covered = 0;
    for (const auto& now : read) covered += columnsOver(before.box, now.box);
    return 2 * covered > before.box.width();
  });
}

// Words of other lines that the lines read again cover (pieces of a line read apart) are dropped.
void dropPieces(Page& page, const std::vector<const Line*>& reread) {
  if (reread.empty()) return;
  std::vector<Box> read;
  for (const Line* line : reread)
    for (const auto& word : line->words) read.push_back(word.box);
  for (auto& block : page.blocks)
    for (auto& line : block.lines) {
      if (std::find(reread.begin(), reread.end(), &line) != reread.end()) continue;
      std::erase_if(line.words, [&](const Word& word) {
        return std::any_of(read.begin(), read.end(), [&](const Box& box) { return mostlyInside(word.box, box); });
      });
    }
  for (auto& block : page.blocks) std::erase_if(block.lines, [](const Line& line) { return line.words.empty(); });
  std::erase_if(page.blocks, [](const Block& block) { return block.lines.empty(); });
}

// The line read from its dark ink `dark` (cut from the page at `cut`), when that reading is sure,
// keeps every word read before, and reads more letters or its least sure word better.
std::optional<std::vector<Word>> readAgain(OcrEngine& engine, Pix* dark, int dpi, const Box& cut, const Line& line) {
  std::vector<Word> words = wordsOf(linesReadIn(engine, dark, dpi, Layout::Line, cut));
  dropEdgeShards(words);
  const bool sure =
      !words.empty() && std::all_of(words.begin(), words.end(), [](const Word& w) { return w.confidence >= kSure; });
  const bool surer = leastConfidence(words) >= leastConfidence(line.words) + kBetter;
  const bool more = letters(words) > letters(line.words) &&
                    std::all_of(words.begin(), words.end(), [](const Word& w) { return hasLetters(w.text); });
  if (!sure || !accountsFor(words, line.words) || !(surer || more)) return std::nullopt;
  return words;
}

// The line as its print stands: a stroke across it (a signature's, a seal's) swells the boxes of
// the words it crosses, and the line's, to its own height, and a cut of that height reads the
// stroke with the print (`(Ký, To n tên)`: 158 pixels tall for 42 of print). Where the words read
// surely stand much lower than the line, the line is taken at their height.
Line atPrintHeight(const Line& line) {
  std::optional<Box> print;
  for (const auto& word : line.words)
    if (word.confidence >= kSure) print = print ? print->united(word.box) : word.box;
  if (!print || line.box.height() < kSwollen * print->height()) return line;
  Line band = line;
  band.box.y0 = print->y0;
  band.box.y1 = print->y1;
  return band;
}

// The seal whose rim the line's place crosses, if any.
const Seal* sealOver(const std::vector<Seal>& seals, const Box& cut) {
  for (const auto& seal : seals)
    if (sharedArea(seal.box, cut) > 0) return &seal;
  return nullptr;
}

}  // namespace

void rereadCrossedLines(OcrEngine& engine, Pix* image, int dpi, Page& page) {
  const bool bilevel = pixGetDepth(image) < 8;  // no lighter ink to drop: only a seal's rim can go
  std::optional<std::vector<Seal>> seals;       // looked for when a line is first doubted
  PixPtr rimless;
  std::size_t tried = 0;
  std::vector<const Line*> reread;
  // From the bottom up: the signing block first, should the page have many doubted lines.
  for (auto block = page.blocks.rbegin(); block != page.blocks.rend(); ++block)
    for (auto line = block->lines.rbegin(); line != block->lines.rend(); ++line) {
      if (tried >= kMostLines) break;
      if (line->words.empty() || line->box.y0 < kFromHeight * page.height) continue;
      const bool doubted =
          std::any_of(line->words.begin(), line->words.end(), [](const Word& w) { return w.confidence < kDoubted; });
      const Line print = atPrintHeight(*line);
      Box cut;
      PixPtr dark = darkInkOf(image, page, print, kDarkDepths[0], cut);
      if (!dark || !(doubted || inkUnread(dark.get(), cut, print))) continue;
      ++tried;
      std::optional<std::vector<Word>> best;
      l_int32 inkBefore = 0;
      for (const l_int32 depth : kDarkDepths) {
        if (bilevel) break;
        if (depth != kDarkDepths[0]) dark = darkInkOf(image, page, print, depth, cut);
        if (!dark) break;
        const l_int32 ink = darkPixels(dark.get());
        if (depth != kDarkDepths[0] && ink >= kSameInk * inkBefore) continue;
        inkBefore = ink;
        auto words = readAgain(engine, dark.get(), dpi, cut, print);
        if (words && (!best || leastConfidence(*words) > leastConfidence(*best))) best = std::move(words);
        if (best && leastConfidence(*best) >= kSureOfAll) break;
      }
      // A rim as dark as the print: the line read again with the seal's rims whitened; still unsure,
      // from its own ink there, without the seal's letters and the loose strokes that do not stand
      // on its baseline (AlignedInk).
      if (!best || leastConfidence(*best) < kSureOfAll) {
        if (!seals) seals = findSeals(image, dpi);
        if (!seals->empty() && !rimless) rimless = withoutSealRims(image, *seals);
        PixPtr clean =
            rimless && sealOver(*seals, cut) ? darkInkOf(rimless.get(), page, print, kDarkDepths[0], cut) : nullptr;
        if (clean)
          if (auto words = readAgain(engine, clean.get(), dpi, cut, print))
            if (!best || leastConfidence(*words) > leastConfidence(*best)) best = std::move(words);
        std::vector<Box> sure;
        for (const auto& word : print.words)
          if (word.confidence >= kSureOfAll) sure.push_back(word.box);
        if (clean && (!best || leastConfidence(*best) < kSureOfAll))
          if (PixPtr aligned = alignedInk(clean.get(), cut, sure))
            if (auto words = readAgain(engine, aligned.get(), dpi, cut, print))
              if (!best || leastConfidence(*words) > leastConfidence(*best)) best = std::move(words);
      }
      if (!best) continue;
      line->words = std::move(*best);
      for (const auto& word : line->words) line->box = line->box.united(word.box);
      block->box = block->box.united(line->box);
      reread.push_back(&*line);
    }
  dropPieces(page, reread);
}

}  // namespace sohoa::ocr
