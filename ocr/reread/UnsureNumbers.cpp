#include "ocr/reread/UnsureNumbers.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <string_view>

#include "ocr/PixPtr.hpp"
#include "ocr/reread/CropReading.hpp"

namespace sohoa::ocr {
namespace {

// Tesseract's own confidence from which a number needs no second reading (extraction's bar for a
// number without notation is 0.85).
constexpr float kSureNumber = 0.85f;
// The re-read must itself be as sure as a number must be to stand alone.
constexpr float kSureReread = kSureNumber;

// The digits of a word read as a number (a pen's or the leaders' trailing mark dropped:
// `986_`), or empty when it holds anything else.
std::string numberIn(std::string_view text) {
  while (!text.empty() && std::string_view("_.,;:|").find(text.back()) != std::string_view::npos) text.remove_suffix(1);
  if (text.empty() || text.size() > kLongestUnsureNumber) return {};
  for (const char c : text)
    if (c < '0' || c > '9') return {};
  return std::string(text);
}

// A label ends with its colon (`Số:`, `thực:`), the number following it.
bool afterLabel(const std::vector<Word>& words, std::size_t i) { return i > 0 && words[i - 1].text.ends_with(':'); }

}  // namespace

int confirmUnsureNumbers(Pix* image, Page& page, const DigitReader& reread) {
  if (!image || !reread) return 0;
  const int imageWidth = static_cast<int>(pixGetWidth(image)), imageHeight = static_cast<int>(pixGetHeight(image));
  int confirmed = 0;
  for (auto& block : page.blocks)
    for (auto& line : block.lines) {
      auto& words = line.words;
      for (std::size_t i = 0; i < words.size(); ++i) {
        Word& word = words[i];
        if (word.source != WordSource::Print || word.confidence >= kSureNumber || !afterLabel(words, i)) continue;
        const std::string digits = numberIn(word.text);
        if (digits.empty()) continue;
        // Up to the next word (or a few letters on): ink the first read left out is read too,
        // so a digit it missed makes the readings differ.
        const int h = std::max(word.box.height(), 8);
        const int x0 = std::max(i > 0 ? words[i - 1].box.x1 + 1 : 0, word.box.x0 - h / 2);
        const int x1 = std::min(imageWidth, i + 1 < words.size() ? words[i + 1].box.x0 - 1 : word.box.x1 + 3 * h);
        const int y0 = std::max(0, word.box.y0 - h / 4), y1 = std::min(imageHeight, word.box.y1 + h / 4);
        if (x1 <= x0 || y1 <= y0) continue;
        const PixPtr crop = cutFrom(image, {x0, y0, x1, y1});
        if (!crop) continue;
        const DigitText again = reread(crop.get());
        if (again.digits != digits || again.confidence < kSureReread) continue;
        word.confidence = std::max(word.confidence, again.confidence);
        ++confirmed;
      }
    }
  return confirmed;
}

}  // namespace sohoa::ocr
