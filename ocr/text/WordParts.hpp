#pragma once
// A recognised word as punctuation before it, the word proper, and punctuation after it:
// `(Tô` is `(` + `Tô`, `điêu,` is `điêu` + `,`. Tesseract keeps punctuation on the word it
// touches; what is said about the word (is it a syllable, a number, a name) is said of its core.
#include <string_view>

namespace sohoa::ocr {

struct WordParts {
  std::string_view lead, core, trail;  // views into the word's text
};

WordParts splitPunctuation(std::string_view text);
// Whether punctuation after a word ends a clause (a comma, a full stop, a bracket), as opposed
// to a closing quote or apostrophe.
bool endsClause(std::string_view trail);
// `15`, `2020`, `30/2020`, `1.250,5`.
bool isNumber(std::string_view core);
// How many letters and digits (any script) a text holds: none in a seal rim's or a rule's
// shard read as a word (`¬`, `-`, `N\.»..` has one).
int lettersAndDigits(std::string_view text);

}  // namespace sohoa::ocr
