#include "ocr/engine/TesseractEngine.hpp"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <stdexcept>
#include <string_view>

#include "ocr/engine/OpenMpThreadLimit.hpp"
#include "ocr/text/UnicodeText.hpp"

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

tesseract::PageSegMode segmentation(Layout layout, int pageMode) {
  switch (layout) {
    case Layout::Sparse:
      return tesseract::PSM_SPARSE_TEXT;
    case Layout::Block:
      return tesseract::PSM_SINGLE_BLOCK;
    case Layout::Line:
      return tesseract::PSM_SINGLE_LINE;
    case Layout::Word:
      return tesseract::PSM_SINGLE_WORD;
    case Layout::Page:
      break;
  }
  return static_cast<tesseract::PageSegMode>(pageMode);
}

// Tesseract gives "words" of spaces alone over what it took for pictures or rules (a seal, a
// signature, a card's photo, a form's lines). They say nothing, and their boxes would hide
// the ink beside them (a signer's name under the seal) from the check for missed ink.
bool isBlank(const char* text) {
  for (; *text != '\0'; ++text)
    if (*text != ' ' && *text != '\t' && *text != '\n') return false;
  return true;
}

// Tesseract's words in its blocks and lines, and whether it found the text lines sideways.
Recognition wordsOf(tesseract::TessBaseAPI& api) {
  Recognition found;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return found;
  tesseract::Orientation orientation = tesseract::ORIENTATION_PAGE_UP;
  tesseract::WritingDirection direction;
  tesseract::TextlineOrder order;
  float deskewAngle = 0;
  it->Orientation(&orientation, &direction, &order, &deskewAngle);
  found.sideways = orientation != tesseract::ORIENTATION_PAGE_UP;
  auto& blocks = found.page.blocks;
  do {
    if (it->IsAtBeginningOf(tesseract::RIL_BLOCK) || blocks.empty())
      blocks.push_back({boxAt(*it, tesseract::RIL_BLOCK), {}});
    auto& lines = blocks.back().lines;
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || lines.empty())
      lines.push_back({boxAt(*it, tesseract::RIL_TEXTLINE), {}});
    std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
    if (!text || isBlank(text.get())) continue;
    lines.back().words.push_back(
        {toNfc(text.get()), boxAt(*it, tesseract::RIL_WORD), it->Confidence(tesseract::RIL_WORD) / 100.0f});
  } while (it->Next(tesseract::RIL_WORD));
  return found;
}

// Tesseract's English model told an alphabet and a layout, for the readings that need one
// (loaded when first needed: most pages never do); none when the model cannot be loaded.
std::unique_ptr<tesseract::TessBaseAPI> englishModel(const std::string& dataPath, const char* alphabet,
                                                     tesseract::PageSegMode layout) {
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  if (api->Init(dataPath.empty() ? nullptr : dataPath.c_str(), "eng", tesseract::OEM_LSTM_ONLY) != 0) return nullptr;
  api->SetVariable("debug_file", "/dev/null");
  api->SetVariable("tessedit_char_whitelist", alphabet);
  api->SetPageSegMode(layout);
  return api;
}

// `image` read by `api` (a model told `alphabet`) as one line: the characters of `alphabet` it read.
DigitLine readLineOf(tesseract::TessBaseAPI& api, Pix* image, int dpi, std::string_view alphabet) {
  api.SetImage(image);
  api.SetSourceResolution(dpi > 0 ? dpi : 300);
  DigitLine out;
  if (api.Recognize(nullptr) == 0) {
    std::unique_ptr<char[]> text(api.GetUTF8Text());
    for (const char* c = text ? text.get() : ""; *c != '\0'; ++c)
      if (alphabet.find(*c) != std::string_view::npos) out.digits += *c;
    out.confidence = out.digits.empty() ? 0 : static_cast<float>(api.MeanTextConf()) / 100.0f;
  }
  api.Clear();
  return out;
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
  // Tesseract's progress notes ("Detected 220 diacritics") would bury our own messages.
  api_->SetVariable("debug_file", "/dev/null");
}

TesseractEngine::~TesseractEngine() {
  api_->End();
  if (machineZone_) machineZone_->End();
  if (digitLine_) digitLine_->End();
}

Recognition TesseractEngine::read(Pix* image, int dpi, Layout layout) {
  api_->SetPageSegMode(segmentation(layout, settings_.pageSegMode));
  api_->SetImage(image);
  api_->SetSourceResolution(dpi > 0 ? dpi : 300);
  if (api_->Recognize(nullptr) != 0) {
    api_->Clear();
    throw std::runtime_error("Tesseract could not recognise the page");
  }
  Recognition found = wordsOf(*api_);
  api_->Clear();
  dropEmpty(found.page);
  found.page.width = static_cast<int>(pixGetWidth(image));
  found.page.height = static_cast<int>(pixGetHeight(image));
  found.page.dpi = dpi;
  return found;
}

Orientation TesseractEngine::orientation(Pix* image, int dpi) {
  if (!orientation_) orientation_ = std::make_unique<OrientationDetector>(settings_.dataPath);
  return orientation_->detect(image, dpi);
}

std::vector<std::string> TesseractEngine::readMachineZone(Pix* image, int dpi) {
  // The MRZ's monospaced capitals and digits: the Vietnamese model reads its 0 as 6 or 9, the
  // English one told the alphabet reads them right (measured on bilevel card copies).
  if (!machineZone_)
    machineZone_ =
        englishModel(settings_.dataPath, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<", tesseract::PSM_SINGLE_BLOCK);
  if (!machineZone_) return {};
  machineZone_->SetImage(image);
  machineZone_->SetSourceResolution(dpi > 0 ? dpi : 300);
  std::vector<std::string> lines;
  if (machineZone_->Recognize(nullptr) == 0) {
    std::unique_ptr<char[]> text(machineZone_->GetUTF8Text());
    std::string line;
    for (const char* c = text ? text.get() : ""; *c != '\0'; ++c) {
      if (*c == '\n') {
        if (!line.empty()) lines.push_back(line);
        line.clear();
      } else if (*c != ' ') {
        line += *c;
      }
    }
    if (!line.empty()) lines.push_back(line);
  }
  machineZone_->Clear();
  return lines;
}

DigitLine TesseractEngine::readDigitLine(Pix* image, int dpi) {
  // The English model told to expect digits: on the handwritten days and numbers of real
  // signed documents it reads what the Vietnamese model, which also knows letters, makes into
  // `Ø3` or nothing (measured on the blanks of the real scans).
  if (!digitLine_) digitLine_ = englishModel(settings_.dataPath, "0123456789", tesseract::PSM_SINGLE_LINE);
  return digitLine_ ? readLineOf(*digitLine_, image, dpi, "0123456789") : DigitLine{};
}

DigitLine TesseractEngine::readDateLine(Pix* image, int dpi) {
  if (!dateLine_) dateLine_ = englishModel(settings_.dataPath, "0123456789/", tesseract::PSM_SINGLE_LINE);
  return dateLine_ ? readLineOf(*dateLine_, image, dpi, "0123456789/") : DigitLine{};
}

}  // namespace sohoa::ocr
