#include "ocr/ColourInkDropout.hpp"

#include <leptonica/allheaders.h>

namespace sohoa::ocr {

PixPtr greyWithoutColourInk(Pix* image) {
  if (pixGetDepth(image) != 32) return PixPtr(pixGetDepth(image) == 8 ? pixClone(image) : pixConvertTo8(image, 0));
  const int width = static_cast<int>(pixGetWidth(image)), height = static_cast<int>(pixGetHeight(image));
  PixPtr grey(pixCreate(width, height, 8));
  pixCopyResolution(grey.get(), image);
  // A seal's red stands 60 levels above green and blue even through JPEG's colour blur;
  // paper tints and blue or black ink never do. Where the seal covers black text the red
  // is dark (below 190): that stays, as the text it is.
  constexpr int kRedMargin = 60;
  constexpr int kBrightRed = 190;
  // Blue ballpoint: blue well above red and green (navy-black print ink is not).
  constexpr int kBlueOverRed = 70, kBlueOverGreen = 50;
  const l_uint32* source = pixGetData(image);
  l_uint32* target = pixGetData(grey.get());
  const int sourceWords = pixGetWpl(image), targetWords = pixGetWpl(grey.get());
  for (int y = 0; y < height; ++y) {
    const l_uint32* in = source + static_cast<std::ptrdiff_t>(y) * sourceWords;
    l_uint32* out = target + static_cast<std::ptrdiff_t>(y) * targetWords;
    for (int x = 0; x < width; ++x) {
      l_int32 r = 0, g = 0, b = 0;
      extractRGBValues(in[x], &r, &g, &b);
      const bool red = r > kBrightRed && r - g > kRedMargin && r - b > kRedMargin;
      const bool blue = b - r > kBlueOverRed && b - g > kBlueOverGreen;
      const int luminance = red || blue ? 255 : (77 * r + 150 * g + 29 * b) >> 8;
      SET_DATA_BYTE(out, x, luminance);
    }
  }
  return grey;
}

}  // namespace sohoa::ocr
