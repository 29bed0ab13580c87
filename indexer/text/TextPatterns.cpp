#include "indexer/text/TextPatterns.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

#include "indexer/extract/CitizenId.hpp"
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

std::optional<std::pair<std::size_t, std::size_t>> personNameRun(const std::vector<ocr::Word>& words) {
  std::optional<std::pair<std::size_t, std::size_t>> best;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= words.size(); ++i) {
    if (i < words.size() && looksLikeNameWord(words[i].text)) continue;  // one name-shaped word
    const std::size_t length = i - start;
    if (length >= 2 && length <= 6 && (!best || length > best->second - best->first)) best = {start, i};
    start = i + 1;
  }
  return best;
}

std::string trimmedPunctuation(std::string_view word) {
  auto isPunct = [](char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; };
  while (!word.empty() && isPunct(word.front())) word.remove_prefix(1);
  while (!word.empty() && isPunct(word.back())) word.remove_suffix(1);
  return std::string(word);
}

std::optional<int> readNumber(std::string_view token, std::size_t maxDigits) {
  const auto digits = repairedDigits(token, 1);
  if (!digits || digits->empty() || digits->size() > maxDigits) return std::nullopt;
  return std::stoi(*digits);
}

std::optional<std::string> isoDate(int day, int month, int year) {
  using namespace std::chrono;
  const year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                            std::chrono::day(static_cast<unsigned>(day))};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || !date.ok()) return std::nullopt;
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return std::string(out);
}

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

std::string markupEscaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::optional<std::string> slashDate(std::string_view token) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= token.size(); ++i)
    if (i == token.size() || token[i] == '/' || token[i] == '-' || token[i] == '.') {
      parts.push_back(token.substr(start, i - start));
      start = i + 1;
    }
  if (parts.size() != 3 || parts[2].size() != 4) return std::nullopt;
  const auto day = readNumber(parts[0], 2), month = readNumber(parts[1], 2), year = readNumber(parts[2], 4);
  if (!day || !month || !year) return std::nullopt;
  return isoDate(*day, *month, *year);
}

}  // namespace sohoa::indexer
