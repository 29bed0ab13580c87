#include "ocr/TesseractEngine.hpp"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <stdexcept>

#include "ocr/BlankPage.hpp"
#include "ocr/OpenMpThreadLimit.hpp"
#include "ocr/ReadingOrder.hpp"
#include "ocr/ScanBorders.hpp"
#include "ocr/UnicodeText.hpp"

namespace sohoa::ocr {
namespace {

Box boxAt(const tesseract::ResultIterator& it, tesseract::PageIteratorLevel level) {
  Box box;
  it.BoundingBox(level, &box.x0, &box.y0, &box.x1, &box.y1);
  return box;
}

// Tesseract reads a page turned by 90 degrees as vertical lines, well enough to pass for
// upright; its longer words then stand taller than wide.
bool mostWordsStandUp(const Page& page) {
  std::size_t longWords = 0, standing = 0;
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words)
        if (word.text.size() >= 4) {
          ++longWords;
          standing += word.box.height() > word.box.width() ? 1 : 0;
        }
  return longWords > 0 && standing * 2 > longWords;
}

void dropEmpty(Page& page) {
  for (auto& block : page.blocks) std::erase_if(block.lines, [](const Line& line) { return line.words.empty(); });
  std::erase_if(page.blocks, [](const Block& block) { return block.lines.empty(); });
}

}  // namespace

TesseractEngine::TesseractEngine(const OcrSettings& settings)
    : settings_(settings), api_(std::make_unique<tesseract::TessBaseAPI>()) {
  if (!openMpLimitedToOneThread())
    throw std::logic_error("OMP_THREAD_LIMIT=1 must be in force before Tesseract starts");
  const char* dataPath = settings.dataPath.empty() ? nullptr : settings.dataPath.c_str();
  if (api_->Init(dataPath, settings.languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0)
    throw std::runtime_error("cannot load Tesseract language models '" + settings.languages +
                             "' (is tesseract-ocr-vie installed?)");
  api_->SetPageSegMode(static_cast<tesseract::PageSegMode>(settings.pageSegMode));
  // Tesseract's progress notes ("Detected 220 diacritics") would bury our own messages.
  api_->SetVariable("debug_file", "/dev/null");
}

TesseractEngine::~TesseractEngine() { api_->End(); }

Page TesseractEngine::recognise(Pix* scan, int dpi) {
  // Same size as the scan: word boxes stay on the scan's pixels.
  const PixPtr cleaned = withoutDarkBorders(scan, dpi);
  Pix* original = cleaned.get();
  if (isBlankPage(original, dpi)) {
    Page blank;
    blank.width = static_cast<int>(pixGetWidth(original));
    blank.height = static_cast<int>(pixGetHeight(original));
    blank.dpi = dpi;
    blank.blank = true;
    return blank;
  }
  bool sideways = false;
  Page page = recogniseStraightened(original, dpi, 0, sideways);
  // Most pages come upright; asking the orientation model about each would cost ~15 % of
  // the OCR time. A page scanned sideways or upside down reads as noise, so only a page
  // that reads badly is asked about, and re-read turned if the model is sure.
  constexpr double kReadsWell = 0.75;
  constexpr float kOrientationConfidence = 2.0f;  // right on every rotated page measured
  if (!settings_.turnUpright ||
      (!sideways && !mostWordsStandUp(page) && page.meanConfidence() >= kReadsWell && page.wordCount() >= 20))
    return page;
  if (!orientation_) orientation_ = std::make_unique<OrientationDetector>(settings_.dataPath);
  const Orientation found = orientation_->detect(original, dpi);
  if (found.degrees == 0 || found.confidence < kOrientationConfidence) return page;
  const PixPtr upright = turnUpright(original, found.degrees);
  bool stillSideways = false;
  Page turned = recogniseStraightened(upright.get(), dpi, found.degrees, stillSideways);
  return turned.meanConfidence() > page.meanConfidence() ? turned : page;
}

Page TesseractEngine::recogniseStraightened(Pix* original, int dpi, int rotation, bool& sideways) {
  Page page;
  page.rotation = rotation;
  PixPtr prepared(pixClone(original));
  if (settings_.straighten) {
    if (Deskewed straight = deskew(prepared.get()); straight.image) {
      prepared = std::move(straight.image);
      page.skew = straight.angle;
    }
  }
  Pix* image = prepared.get();
  page.width = static_cast<int>(pixGetWidth(image));
  page.height = static_cast<int>(pixGetHeight(image));
  page.dpi = dpi;
  api_->SetImage(image);
  api_->SetSourceResolution(dpi > 0 ? dpi : 300);
  if (api_->Recognize(nullptr) != 0) {
    api_->Clear();
    throw std::runtime_error("Tesseract could not recognise the page");
  }
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  sideways = false;
  if (it) {
    // Tesseract reads sideways text lines too, but then the page itself is not upright.
    tesseract::Orientation orientation = tesseract::ORIENTATION_PAGE_UP;
    tesseract::WritingDirection direction;
    tesseract::TextlineOrder order;
    float deskewAngle = 0;
    it->Orientation(&orientation, &direction, &order, &deskewAngle);
    sideways = orientation != tesseract::ORIENTATION_PAGE_UP;
    do {
      if (it->IsAtBeginningOf(tesseract::RIL_BLOCK) || page.blocks.empty())
        page.blocks.push_back({boxAt(*it, tesseract::RIL_BLOCK), {}});
      auto& lines = page.blocks.back().lines;
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || lines.empty())
        lines.push_back({boxAt(*it, tesseract::RIL_TEXTLINE), {}});
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text || text[0] == '\0') continue;
      lines.back().words.push_back(
          {toNfc(text.get()), boxAt(*it, tesseract::RIL_WORD), it->Confidence(tesseract::RIL_WORD) / 100.0f});
    } while (it->Next(tesseract::RIL_WORD));
  }
  api_->Clear();
  dropEmpty(page);
  readColumnsInOrder(page);
  return page;
}

}  // namespace sohoa::ocr
