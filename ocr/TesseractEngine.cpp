#include "ocr/TesseractEngine.hpp"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <stdexcept>

#include "ocr/OpenMpThreadLimit.hpp"
#include "ocr/UnicodeText.hpp"

namespace sohoa::ocr {
namespace {

Box boxAt(const tesseract::ResultIterator& it, tesseract::PageIteratorLevel level) {
  Box box;
  it.BoundingBox(level, &box.x0, &box.y0, &box.x1, &box.y1);
  return box;
}

void dropEmpty(Page& page) {
  for (auto& block : page.blocks) std::erase_if(block.lines, [](const Line& line) { return line.words.empty(); });
  std::erase_if(page.blocks, [](const Block& block) { return block.lines.empty(); });
}

}  // namespace

TesseractEngine::TesseractEngine(const OcrSettings& settings) : api_(std::make_unique<tesseract::TessBaseAPI>()) {
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

Page TesseractEngine::recognise(Pix* image, int dpi) {
  Page page;
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
  if (it) {
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
  return page;
}

}  // namespace sohoa::ocr
