#pragma once
// What a clerk's PDF reader finds in an archive file, word for word: the words a reader
// extracts from a page against the words OCR read there, in any order (a reader may order
// the two-column header differently), each word counting as often as it occurs. A word OCR
// read that comes back glued to its neighbour (`CN` and `ng;` as `CNng;`) is not found by a
// search for either. Poppler in reading order joins a word broken at a line end with a hyphen
// to the next line's first (`12/CT-` and `BCT` as `12/CTBCT`; a lone `-` dropped), whatever
// the text layer: such joins are counted apart, not as differing.
#include <string>
#include <vector>

namespace sohoa::pipeline {

// The words of a text: the runs between spaces, tabs, line and page breaks and no-break spaces.
std::vector<std::string> wordsOf(const std::string& utf8);

struct WordDifference {
  int words = 0;                     // the OCR's
  std::vector<std::string> missing;  // the OCR's words the reader does not give back whole
  std::vector<std::string> extra;    // words the reader gives that the OCR did not read
  int joinedAtHyphen = 0;            // the OCR's "A-" and "B" given as "AB"
  int differing() const { return static_cast<int>(missing.size() + extra.size()); }
};

WordDifference compareWords(const std::vector<std::string>& ocr, const std::vector<std::string>& extracted);

}  // namespace sohoa::pipeline
