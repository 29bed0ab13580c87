#pragma once
// How far apart two spellings are, counted in single-character edits (Levenshtein): how a
// heading, a name or a place is matched when OCR got a letter or a mark wrong.
#include <algorithm>
#include <cstddef>
#include <vector>

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

}  // namespace sohoa::indexer
