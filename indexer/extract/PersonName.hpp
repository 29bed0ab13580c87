#pragma once
// A Vietnamese personal name as a paper prints it: two to five syllables, each a capital followed
// by small letters (a card prints them all in capitals), each shaped like a Vietnamese syllable
// (onset, vowels, final). The signer and the labelled people share it, so both refuse the same
// non-names: label words (`Giới tính`), English (`Full name`), seal and pen noise. Titles and
// ranks printed before a signer's name (`BS.`, `ThS.`, `Trung tá`) are not part of the name.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

enum class NameCase { Title, Capitals, Either };

// One syllable of a name: `Nguyễn`, `Thị`; `NGUYỄN` when capitals are allowed.
bool isNameSyllable(std::string_view word, NameCase letterCase);

struct NameSpan {
  std::size_t first = 0, last = 0;  // [first, last) in the words given
  bool afterNoise = false;          // words that are no name stood right before it (seal, pen)
  // A word of it has a name's shape but is no Vietnamese syllable (`Trương Hữu Việ`, the `t` lost
  // in the dotted leader after it): read damaged, for a clerk to see, never stored as read.
  std::optional<std::string> damagedWord;
};

// The review note for a name with a damaged word.
std::string damagedNameNote(const std::string& word);

// The name that starts at `from` (after a title or rank, if any) and runs to a label, a
// non-name word or the end: "Trần Thị Bình Giới tính: Nữ" gives "Trần Thị Bình".
std::optional<NameSpan> nameAt(const std::vector<ocr::Word>& words, std::size_t from, NameCase letterCase);
// The longest name among the words (a signer's line, with the seal's noise before it).
std::optional<NameSpan> longestName(const std::vector<ocr::Word>& words, NameCase letterCase);
// True when the word is a Vietnamese surname as written (Nguyễn, Trần, Đặng…), in any letter case.
bool isSurname(std::string_view word);
// The name's words as text, without the punctuation after its last word; the surname's marks and
// a middle Thị's dot put back where OCR lost them and only one reading is a name.
std::string nameText(const std::vector<ocr::Word>& words, const NameSpan& span);

}  // namespace sohoa::indexer
