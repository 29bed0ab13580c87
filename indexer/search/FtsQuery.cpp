#include "indexer/search/FtsQuery.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "indexer/search/VietnameseTokenizer.hpp"
#include "indexer/text/VietnameseFolding.hpp"
#include "ocr/text/UnicodeText.hpp"

namespace sohoa::indexer {
namespace {

bool hasWordCharacter(std::string_view text) {
  // Any non-ASCII byte belongs to a letter in practice (Vietnamese); ASCII must be alphanumeric.
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 || std::isalnum(byte);
  });
}

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

struct Term {
  std::string text;
  bool phrase = false;
};

std::vector<Term> splitTerms(std::string_view query) {
  std::vector<Term> terms;
  std::size_t i = 0;
  while (i < query.size()) {
    if (std::isspace(static_cast<unsigned char>(query[i]))) {
      ++i;
    } else if (query[i] == '"') {
      const auto end = query.find('"', i + 1);
      const auto stop = end == std::string_view::npos ? query.size() : end;
      terms.push_back({std::string(query.substr(i + 1, stop - i - 1)), true});
      i = stop + 1;
    } else {
      auto end = i;
      while (end < query.size() && !std::isspace(static_cast<unsigned char>(query[end])) && query[end] != '"') ++end;
      terms.push_back({std::string(query.substr(i, end - i)), false});
      i = end;
    }
  }
  return terms;
}

// True when some word of `text` has letters but no marks: typed without diacritics.
bool hasUnmarkedWord(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !hasWordCharacter(text.substr(i, 1))) ++i;
    std::size_t end = i;
    while (end < text.size() && hasWordCharacter(text.substr(end, 1))) ++end;
    const auto word = text.substr(i, end - i);
    const bool letters = std::any_of(word.begin(), word.end(), [](char c) {
      const auto byte = static_cast<unsigned char>(c);
      return byte >= 0x80 || std::isalpha(byte);
    });
    if (letters && !hasMarks(word)) return true;
    i = end;
  }
  return false;
}

std::string withoutControlCharacters(std::string_view text) {
  std::string out;
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
  return out;
}

}  // namespace

FtsExpressions toFtsMatchExpressions(std::string_view userQuery) {
  const std::string normalised = ocr::toNfc(withoutControlCharacters(userQuery));
  FtsExpressions expressions;
  bool unmarked = false;
  std::vector<std::string> plainWords;  // the phrase tier: only when every term is a plain word
  bool onlyPlainWords = true;
  for (const auto& term : splitTerms(normalised)) {
    if (!term.phrase && term.text == "OR") {
      onlyPlainWords = false;
      if (!expressions.asWritten.empty() && !expressions.asWritten.ends_with(" OR")) {
        expressions.asWritten += " OR";
        expressions.anyForm += " OR";
      }
      continue;
    }
    std::string_view text = term.text;
    const bool prefix = !term.phrase && text.size() > 1 && text.back() == '*';
    if (prefix) text.remove_suffix(1);
    if (!hasWordCharacter(text)) continue;
    unmarked = unmarked || hasUnmarkedWord(text);
    if (term.phrase || prefix)
      onlyPlainWords = false;
    else
      plainWords.emplace_back(text);
    const std::string suffix = prefix ? "*" : "";
    const std::string separator = expressions.asWritten.empty() ? "" : " ";
    expressions.asWritten += separator + quoted(text) + suffix;
    // Appended, not `marker + text`: GCC 12 at -O3 (Release) warns falsely (-Wrestrict) on that +.
    std::string anyForm(1, kAnyFormMarker);
    anyForm += text;
    expressions.anyForm += separator + quoted(anyForm) + suffix;
  }
  for (auto* expression : {&expressions.asWritten, &expressions.anyForm})
    if (expression->ends_with(" OR")) expression->resize(expression->size() - 3);
  if (!unmarked) expressions.anyForm.clear();
  if (onlyPlainWords && plainWords.size() >= 2) {
    std::string inARow;
    for (const auto& word : plainWords) inARow += (inARow.empty() ? "" : " ") + word;
    expressions.phraseAsWritten = quoted(inARow);
    if (unmarked) expressions.phraseAnyForm = quoted(std::string(1, kAnyFormMarker) + inARow);
  }
  return expressions;
}

}  // namespace sohoa::indexer
