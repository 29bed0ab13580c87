#pragma once
// Small readers shared by the field extractors: UTF-8 letters, name-shaped words, numbers
// with OCR's digit confusions, dates.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

// Levenshtein distance between two strings of any character type (bytes of folded ASCII
// text, or UTF-32 code points when a lost tone mark must count as one error).
template <class Text>
std::size_t editDistance(const Text& a, const Text& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}
// The parts of `text` between separators (empty parts kept).
std::vector<std::string_view> splitAt(std::string_view text, char separator);
// Text with &, <, > and " escaped for HTML and XML.
std::string markupEscaped(std::string_view text);
// A capital followed by small letters, no digits or punctuation: Nguyễn, Đạt.
bool looksLikeNameWord(const std::string& word);
// A personal name as printed: 2 to 6 words, each a capital followed by small letters.
bool looksLikePersonName(const std::vector<std::string>& words);
// The longest run of 2 to 6 name-shaped words among `words` ([first, last)), if any.
std::optional<std::pair<std::size_t, std::size_t>> personNameRun(const std::vector<ocr::Word>& words);
// Letters and digits only (strips punctuation at both ends).
std::string trimmedPunctuation(std::string_view word);
// A number of 1 to `maxDigits` digits, OCR confusions repaired; nothing otherwise.
std::optional<int> readNumber(std::string_view token, std::size_t maxDigits);
// ISO date if day/month/year exist.
std::optional<std::string> isoDate(int day, int month, int year);
// A "dd/mm/yyyy" (or dd-mm-yyyy, dd.mm.yyyy) token as ISO.
std::optional<std::string> slashDate(std::string_view token);

}  // namespace sohoa::indexer
