#include "ocr/text/PersonNames.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "ocr/text/VietnameseSyllable.hpp"
#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

// `Ông`, `Bà`, `Ông/Bà`: what comes after in capitals is a person's name.
bool introducesName(std::string_view core) {
  for (std::string_view title : {"Ông", "ông", "ÔNG", "Bà", "bà", "BÀ"})
    if (core == title || core.starts_with(std::string(title) + "/")) return true;
  return false;
}

// The most common family names (by key, so any case): one in capitals before more capitals
// starts a person's name (`Trần Phước Hiền`, `Châu Phi` too, which is as well left alone).
bool isFamilyName(const Syllable& syllable) {
  static const std::array<std::string_view, 24> kFamilyNames = {
      "nguyên4", "trân1", "lê0",    "pham5", "hoang1", "huynh1", "phan0",  "vu4",    "vo4",     "đăng5", "bui1", "đô4",
      "hô1",     "ngô0",  "dương0", "ly2",   "đinh0",  "đoan1",  "lương0", "trinh5", "trương0", "châu0", "lâm0", "ha1"};
  const std::string key = syllable.key();
  return std::find(kFamilyNames.begin(), kFamilyNames.end(), key) != kFamilyNames.end();
}

}  // namespace

std::vector<bool> personNames(const std::vector<Word*>& words) {
  std::vector<bool> name(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const WordParts parts = splitPunctuation(words[i]->text);
    const auto syllable = readSyllable(parts.core);
    const bool familyName = syllable && syllable->letterCase != LetterCase::Lower && isFamilyName(*syllable) &&
                            parts.trail.empty() && i + 1 < words.size() &&
                            isCapitalisedSyllable(splitPunctuation(words[i + 1]->text).core);
    if (!familyName && !introducesName(parts.core)) continue;
    name[i] = familyName;
    for (std::size_t j = i + 1; j < words.size(); ++j) {
      const WordParts next = splitPunctuation(words[j]->text);
      if (!isCapitalisedSyllable(next.core)) break;
      name[j] = true;
      if (!next.trail.empty()) break;
    }
  }
  return name;
}

}  // namespace sohoa::ocr
