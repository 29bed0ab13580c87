#include "indexer/FtsQuery.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "ocr/UnicodeText.hpp"

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

}  // namespace

std::string toFtsMatchExpression(std::string_view userQuery) {
  const std::string normalised = ocr::toNfc(userQuery);
  std::vector<std::string> parts;
  for (const auto& term : splitTerms(normalised)) {
    if (!term.phrase && term.text == "OR") {
      if (!parts.empty() && parts.back() != "OR") parts.push_back("OR");
      continue;
    }
    std::string_view text = term.text;
    const bool prefix = !term.phrase && text.size() > 1 && text.back() == '*';
    if (prefix) text.remove_suffix(1);
    if (!hasWordCharacter(text)) continue;
    parts.push_back(quoted(text) + (prefix ? "*" : ""));
  }
  while (!parts.empty() && parts.back() == "OR") parts.pop_back();
  if (!parts.empty() && parts.front() == "OR") parts.erase(parts.begin());
  std::string expression;
  for (const auto& part : parts) {
    if (!expression.empty()) expression += ' ';
    expression += part;
  }
  return expression;
}

}  // namespace sohoa::indexer
