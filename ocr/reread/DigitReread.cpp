#include "ocr/reread/DigitReread.hpp"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

#include <algorithm>
#include <memory>

#include "ocr/PixPtr.hpp"
#include "ocr/engine/OcrEngine.hpp"

namespace sohoa::ocr {

namespace {

// The crop in grey with a margin of paper around it: Tesseract reads a line best so.
PixPtr framedInPaper(Pix* crop) {
  PixPtr grey(pixConvertTo8(crop, 0));
  return PixPtr(grey ? pixAddBorder(grey.get(), 12, 255) : nullptr);
}

}  // namespace

DigitText readDigits(tesseract::TessBaseAPI& api, Pix* crop, int dpi) {
  const PixPtr framed = framedInPaper(crop);
  if (!framed) return {};
  const tesseract::PageSegMode mode = api.GetPageSegMode();
  api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
  api.SetVariable("tessedit_char_whitelist", "0123456789");
  api.SetImage(framed.get());
  api.SetSourceResolution(dpi > 0 ? dpi : 300);
  DigitText out;
  if (api.Recognize(nullptr) == 0) {
    std::unique_ptr<char[]> text(api.GetUTF8Text());
    for (const char* c = text ? text.get() : ""; *c != '\0'; ++c)
      if (*c >= '0' && *c <= '9') out.digits += *c;
    out.confidence = static_cast<float>(api.MeanTextConf()) / 100.0f;
  }
  api.Clear();
  api.SetVariable("tessedit_char_whitelist", "");
  api.SetPageSegMode(mode);
  return out;
}

DigitReader digitReaderOf(OcrEngine& engine, int dpi) {
  return [&engine, dpi](Pix* crop) {
    const PixPtr framed = framedInPaper(crop);
    if (!framed) return DigitText{};
    const Recognition found = engine.read(framed.get(), dpi, Layout::Line);
    DigitText out;
    out.confidence = 1;
    for (const auto& block : found.page.blocks)
      for (const auto& line : block.lines)
        for (const auto& word : line.words) {
          for (char c : word.text)
            if (c < '0' || c > '9') return DigitText{};  // letters too: not a digits-only reading
          out.digits += word.text;
          out.confidence = std::min(out.confidence, word.confidence);
        }
    if (out.digits.empty()) out.confidence = 0;
    return out;
  };
}

DigitReader digitLineReaderOf(OcrEngine& engine, int dpi) {
  return [&engine, dpi](Pix* crop) {
    const PixPtr framed = framedInPaper(crop);
    if (!framed) return DigitText{};
    const DigitLine line = engine.readDigitLine(framed.get(), dpi);
    return DigitText{line.digits, line.confidence};
  };
}

DigitReader dateLineReaderOf(OcrEngine& engine, int dpi) {
  return [&engine, dpi](Pix* crop) {
    const PixPtr framed = framedInPaper(crop);
    if (!framed) return DigitText{};
    const DigitLine line = engine.readDateLine(framed.get(), dpi);
    return DigitText{line.digits, line.confidence};
  };
}

}  // namespace sohoa::ocr
