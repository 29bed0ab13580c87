#include "ocr/prepare/ScanBorders.hpp"

#include <leptonica/allheaders.h>

namespace sohoa::ocr {
namespace {

struct BoxaDeleter {
  void operator()(Boxa* boxes) const { boxaDestroy(&boxes); }
};
struct PixaDeleter {
  void operator()(Pixa* pixes) const { pixaDestroy(&pixes); }
};

// Punch holes: solid, round-ish, 4–12 mm across, in the outer eighth of the width.
void addPunchHoles(Pix* ink, Pix* mask, int dpi) {
  Pixa* parts = nullptr;
  std::unique_ptr<Boxa, BoxaDeleter> boxes(pixConnComp(ink, &parts, 8));
  std::unique_ptr<Pixa, PixaDeleter> pieces(parts);
  if (!boxes) return;
  const double pixelsPerMm = dpi / 25.4;
  const int width = static_cast<int>(pixGetWidth(ink));
  for (int i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h);
    const bool holeSized = w >= 4 * pixelsPerMm && w <= 12 * pixelsPerMm && h >= 4 * pixelsPerMm &&
                           h <= 12 * pixelsPerMm && w < 1.4 * h && h < 1.4 * w;
    const bool nearSide = x + w < width / 8 || x > width - width / 8;
    if (!holeSized || !nearSide) continue;
    l_int32 area = 0;
    Pix* piece = pixaGetPix(pieces.get(), i, L_CLONE);
    pixCountPixels(piece, &area, nullptr);
    pixDestroy(&piece);
    if (area < 0.6 * w * h) continue;  // a ring or a letter, not a hole
    Box* box = boxaGetBox(boxes.get(), i, L_CLONE);
    pixSetInRect(mask, box);
    boxDestroy(&box);
  }
}

}  // namespace

PixPtr withoutDarkBorders(Pix* page, int dpi) {
  const int depth = pixGetDepth(page);
  if (depth != 8 && depth != 1) return PixPtr(pixClone(page));
  // Only the darkest: shadows and holes are near black, like text, so it is where they stand
  // that tells them apart.
  PixPtr ink(depth == 1 ? pixClone(page) : pixThresholdToBinary(page, 90));
  if (!ink) return PixPtr(pixClone(page));
  PixPtr mask(pixExtractBorderConnComps(ink.get(), 8));
  if (!mask) return PixPtr(pixClone(page));
  addPunchHoles(ink.get(), mask.get(), dpi > 0 ? dpi : 300);
  l_int32 nothingFound = 0;
  pixZero(mask.get(), &nothingFound);
  if (nothingFound) return PixPtr(pixClone(page));
  // A few pixels more: the grey fringe of the shadow.
  PixPtr grown(pixDilateBrick(nullptr, mask.get(), 7, 7));
  PixPtr cleaned(pixCopy(nullptr, page));
  pixSetMasked(cleaned.get(), grown.get(), depth == 1 ? 0 : 255);
  return cleaned;
}

}  // namespace sohoa::ocr
