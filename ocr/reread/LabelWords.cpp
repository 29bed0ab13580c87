#include "ocr/reread/LabelWords.hpp"

#include <algorithm>
#include <string_view>

#include "ocr/text/VietnameseSyllable.hpp"
#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

// Handwriting reads at 0.1–0.6; a printed word of the form at this and above.
constexpr float kPrintedWord = 0.7f;

}  // namespace

std::string labelSkeleton(const Word& word) {
  const std::string_view core = splitPunctuation(word.text).core;
  if (core == "CCCD" || core == "cccd") return "cccd";
  const auto syllable = readSyllable(core);
  return syllable ? syllable->skeleton() : std::string();
}

std::optional<std::size_t> labelEnd(const Line& line, const std::vector<std::vector<std::string>>& labels) {
  std::vector<std::string> words;
  for (const auto& word : line.words) words.push_back(labelSkeleton(word));
  for (const auto& label : labels)
    for (std::size_t i = 0; i + label.size() <= words.size(); ++i)
      if (std::equal(label.begin(), label.end(), words.begin() + static_cast<std::ptrdiff_t>(i)))
        return i + label.size() - 1;
  return std::nullopt;
}

Box labelLetters(const Line& line, std::size_t end) {
  std::vector<Box> boxes;
  for (std::size_t i = end >= 3 ? end - 3 : 0; i <= end; ++i) boxes.push_back(line.words[i].box);
  std::sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.height() < b.height(); });
  Box typical = boxes[boxes.size() / 2];
  typical.x0 = line.words[end].box.x0;
  typical.x1 = line.words[end].box.x1;
  return typical;
}

bool printedWord(const Word& word) {
  const std::string_view core = splitPunctuation(word.text).core;
  return word.confidence >= kPrintedWord && core.size() >= 2 && readSyllable(core).has_value();
}

}  // namespace sohoa::ocr
