#pragma once
// The two forms of a Vietnamese word the index keeps: as written (NFC, lower case) and
// folded (no tone or vowel marks, đ -> d). `dương`, `đường` and `đương` differ as written
// and share the folded form `duong`. Unicode work is ICU's.
#include <string>
#include <string_view>

namespace sohoa::indexer {

// Lower case (full Unicode case mapping) in NFC.
std::string lowerCase(std::string_view utf8Word);
// Upper case (full Unicode case mapping) in NFC.
std::string upperCase(std::string_view utf8Text);
// Marks removed and đ/Đ mapped to d/D; case is kept.
std::string foldMarks(std::string_view utf8Word);
// Lower case and folded: how two readings of a name compare when OCR may have lost a mark
// (`Đỗ Thị Mỹ` and `ĐỖ THI MY` both give `do thi my`).
std::string foldedLowerCase(std::string_view utf8Text);
// True when the word has any letter that folding changes.
bool hasMarks(std::string_view utf8Word);

struct LetterCases {
  int upper = 0, lower = 0;
};
// How many of the word's letters are capitals and how many small (digits and signs are neither).
LetterCases letterCases(std::string_view utf8Word);

}  // namespace sohoa::indexer
