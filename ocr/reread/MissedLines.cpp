#include "ocr/reread/MissedLines.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>

#include "ocr/PixPtr.hpp"
#include "ocr/prepare/ReadingScore.hpp"
#include "ocr/reread/CropReading.hpp"
#include "ocr/reread/MissedInk.hpp"
#include "ocr/reread/SealRings.hpp"
#include "ocr/text/NoiseWords.hpp"

namespace sohoa::ocr {
namespace {

// At most this many places are read again on a page: each costs a line recognition.
constexpr std::size_t kMostPlaces = 40;
// Words read again are kept from this confidence on (Tesseract's, in [0, 1]).
constexpr float kKeptFrom = 0.5f;

// The place cut out of the page with a margin, the words already read in it whitened.
PixPtr cutOut(Pix* image, const Box& place, const Page& page, int letterHeight, Box& cut) {
  const int w = static_cast<int>(pixGetWidth(image)), h = static_cast<int>(pixGetHeight(image));
  cut = {std::max(0, place.x0 - letterHeight / 2), std::max(0, place.y0 - letterHeight / 3),
         std::min(w, place.x1 + letterHeight / 2), std::min(h, place.y1 + letterHeight / 3)};
  PixPtr crop = cutFrom(image, cut);
  if (!crop) return nullptr;
  const bool bilevel = pixGetDepth(crop.get()) == 1;
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words) {
        if (word.box.x1 <= cut.x0 || word.box.x0 >= cut.x1 || word.box.y1 <= cut.y0 || word.box.y0 >= cut.y1) continue;
        if (isNoiseWord(word)) continue;  // over a signature and the print it crosses: no reading
        ::Box* inside = boxCreate(word.box.x0 - cut.x0, word.box.y0 - cut.y0, word.box.width(), word.box.height());
        if (bilevel)
          pixClearInRect(crop.get(), inside);
        else
          pixSetInRect(crop.get(), inside);
        boxDestroy(&inside);
      }
  return crop;
}

// Small print (an ID card's) read better enlarged to letters about 40 pixels tall.
double enlargement(int letterHeight) { return std::clamp(40.0 / std::max(letterHeight, 1), 1.0, 4.0); }

bool isWord(const Word& word) {
  Page one;
  one.blocks.push_back({word.box, {{word.box, {word}}}});
  return word.confidence >= kKeptFrom && readingScore(one) > 0;
}

// The words of a line read again that are words and were not read before.
std::vector<Word> newWords(const Line& line, const Page& page) {
  std::vector<Word> kept;
  for (const Word& word : line.words) {
    bool readBefore = false;
    for (const auto& b : page.blocks)
      for (const auto& l : b.lines)
        for (const auto& w : l.words) readBefore = readBefore || (!isNoiseWord(w) && overlapsMostly(w.box, word.box));
    if (!readBefore && isWord(word)) kept.push_back(word);
  }
  return kept;
}

bool onOneBaseline(const Box& a, const Box& b) { return sharedRows(a, b) * 5 > std::min(a.height(), b.height()) * 3; }

// The new words join a line on their baseline close enough to read on from; otherwise they
// become a block of their own before the first block below them that shares their columns.
void placeOnPage(std::vector<Word> words, Page& page, int letterHeight) {
  const Box around = wordsBox(words);
  for (auto& block : page.blocks)
    for (auto& line : block.lines) {
      const bool near = around.x0 <= line.box.x1 + 6 * letterHeight && around.x1 >= line.box.x0 - 6 * letterHeight;
      if (!near) continue;
      // The rows of the line's words within reach, not its box: a signature's stroke through
      // `(Ký, ghi rõ họ, …)` swelled that line's box over the line above, and `Làm tại: …` was read
      // into it; `TRẢ` belongs with `VÀ … KẾT QUẢ` beside it, not with the date that line was
      // joined to. With no word within reach the box stands (a header's `XÃ TÂY THUẬN` joins the
      // date beside it, to be cut at the gutter).
      Line within;
      for (const auto& word : line.words)
        if (word.box.x1 >= around.x0 - 6 * letterHeight && word.box.x0 <= around.x1 + 6 * letterHeight)
          within.words.push_back(word);
      if (!onOneBaseline(within.words.empty() ? line.box : wordRows(within), around)) continue;
      line.words.insert(line.words.end(), words.begin(), words.end());
      std::sort(line.words.begin(), line.words.end(), [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
      line.box = line.box.united(around);
      block.box = block.box.united(around);
      return;
    }
  auto before = std::find_if(page.blocks.begin(), page.blocks.end(), [&](const Block& block) {
    return block.box.y0 > around.y0 && block.box.x0 < around.x1 && block.box.x1 > around.x0;
  });
  page.blocks.insert(before, Block{around, {Line{around, std::move(words)}}});
}

// The place's lines read from `image`, the words not read before put on the page.
void readPlace(OcrEngine& engine, Pix* image, int dpi, const Box& place, int letterHeight, Page& page) {
  const double scale = enlargement(letterHeight);
  Box cut;
  PixPtr crop = cutOut(image, place, page, letterHeight, cut);
  if (!crop) return;
  if (scale > 1.05) {
    PixPtr grey(pixGetDepth(crop.get()) == 8 ? pixClone(crop.get()) : pixConvertTo8(crop.get(), 0));
    crop.reset(pixScale(grey.get(), static_cast<float>(scale), static_cast<float>(scale)));
  }
  const Layout layout = place.height() > 2 * letterHeight ? Layout::Block : Layout::Line;
  for (const auto& line : linesReadIn(engine, crop.get(), static_cast<int>(dpi * scale), layout, cut, scale))
    if (auto words = newWords(line, page); !words.empty()) placeOnPage(std::move(words), page, letterHeight);
}

}  // namespace

void readMissedLines(OcrEngine& engine, Pix* image, int dpi, Page& page) {
  const MissedInk missed = findMissedInk(image, page, dpi);
  const std::size_t tried = std::min(missed.places.size(), kMostPlaces);
  for (std::size_t i = 0; i < tried; ++i) readPlace(engine, image, dpi, missed.places[i], missed.letterHeight, page);
  if (tried == 0) {
    page.uncoveredInk = missed.share;
    return;
  }
  // A place read in part leaves the rest of its ink unread, and what spoilt that reading was
  // often at one end (a seal's letters before `HIỆN CHỨNG THỰC`, read `HN`): the rest, cut
  // tighter, is read once more. A place read not at all is the same place again: left.
  const MissedInk left = findMissedInk(image, page, dpi);
  bool readAgain = false;
  for (const Box& place : left.places) {
    const long area = static_cast<long>(place.width()) * place.height();
    const bool restOfOne = std::any_of(
        missed.places.begin(), missed.places.begin() + static_cast<std::ptrdiff_t>(tried), [&](const Box& before) {
          const long was = static_cast<long>(before.width()) * before.height();
          return sharedArea(place, before) * 10 >= area * 9 && area * 5 < was * 4;
        });
    if (!restOfOne) continue;
    readPlace(engine, image, dpi, place, left.letterHeight, page);
    readAgain = true;
  }
  page.uncoveredInk = readAgain ? findMissedInk(image, page, dpi).share : left.share;
}

void readMissedUnderSeals(OcrEngine& engine, Pix* image, int dpi, Page& page) {
  const auto seals = findSeals(image, dpi);
  if (seals.empty()) return;
  const PixPtr rimless = withoutSealRims(image, seals);
  const MissedInk missed = findMissedInk(rimless.get(), page, dpi);
  for (std::size_t i = 0; i < std::min(missed.places.size(), kMostPlaces); ++i) {
    const Box& place = missed.places[i];
    const bool underSeal =
        std::any_of(seals.begin(), seals.end(), [&](const Seal& seal) { return sharedArea(seal.box, place) > 0; });
    if (underSeal) readPlace(engine, rimless.get(), dpi, place, missed.letterHeight, page);
  }
  // The share of unread ink stays measured on the page as scanned: the seal's own letters,
  // freed from its rims, are no text to read.
  if (page.uncoveredInk >= 0) page.uncoveredInk = findMissedInk(image, page, dpi).share;
}

}  // namespace sohoa::ocr
