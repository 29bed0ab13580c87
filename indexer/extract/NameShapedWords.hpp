#pragma once
// The shape of a personal name's words, by letter case alone: a capital followed by small
// letters, no digits or punctuation (Nguyễn, Đạt). Extraction uses it to tell a name or a
// place from a label or noise, and a clerk's correction of a name must have it too.
// PersonName.hpp reads a name more strictly (Vietnamese syllables, titles before it).
#include <string>
#include <vector>

namespace sohoa::indexer {

// A capital followed by small letters, no digits or punctuation: Nguyễn, Đạt.
bool looksLikeNameWord(const std::string& word);
// A personal name as printed: 2 to 6 words, each a capital followed by small letters.
bool looksLikePersonName(const std::vector<std::string>& words);

}  // namespace sohoa::indexer
