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

bool capitalised(std::string_view core) {
  const auto syllable = readSyllable(core);
  return syllable && syllable->letterCase != LetterCase::Lower;
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
    // `XÃ HỘI` is society, not a commune (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`).
    const bool society = i + 1 < words.size() && [&] {
      const auto next = readSyllable(splitPunctuation(words[i + 1]->text).core);
      return next && next->key() == "hôi5";
    }();
    if (namesKindOfPlace(parts.core) && parts.trail.empty() && !society) {
      for (std::size_t j = i + 1; j < words.size(); ++j) {
        const WordParts next = splitPunctuation(words[j]->text);
        if (!capitalised(next.core)) break;
        place[j] = true;
        if (!next.trail.empty()) break;
      }
    }
    // A dateline: the capitalised words before `, ngày`.
    if (parts.trail == "," && capitalised(parts.core) && i + 1 < words.size() &&
        isNgay(splitPunctuation(words[i + 1]->text).core))
      for (std::size_t j = i + 1; j-- > 0;) {
        const WordParts back = splitPunctuation(words[j]->text);
        if (!capitalised(back.core) || (j < i && !back.trail.empty())) break;
        place[j] = true;
      }
  }
  return place;
}

}  // namespace sohoa::ocr
