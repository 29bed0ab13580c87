#include "ocr/prepare/BlankPage.hpp"

#include <leptonica/allheaders.h>

namespace sohoa::ocr {

bool isBlankPage(Pix* page, int dpi) {
  const int depth = pixGetDepth(page);
  PixPtr ink(depth == 1 ? pixClone(page) : nullptr);
  if (!ink) {
    PixPtr grey(depth == 8 ? pixClone(page) : pixConvertTo8(page, 0));
    if (!grey) return false;
    ink.reset(pixThresholdToBinary(grey.get(), 128));
  }
  if (!ink) return false;
  // The smallest letters of a document stand 1.5 mm tall (8 pt capitals are 2 mm); dust,
  // paper grain and JPEG specks stay under that.
  const int letterHeight = static_cast<int>((dpi > 0 ? dpi : 300) * 1.5 / 25.4);
  l_int32 changed = 0;
  PixPtr marks(pixSelectBySize(ink.get(), 0, letterHeight, 8, L_SELECT_HEIGHT, L_SELECT_IF_GTE, &changed));
  if (!marks) return false;
  l_int32 markPixels = 0, allPixels = 0;
  pixCountPixels(marks.get(), &markPixels, nullptr);
  pixCountPixels(ink.get(), &allPixels, nullptr);
  const double area = static_cast<double>(pixGetWidth(page)) * pixGetHeight(page);
  return markPixels == 0 && allPixels < 0.0005 * area;
}

}  // namespace sohoa::ocr
