#include "indexer/search/IdentifierKeys.hpp"

#include <algorithm>
#include <cctype>

#include "indexer/extract/CitizenId.hpp"
#include "indexer/text/TextSplitting.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

bool allDigits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::string upper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

// 000.00.21.H08-250314-0042 or 38.98.H29-210519-0003: agency, yyMMdd, 4-digit sequence.
std::optional<std::string> dossierKey(std::string_view s) {
  const auto parts = splitAt(s, '-');
  if (parts.size() != 3 || parts[1].size() != 6 || !allDigits(parts[1]) || parts[2].size() != 4 ||
      !allDigits(parts[2]) || parts[0].find('.') == std::string_view::npos || parts[0].size() < 8)
    return std::nullopt;
  for (char c : parts[0])
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.') return std::nullopt;
  return upper(s);
}

// 1.001193, also with a provincial suffix (2.000815.000.00.00.H55): the key is d.dddddd.
std::optional<std::string> procedureKey(std::string_view s) {
  if (s.size() < 8 || !std::isdigit(static_cast<unsigned char>(s[0])) || s[1] != '.' || !allDigits(s.substr(2, 6)))
    return std::nullopt;
  if (s.size() > 8 && s[8] != '.') return std::nullopt;
  return std::string(s.substr(0, 8));
}

// Number, optional year, then letter groups: "15/QĐ-UBND" -> "15/QD-UBND".
std::optional<std::string> notationKey(const std::vector<std::string>& groups) {
  if (groups.size() < 2 || !allDigits(groups[0]) || groups[0].size() > 5) return std::nullopt;
  std::string number = groups[0];
  number.erase(0, std::min(number.find_first_not_of('0'), number.size() - 1));
  std::string key = number + "/";
  std::size_t next = 1;
  if (groups[1].size() == 4 && allDigits(groups[1])) key += groups[next++] + "/";
  if (next == groups.size()) return std::nullopt;
  for (std::size_t i = next; i < groups.size(); ++i) {
    const std::string folded = upper(foldMarks(groups[i]));
    if (folded.empty() ||
        !std::all_of(folded.begin(), folded.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
      return std::nullopt;
    key += (i == next ? "" : "-") + folded;
  }
  return key;
}

std::vector<std::string> notationGroups(std::string_view s) {
  std::vector<std::string> groups;
  std::string current;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    const bool separator = i == s.size() || s[i] == '/' || s[i] == '-' || s[i] == ' ';
    if (!separator) {
      current += s[i];
    } else if (!current.empty()) {
      groups.push_back(current);
      current.clear();
    }
  }
  return groups;
}

std::optional<IdentifierKey> classify(std::string_view chunk) {
  if (allDigits(chunk)) {
    if (chunk.size() == 12) return IdentifierKey{"cccd", std::string(chunk)};
    if (chunk.size() == 9) return IdentifierKey{"cmnd", std::string(chunk)};
    return std::nullopt;
  }
  if (auto key = dossierKey(chunk)) return IdentifierKey{"dossier", *key};
  if (auto key = procedureKey(chunk)) return IdentifierKey{"procedure", *key};
  if (chunk.find('/') != std::string_view::npos)
    if (auto key = notationKey(notationGroups(chunk))) return IdentifierKey{"notation", *key};
  return std::nullopt;
}

std::string_view trimPunctuation(std::string_view s) {
  constexpr std::string_view punctuation = ",.;:()[]\"'“”";
  while (!s.empty() && punctuation.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  while (!s.empty() && punctuation.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<IdentifierKey> identifiersInText(std::string_view text) {
  std::vector<IdentifierKey> keys;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t end = i;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    if (auto key = classify(trimPunctuation(text.substr(i, end - i)));
        key && std::find(keys.begin(), keys.end(), *key) == keys.end())
      keys.push_back(*key);
    i = end;
  }
  return keys;
}

std::optional<std::string> citizenNumberAsTyped(std::string_view typed) {
  std::string digits;
  for (char c : typed) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
    } else if (c != ' ' && c != '.' && c != '-') {
      return std::nullopt;
    }
  }
  if (digits.size() == 12 || digits.size() == 9) return digits;
  // The zero a spreadsheet drops: kept only when the number it gives is a valid CCCD.
  if (digits.size() == 11 && isValidCccd("0" + digits, currentYear())) return "0" + digits;
  return std::nullopt;
}

std::optional<IdentifierKey> identifierInQuery(std::string_view query) {
  std::string_view trimmed = trimPunctuation(query);
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.front()))) trimmed.remove_prefix(1);
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.remove_suffix(1);
  if (const auto number = citizenNumberAsTyped(trimmed))
    return IdentifierKey{number->size() == 12 ? "cccd" : "cmnd", *number};
  if (trimmed.find(' ') == std::string_view::npos) return classify(trimmed);
  // "15 QĐ UBND", "09 2025 QĐ TTg": a notation typed with spaces.
  if (auto key = notationKey(notationGroups(trimmed))) return IdentifierKey{"notation", *key};
  return std::nullopt;
}

std::vector<std::string> oneConfusionAway(const std::string& digits) {
  std::vector<std::string> variants;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    for (char d = '0'; d <= '9'; ++d) {
      if (d == digits[i]) continue;
      std::string variant = digits;
      variant[i] = d;
      variants.push_back(std::move(variant));
    }
    if (i + 1 < digits.size() && digits[i] != digits[i + 1]) {
      std::string swapped = digits;
      std::swap(swapped[i], swapped[i + 1]);
      variants.push_back(std::move(swapped));
    }
  }
  return variants;
}

}  // namespace sohoa::indexer
