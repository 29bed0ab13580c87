#include "viewer/masking/MaskedPageImage.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>

#include "ocr/engine/QrCodes.hpp"
#include "ocr/formats/JpegBytes.hpp"

namespace sohoa::viewer {
namespace {

void blackOut(Pix* image, int x0, int y0, int x1, int y1) {
  const int width = static_cast<int>(pixGetWidth(image)), height = static_cast<int>(pixGetHeight(image));
  x0 = std::clamp(x0, 0, width);
  x1 = std::clamp(x1, 0, width);
  y0 = std::clamp(y0, 0, height);
  y1 = std::clamp(y1, 0, height);
  if (x1 <= x0 || y1 <= y0) return;
  ::Box* box = boxCreate(x0, y0, x1 - x0, y1 - y0);
  // Black: no bits in grey and colour pictures, all bits in bilevel ones.
  if (pixGetDepth(image) == 1)
    pixSetInRect(image, box);
  else
    pixClearInRect(image, box);
  boxDestroy(&box);
}

// A code with a tenth of its size around it (its quiet zone, and a corner ZXing missed). A
// bar code's position is the line ZXing scanned across it: its bars are taken as a third
// of its width high, above and below that line.
void blackOutCode(Pix* image, const ocr::Box& box, double scale) {
  const int marginX = std::max(4, box.width() / 10);
  const int marginY = box.height() < box.width() / 4 ? box.width() / 3 : std::max(4, box.height() / 10);
  blackOut(image, static_cast<int>((box.x0 - marginX) * scale), static_cast<int>((box.y0 - marginY) * scale),
           static_cast<int>((box.x1 + marginX) * scale) + 1, static_cast<int>((box.y1 + marginY) * scale) + 1);
}

}  // namespace

std::vector<ocr::Box> maskedWordBoxes(const ocr::Page& page, const PersonalDataMask& mask) {
  std::vector<ocr::Box> boxes;
  bool valueFollows = false;
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines) {
      // The line's text as the page's text has it, each word's bytes in it.
      std::string text;
      std::vector<std::pair<std::size_t, std::size_t>> where;
      for (const auto& word : line.words) {
        if (!text.empty()) text += ' ';
        where.emplace_back(text.size(), text.size() + word.text.size());
        text += word.text;
      }
      const auto spans = mask.spansIn(text, valueFollows);
      for (std::size_t i = 0; i < line.words.size(); ++i)
        if (std::any_of(spans.begin(), spans.end(), [&](const MaskedSpan& span) {
              return span.begin < where[i].second && where[i].first < span.end;
            }))
          boxes.push_back(line.words[i].box);
    }
  return boxes;
}

std::string maskedPageImage(const std::string& jpeg, const ocr::Page& page, const std::vector<ocr::Box>& storedCodes,
                            const PersonalDataMask& mask) {
  ocr::PixPtr image = ocr::imageFromBytes(jpeg);
  if (!image || page.width <= 0) return {};
  if (pixGetColormap(image.get())) image.reset(pixRemoveColormap(image.get(), REMOVE_CMAP_BASED_ON_SRC));
  if (!image) return {};
  const double scale = static_cast<double>(pixGetWidth(image.get())) / page.width;
  for (const auto& box : maskedWordBoxes(page, mask))
    blackOut(image.get(), static_cast<int>((box.x0 - 2) * scale), static_cast<int>((box.y0 - 2) * scale),
             static_cast<int>((box.x1 + 2) * scale) + 1, static_cast<int>((box.y1 + 2) * scale) + 1);
  for (const auto& box : storedCodes) blackOutCode(image.get(), box, scale);
  // Again while anything is still read: a code can hide behind another one's box.
  for (int pass = 0; pass < 3; ++pass) {
    const auto codes = ocr::readAnyCodes(image.get());
    if (codes.empty()) break;
    for (const auto& found : codes) blackOutCode(image.get(), found.code.box, 1.0);
  }
  return ocr::jpegBytes(image.get());
}

}  // namespace sohoa::viewer
