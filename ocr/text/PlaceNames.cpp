#include "ocr/text/PlaceNames.hpp"

#include <string>

#include "ocr/text/VietnameseSyllable.hpp"
#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

// `xã`, `huyện`, `tỉnh`, `phường`, `thôn`… in any case (`Xã`, `XÃ`), the last word of `thị trấn`
// and `thành phố` included.
bool namesKindOfPlace(std::string_view core) {
  const auto syllable = readSyllable(core);
  if (!syllable) return false;
  const std::string key = syllable->key();
  for (std::string_view kind : {"xa4", "huyên5", "tinh3", "phương1", "thôn0", "quân5", "trân2", "phô2", "âp2"})
    if (key == kind) return true;
  return false;
}

// `XÃ HỘI` is society, not a commune (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`).
bool beforeHoi(const std::vector<Word*>& words, std::size_t i) {
  if (i + 1 == words.size()) return false;
  const auto next = readSyllable(splitPunctuation(words[i + 1]->text).core);
  return next && next->key() == "hôi5";
}

bool isNgay(std::string_view core) {
  const auto syllable = readSyllable(core);
  return syllable && syllable->letterCase == LetterCase::Lower && syllable->key() == "ngay1";
}

}  // namespace

std::vector<bool> placeNames(const std::vector<Word*>& words) {
  std::vector<bool> place(words.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const WordParts parts = splitPunctuation(words[i]->text);
    if (namesKindOfPlace(parts.core) && parts.trail.empty() && !beforeHoi(words, i)) {
      for (std::size_t j = i + 1; j < words.size(); ++j) {
        const WordParts next = splitPunctuation(words[j]->text);
        if (!isCapitalisedSyllable(next.core)) break;
        place[j] = true;
        if (!next.trail.empty()) break;
      }
    }
    // A dateline: the capitalised words before `, ngày`.
    if (parts.trail == "," && isCapitalisedSyllable(parts.core) && i + 1 < words.size() &&
        isNgay(splitPunctuation(words[i + 1]->text).core))
      for (std::size_t j = i + 1; j-- > 0;) {
        const WordParts back = splitPunctuation(words[j]->text);
        if (!isCapitalisedSyllable(back.core) || (j < i && !back.trail.empty())) break;
        place[j] = true;
      }
  }
  return place;
}

}  // namespace sohoa::ocr
