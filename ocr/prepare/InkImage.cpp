#include "ocr/prepare/InkImage.hpp"

namespace sohoa::ocr {

PixPtr inkImage(Pix* image) {
  if (pixGetDepth(image) == 1) return PixPtr(pixClone(image));
  PixPtr grey(pixGetDepth(image) == 8 && !pixGetColormap(image) ? pixClone(image) : pixConvertTo8(image, 0));
  if (!grey) return nullptr;
  // Leptonica's suggested settings: 10×15 tiles, background under 100 ignored.
  PixPtr ink(pixOtsuThreshOnBackgroundNorm(grey.get(), nullptr, 10, 15, 100, 50, 255, 2, 2, 0.1f, nullptr));
  return ink ? std::move(ink) : PixPtr(pixThresholdToBinary(grey.get(), 128));
}

}  // namespace sohoa::ocr
