#include "indexer/extract/NameShapedWords.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

std::size_t firstCharLength(std::string_view s) {
  if (s.empty()) return 0;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return std::min(length, s.size());
}

bool hasLetter(std::string_view word) { return lowerCase(word) != upperCase(word); }

}  // namespace

bool looksLikeNameWord(const std::string& word) {
  const std::size_t first = firstCharLength(word);
  const std::string_view head = std::string_view(word).substr(0, first);
  const std::string_view rest = std::string_view(word).substr(first);
  if (!hasLetter(head) || upperCase(head) != head) return false;
  if (!rest.empty() && (lowerCase(rest) != rest || !hasLetter(rest))) return false;
  return std::none_of(word.begin(), word.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || std::ispunct(static_cast<unsigned char>(c));
  });
}

bool looksLikePersonName(const std::vector<std::string>& words) {
  return words.size() >= 2 && words.size() <= 6 && std::all_of(words.begin(), words.end(), looksLikeNameWord);
}

}  // namespace sohoa::indexer
