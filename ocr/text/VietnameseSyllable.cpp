#include "ocr/text/VietnameseSyllable.hpp"

#include <unicode/utf8.h>

#include <array>
#include <unordered_map>

namespace sohoa::ocr {
namespace {

// Each row is a vowel in its six tones: ngang, huyền, sắc, hỏi, ngã, nặng.
constexpr std::array<std::u32string_view, 12> kLowerVowels = {U"aàáảãạ", U"ăằắẳẵặ", U"âầấẩẫậ", U"eèéẻẽẹ",
                                                              U"êềếểễệ", U"iìíỉĩị", U"oòóỏõọ", U"ôồốổỗộ",
                                                              U"ơờớởỡợ", U"uùúủũụ", U"ưừứửữự", U"yỳýỷỹỵ"};
constexpr std::array<std::u32string_view, 12> kUpperVowels = {U"AÀÁẢÃẠ", U"ĂẰẮẲẴẶ", U"ÂẦẤẨẪẬ", U"EÈÉẺẼẸ",
                                                              U"ÊỀẾỂỄỆ", U"IÌÍỈĨỊ", U"OÒÓỎÕỌ", U"ÔỒỐỔỖỘ",
                                                              U"ƠỜỚỞỠỢ", U"UÙÚỦŨỤ", U"ƯỪỨỬỮỰ", U"YỲÝỶỸỴ"};
constexpr std::u32string_view kBareVowels = U"aaaeeiooouuy";  // row -> its bare letter

struct Letter {
  char32_t lower = 0;  // without tone, with its vowel mark
  int tone = 0;
  bool upper = false;
};

const std::unordered_map<char32_t, Letter>& letterTable() {
  static const auto table = [] {
    std::unordered_map<char32_t, Letter> out;
    for (std::size_t row = 0; row < kLowerVowels.size(); ++row)
      for (std::size_t tone = 0; tone < 6; ++tone) {
        out[kLowerVowels[row][tone]] = {kLowerVowels[row][0], static_cast<int>(tone), false};
        out[kUpperVowels[row][tone]] = {kLowerVowels[row][0], static_cast<int>(tone), true};
      }
    for (char32_t c : std::u32string_view(U"bcdghklmnpqrstvx")) {
      out[c] = {c, 0, false};
      out[c - U'a' + U'A'] = {c, 0, true};
    }
    out[U'đ'] = {U'đ', 0, false};
    out[U'Đ'] = {U'đ', 0, true};
    return out;
  }();
  return table;
}

// Row of a lower-case toneless vowel in the tables, or -1 for a consonant.
int vowelRow(char32_t lower) {
  for (std::size_t row = 0; row < kLowerVowels.size(); ++row)
    if (kLowerVowels[row][0] == lower) return static_cast<int>(row);
  return -1;
}

char32_t bare(char32_t lower) {
  const int row = vowelRow(lower);
  return row >= 0 ? kBareVowels[static_cast<std::size_t>(row)] : lower == U'đ' ? U'd' : lower;
}

char32_t withToneAndCase(char32_t lower, int tone, bool upper) {
  const int row = vowelRow(lower);
  if (row < 0) return upper && lower == U'đ' ? U'Đ' : upper ? lower - U'a' + U'A' : lower;
  const auto& table = upper ? kUpperVowels : kLowerVowels;
  return table[static_cast<std::size_t>(row)][static_cast<std::size_t>(tone)];
}

std::u32string decode(std::string_view utf8) {
  std::u32string out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

std::string encode(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) {
    uint8_t buffer[4];
    int32_t at = 0;
    U8_APPEND_UNSAFE(buffer, at, static_cast<UChar32>(c));
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(at));
  }
  return out;
}

}  // namespace

std::string Syllable::key() const { return encode(letters) + static_cast<char>('0' + tone); }

std::string Syllable::skeleton() const {
  std::string out;
  for (char32_t c : letters) out += static_cast<char>(bare(c));
  return out;
}

std::string Syllable::written() const {
  std::u32string out;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    const bool upper = letterCase == LetterCase::Upper || (letterCase == LetterCase::Title && i == 0);
    out += withToneAndCase(letters[i], static_cast<int>(i) == tonePosition ? tone : 0, upper);
  }
  return encode(out);
}

std::optional<Syllable> readSyllable(std::string_view word) {
  const std::u32string text = decode(word);
  if (text.empty()) return std::nullopt;
  Syllable out;
  std::size_t uppers = 0;
  bool firstUpper = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto found = letterTable().find(text[i]);
    if (found == letterTable().end()) return std::nullopt;
    const Letter& letter = found->second;
    if (letter.tone != 0) {
      if (out.tonePosition >= 0) return std::nullopt;  // two tones: not one syllable
      out.tone = letter.tone;
      out.tonePosition = static_cast<int>(i);
    }
    uppers += letter.upper ? 1 : 0;
    firstUpper = firstUpper || (i == 0 && letter.upper);
    out.letters += letter.lower;
  }
  if (uppers == text.size() && text.size() > 1) {
    out.letterCase = LetterCase::Upper;
  } else if (uppers == 1 && firstUpper) {
    out.letterCase = LetterCase::Title;
  } else if (uppers != 0) {
    return std::nullopt;
  }
  return out;
}

std::string skeletonOfKey(std::string_view key) {
  std::string out;
  for (char32_t c : decode(key.substr(0, key.size() - 1))) out += static_cast<char>(bare(c));
  return out;
}

int markEdits(std::string_view keyA, std::string_view keyB) {
  const std::u32string a = decode(keyA), b = decode(keyB);
  int edits = 0;
  for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i)
    edits += i >= a.size() || i >= b.size() || a[i] != b[i] ? 1 : 0;
  return edits;  // the last "letter" of a key is its tone digit
}

bool isCapitalisedSyllable(std::string_view word) {
  const auto syllable = readSyllable(word);
  return syllable && syllable->letterCase != LetterCase::Lower;
}

}  // namespace sohoa::ocr
