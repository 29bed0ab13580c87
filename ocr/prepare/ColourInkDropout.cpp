#include "ocr/prepare/ColourInkDropout.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>

namespace sohoa::ocr {

PixPtr greyWithoutColourInk(Pix* image) {
  if (pixGetDepth(image) != 32) return PixPtr(pixGetDepth(image) == 8 ? pixClone(image) : pixConvertTo8(image, 0));
  const int width = static_cast<int>(pixGetWidth(image)), height = static_cast<int>(pixGetHeight(image));
  PixPtr grey(pixCreate(width, height, 8));
  pixCopyResolution(grey.get(), image);
  // A seal's red stands well above green and blue and is bright: red over 150, 25 levels
  // above both (measured on red seals over text, 300 dpi JPEG: 0.1 % CER left on the text
  // around the seal, against 6 % with a stricter 190/60 that left the seal's pale JPEG
  // fringes, which Tesseract reads as lines and letters). Where the seal covers black text
  // the mix is dark: that stays, as the text it is. Paper tints are never that red.
  constexpr int kRedOver = 25;
  constexpr int kBrightRed = 150;
  // The pale fringe JPEG leaves around the seal's strokes, within 2 pixels of them, goes too.
  constexpr int kPaleFringe = 140;
  PixPtr colourInk(pixCreate(width, height, 1));
  const l_uint32* source = pixGetData(image);
  l_uint32* target = pixGetData(grey.get());
  l_uint32* inkBits = pixGetData(colourInk.get());
  const int sourceWords = pixGetWpl(image), targetWords = pixGetWpl(grey.get()), inkWords = pixGetWpl(colourInk.get());
  for (int y = 0; y < height; ++y) {
    const l_uint32* in = source + static_cast<std::ptrdiff_t>(y) * sourceWords;
    l_uint32* out = target + static_cast<std::ptrdiff_t>(y) * targetWords;
    l_uint32* ink = inkBits + static_cast<std::ptrdiff_t>(y) * inkWords;
    for (int x = 0; x < width; ++x) {
      l_int32 r = 0, g = 0, b = 0;
      extractRGBValues(in[x], &r, &g, &b);
      const bool red = r > kBrightRed && r - std::max(g, b) > kRedOver;
      if (red) SET_DATA_BIT(ink, x);
      SET_DATA_BYTE(out, x, red ? 255 : (77 * r + 150 * g + 29 * b) >> 8);
    }
  }
  PixPtr nearInk(pixDilateBrick(nullptr, colourInk.get(), 5, 5));
  if (!nearInk) return grey;
  const l_uint32* nearBits = pixGetData(nearInk.get());
  const int nearWords = pixGetWpl(nearInk.get());
  for (int y = 0; y < height; ++y) {
    l_uint32* out = target + static_cast<std::ptrdiff_t>(y) * targetWords;
    const l_uint32* near = nearBits + static_cast<std::ptrdiff_t>(y) * nearWords;
    for (int x = 0; x < width; ++x)
      if (GET_DATA_BIT(near, x) && GET_DATA_BYTE(out, x) > kPaleFringe) SET_DATA_BYTE(out, x, 255);
  }
  return grey;
}

}  // namespace sohoa::ocr
