#pragma once
// A Vietnamese syllable taken apart the way OCR gets it wrong: its letters with their vowel
// marks (ă â ê ô ơ ư đ), its tone (one of six, written over or under one vowel), and its
// skeleton (the bare letters). Tesseract keeps the skeleton of a syllable and drops or swaps
// marks (`sô` for `số`, `Tô` for `Tổ`, `QUYÉT` for `QUYẾT`), so syllables that share a
// skeleton are the candidates for one another. Case is kept apart: a syllable is looked up in
// lower case and written back in the case of the word it replaces.
#include <optional>
#include <string>
#include <string_view>

namespace sohoa::ocr {

enum class LetterCase { Lower, Title, Upper };

struct Syllable {
  std::u32string letters;  // lower case, vowel marks kept, no tone: `quyêt`
  int tone = 0;            // 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng
  int tonePosition = -1;   // index in `letters` of the vowel carrying the tone, -1 without one
  LetterCase letterCase = LetterCase::Lower;

  // `quyêt` + sắc: the model's key (letters then the tone's digit), as UTF-8: `quyêt2`.
  std::string key() const;
  // The bare letters, ASCII: `quyet`; `đ` -> `d`.
  std::string skeleton() const;
  // Written out in its case, with the tone on `tonePosition`.
  std::string written() const;
};

// Takes a word of Vietnamese letters only (UTF-8, NFC) apart; nullopt for anything else: a
// number, a code like `QĐ-UBND`, a word with punctuation, mixed case like `ViệT`.
std::optional<Syllable> readSyllable(std::string_view word);
// A syllable in capitals or title case (`Nghi`, `NGHI`); false for anything that is no syllable.
bool isCapitalisedSyllable(std::string_view word);

// A key's skeleton: `quyêt2` -> `quyet`.
std::string skeletonOfKey(std::string_view key);

// How many marks tell two keys of one skeleton apart: the tone counts one, each letter whose
// vowel mark differs (a/ă/â, e/ê, o/ô/ơ, u/ư, d/đ) one.
int markEdits(std::string_view keyA, std::string_view keyB);

}  // namespace sohoa::ocr
