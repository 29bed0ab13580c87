#include "indexer/text/TextSplitting.hpp"

#include <cctype>

namespace sohoa::indexer {

std::vector<std::string_view> splitAt(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || text[i] == separator) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

std::string trimmedPunctuation(std::string_view word) {
  auto isPunct = [](char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; };
  while (!word.empty() && isPunct(word.front())) word.remove_prefix(1);
  while (!word.empty() && isPunct(word.back())) word.remove_suffix(1);
  return std::string(word);
}

}  // namespace sohoa::indexer
