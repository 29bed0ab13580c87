#pragma once
// Owning handle for a Leptonica image.
#include <leptonica/allheaders.h>

#include <memory>

namespace sohoa::ocr {

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

}  // namespace sohoa::ocr
