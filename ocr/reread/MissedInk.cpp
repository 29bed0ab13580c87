#include "ocr/reread/MissedInk.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>

#include "ocr/prepare/InkImage.hpp"
#include "ocr/text/NoiseWords.hpp"

namespace sohoa::ocr {
namespace {

int letterHeightOf(const Page& page, int dpi) {
  std::vector<Word> words;
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines) words.insert(words.end(), line.words.begin(), line.words.end());
  if (words.size() >= 5) return std::max(medianHeight(words), 8);
  return static_cast<int>((dpi > 0 ? dpi : 300) * 3.5 / 25.4);  // 13 pt text, ascenders to descenders
}

// Pieces of ink the size of letters or of a few joined ones.
PixPtr letterSized(Pix* ink, int letterHeight) {
  l_int32 changed = 0;
  PixPtr tallEnough(
      pixSelectBySize(ink, 0, std::max(3, letterHeight / 4), 8, L_SELECT_HEIGHT, L_SELECT_IF_GTE, &changed));
  if (!tallEnough) return nullptr;
  return PixPtr(pixSelectBySize(tallEnough.get(), letterHeight * 5, letterHeight * 2, 8, L_SELECT_IF_BOTH,
                                L_SELECT_IF_LTE, &changed));
}

// Where the words are, grown by a quarter of a letter height for marks above and below. A noise
// word read over a signature and the print it crosses covers nothing: it goes in the end.
PixPtr wordsMask(const Page& page, int width, int height, int letterHeight) {
  PixPtr mask(pixCreate(width, height, 1));
  const int grow = letterHeight / 4;
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words) {
        if (isNoiseWord(word)) continue;
        ::Box* box = boxCreate(word.box.x0 - grow / 2, word.box.y0 - grow, word.box.width() + grow,
                               word.box.height() + 2 * grow);
        pixSetInRect(mask.get(), box);
        boxDestroy(&box);
      }
  return mask;
}

int pixelsOf(Pix* pix) {
  l_int32 count = 0;
  pixCountPixels(pix, &count, nullptr);
  return count;
}

// Missed ink joined along its line into boxes, most ink first.
std::vector<Box> placesOf(Pix* missed, int letterHeight) {
  l_int32 changed = 0;
  PixPtr pieces(
      pixSelectBySize(missed, 0, std::max(3, letterHeight / 4), 8, L_SELECT_HEIGHT, L_SELECT_IF_GTE, &changed));
  if (!pieces) return {};
  PixPtr joined(pixCloseBrick(nullptr, pieces.get(), letterHeight + letterHeight / 2, 1));
  BOXA* boxes = pixConnCompBB(joined.get(), 8);
  std::vector<std::pair<int, Box>> found;
  for (l_int32 i = 0; i < boxaGetCount(boxes); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    if (w < letterHeight) continue;  // a lone letter's worth: a speck, a stroke of a signature
    ::Box* box = boxCreate(x, y, w, h);
    l_int32 ink = 0;
    pixCountPixelsInRect(pieces.get(), box, &ink, nullptr);
    boxDestroy(&box);
    found.push_back({ink, {x, y, x + w, y + h}});
  }
  boxaDestroy(&boxes);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<Box> places;
  for (const auto& [ink, box] : found) places.push_back(box);
  return places;
}

}  // namespace

MissedInk findMissedInk(Pix* image, const Page& page, int dpi) {
  MissedInk result;
  result.letterHeight = letterHeightOf(page, dpi);
  PixPtr ink = inkImage(image);
  if (!ink) return result;
  PixPtr text = letterSized(ink.get(), result.letterHeight);
  if (!text) return result;
  const int all = pixelsOf(text.get());
  if (all == 0) return result;
  PixPtr mask = wordsMask(page, static_cast<int>(pixGetWidth(text.get())), static_cast<int>(pixGetHeight(text.get())),
                          result.letterHeight);
  PixPtr missed(pixSubtract(nullptr, text.get(), mask.get()));
  if (!missed) return result;
  result.share = static_cast<double>(pixelsOf(missed.get())) / all;
  result.places = placesOf(missed.get(), result.letterHeight);
  return result;
}

}  // namespace sohoa::ocr
