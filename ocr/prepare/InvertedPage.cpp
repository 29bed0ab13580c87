#include "ocr/prepare/InvertedPage.hpp"

#include <leptonica/allheaders.h>

namespace sohoa::ocr {
namespace {

constexpr double kMostlyDark = 0.6;        // of the page's pixels
constexpr int kLetters = 12;               // light marks of a letter's size, at least
constexpr double kLargestLightMark = 0.2;  // of the page's area: the paper of an open-lid scan is larger

}  // namespace

bool looksInverted(Pix* page) {
  const int depth = pixGetDepth(page);
  PixPtr dark(depth == 1 ? pixClone(page) : nullptr);
  if (!dark) {
    PixPtr grey(depth == 8 && !pixGetColormap(page) ? pixClone(page) : pixConvertTo8(page, 0));
    if (!grey) return false;
    dark.reset(pixThresholdToBinary(grey.get(), 128));
  }
  if (!dark) return false;
  const double width = pixGetWidth(page), height = pixGetHeight(page), area = width * height;
  l_int32 darkPixels = 0;
  pixCountPixels(dark.get(), &darkPixels, nullptr);
  if (darkPixels < kMostlyDark * area) return false;
  PixPtr light(pixInvert(nullptr, dark.get()));
  if (!light) return false;
  Boxa* marks = pixConnCompBB(light.get(), 8);
  if (!marks) return false;
  int letters = 0;
  bool paper = false;
  for (l_int32 i = 0; i < boxaGetCount(marks); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(marks, i, &x, &y, &w, &h);
    if (static_cast<double>(w) * h > kLargestLightMark * area) paper = true;
    if (h >= 6 && h <= 0.05 * height && w <= 0.2 * width) ++letters;
  }
  boxaDestroy(&marks);
  return !paper && letters >= kLetters;
}

PixPtr turnedPositive(Pix* page) {
  if (pixGetColormap(page) || !looksInverted(page)) return nullptr;
  return PixPtr(pixInvert(nullptr, page));
}

}  // namespace sohoa::ocr
