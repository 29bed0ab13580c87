#include "pipeline/archive/ReaderWords.hpp"

#include <algorithm>
#include <map>

namespace sohoa::pipeline {

std::vector<std::string> wordsOf(const std::string& utf8) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const bool noBreakSpace = c == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0xA0;
    if (c <= ' ' || noBreakSpace) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
      i += noBreakSpace ? 2 : 1;
    } else {
      word += utf8[i++];
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

WordDifference compareWords(const std::vector<std::string>& ocr, const std::vector<std::string>& extracted) {
  WordDifference difference;
  difference.words = static_cast<int>(ocr.size());
  std::map<std::string, int> balance;  // > 0: the OCR's, not given back; < 0: the reader's own
  for (const auto& word : ocr) ++balance[word];
  for (const auto& word : extracted) --balance[word];
  for (const auto& [word, count] : balance) {
    for (int i = 0; i < count; ++i) difference.missing.push_back(word);
    for (int i = 0; i > count; --i) difference.extra.push_back(word);
  }
  auto& missing = difference.missing;
  // A lone "-" ending a line is dropped the same way.
  difference.joinedAtHyphen = static_cast<int>(std::erase(missing, std::string("-")));
  std::erase_if(difference.extra, [&](const std::string& joined) {
    for (auto head = missing.begin(); head != missing.end(); ++head) {
      if (head->size() < 2 || head->back() != '-' || !joined.starts_with(head->substr(0, head->size() - 1))) continue;
      const auto tail = std::find(missing.begin(), missing.end(), joined.substr(head->size() - 1));
      if (tail == missing.end() || tail == head) continue;
      const auto [first, second] = std::minmax(head, tail);
      missing.erase(second), missing.erase(first);
      ++difference.joinedAtHyphen;
      return true;
    }
    return false;
  });
  return difference;
}

}  // namespace sohoa::pipeline
