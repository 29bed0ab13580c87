// What preparing a page costs beside recognising it: for each scan given, the time of each
// preparation step sohoa runs (colour ink dropout, border and punch-hole whitening, skew
// detection and straightening, blank-page check) and of Tesseract's recognition of the prepared page, with
// orientation and deskew off so that it is recognition alone. One thread, OMP_THREAD_LIMIT=1.
// Usage: sohoa-bench-prep SCAN...   (PNG, JPEG or TIFF pages)
#include <leptonica/allheaders.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>

#include "ocr/engine/OpenMpThreadLimit.hpp"
#include "ocr/engine/TesseractEngine.hpp"
#include "ocr/prepare/BlankPage.hpp"
#include "ocr/prepare/ColourInkDropout.hpp"
#include "ocr/prepare/PageOrientation.hpp"
#include "ocr/prepare/ScanBorders.hpp"

namespace {

double secondsOf(const std::function<void()>& work) {
  const auto started = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

}  // namespace

int main(int argc, char** argv) {
  sohoa::ocr::ensureSingleThreadedOpenMp(argv);
  setMsgSeverity(L_SEVERITY_NONE);
  if (argc < 2) {
    std::fprintf(stderr, "usage: sohoa-bench-prep SCAN...\n");
    return 2;
  }
  sohoa::ocr::OcrSettings plain;
  plain.turnUpright = false;
  plain.straighten = false;
  sohoa::ocr::TesseractEngine engine(plain);
  double dropout = 0, borders = 0, blankCheck = 0, straighten = 0, recognition = 0;
  std::printf(
      "| scan | dropout s | borders s | blank check s | deskew s | recognition s |\n|---|---:|---:|---:|---:|---:|\n");
  for (int i = 1; i < argc; ++i) {
    sohoa::ocr::PixPtr scan(pixRead(argv[i]));
    if (!scan) {
      std::fprintf(stderr, "sohoa-bench-prep: %s: not an image\n", argv[i]);
      continue;
    }
    const int dpi = pixGetXRes(scan.get()) > 0 ? pixGetXRes(scan.get()) : 300;
    sohoa::ocr::PixPtr grey, cleaned, straight;
    const double d = secondsOf([&] { grey = sohoa::ocr::greyWithoutColourInk(scan.get()); });
    const double b = secondsOf([&] { cleaned = sohoa::ocr::withoutDarkBorders(grey.get(), dpi); });
    bool blank = false;
    const double k = secondsOf([&] { blank = sohoa::ocr::isBlankPage(cleaned.get(), dpi); });
    const double s = secondsOf([&] {
      auto found = sohoa::ocr::deskew(cleaned.get());
      straight = found.image ? std::move(found.image) : sohoa::ocr::PixPtr(pixClone(cleaned.get()));
    });
    const double r = secondsOf([&] { engine.read(straight.get(), dpi, sohoa::ocr::Layout::Page); });
    std::printf("| %s%s | %.3f | %.3f | %.3f | %.3f | %.3f |\n", argv[i], blank ? " (blank)" : "", d, b, k, s, r);
    dropout += d, borders += b, blankCheck += k, straighten += s, recognition += r;
  }
  const double preparation = dropout + borders + blankCheck + straighten;
  std::printf("| **all** | %.3f | %.3f | %.3f | %.3f | %.3f |\n", dropout, borders, blankCheck, straighten,
              recognition);
  std::printf("\npreparation %.2f s = %.1f %% of recognition %.2f s\n", preparation, 100 * preparation / recognition,
              recognition);
  return 0;
}
