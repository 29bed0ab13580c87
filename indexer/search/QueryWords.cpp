#include "indexer/search/QueryWords.hpp"

#include <algorithm>
#include <cctype>

#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

// Bytes of a word as the index's tokenizer cuts them: letters and digits, any non-ASCII.
bool isWordByte(char c) { return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)); }

struct Token {
  std::size_t begin = 0, end = 0;
};

std::vector<Token> tokensOf(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !isWordByte(text[i])) ++i;
    const std::size_t begin = i;
    while (i < text.size() && isWordByte(text[i])) ++i;
    if (i > begin) tokens.push_back({begin, i});
  }
  return tokens;
}

QueryTerm termOf(std::string_view text, bool prefix) {
  QueryTerm term;
  for (const auto& token : tokensOf(text)) {
    const std::string word(text.substr(token.begin, token.end - token.begin));
    QueryWord parsed;
    parsed.folded = !hasMarks(word);
    parsed.form = lowerCase(parsed.folded ? foldMarks(word) : word);
    term.words.push_back(std::move(parsed));
  }
  if (prefix && !term.words.empty()) term.words.back().prefix = true;
  return term;
}

// Where a term matches among the tokens, from `from` on; tokens.size() when nowhere.
std::size_t findTerm(const QueryTerm& term, std::string_view text, const std::vector<Token>& tokens, std::size_t from,
                     bool asWritten) {
  for (std::size_t at = from; at + term.words.size() <= tokens.size(); ++at) {
    std::size_t k = 0;
    while (k < term.words.size() &&
           wordMatches(term.words[k], text.substr(tokens[at + k].begin, tokens[at + k].end - tokens[at + k].begin),
                       asWritten))
      ++k;
    if (k == term.words.size()) return at;
  }
  return tokens.size();
}

std::string excerptAround(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token> marked) {
  std::sort(marked.begin(), marked.end(), [](const Token& a, const Token& b) { return a.begin < b.begin; });
  std::string out = begin > 0 ? "…" : "";
  std::size_t at = begin;
  for (const auto& token : marked) {
    if (token.begin < at || token.end > end) continue;
    out += text.substr(at, token.begin - at);
    out += kHitStart;
    out += text.substr(token.begin, token.end - token.begin);
    out += kHitEnd;
    at = token.end;
  }
  out += text.substr(at, end - at);
  return out + (end < text.size() ? "…" : "");
}

}  // namespace

std::vector<QueryAlternative> parseQuery(std::string_view query) {
  std::vector<QueryAlternative> alternatives(1);
  std::size_t i = 0;
  while (i < query.size()) {
    if (std::isspace(static_cast<unsigned char>(query[i]))) {
      ++i;
    } else if (query[i] == '"') {
      const auto end = std::min(query.find('"', i + 1), query.size());
      if (auto term = termOf(query.substr(i + 1, end - i - 1), false); !term.words.empty())
        alternatives.back().push_back(std::move(term));
      i = end + 1;
    } else {
      auto end = i;
      while (end < query.size() && !std::isspace(static_cast<unsigned char>(query[end])) && query[end] != '"') ++end;
      const std::string_view text = query.substr(i, end - i);
      if (text == "OR") {
        if (!alternatives.back().empty()) alternatives.emplace_back();
      } else if (auto term = termOf(text, text.size() > 1 && text.back() == '*'); !term.words.empty()) {
        alternatives.back().push_back(std::move(term));
      }
      i = end;
    }
  }
  std::erase_if(alternatives, [](const QueryAlternative& alternative) { return alternative.empty(); });
  return alternatives;
}

bool wordMatches(const QueryWord& wanted, std::string_view word, bool asWritten) {
  const bool folded = wanted.folded && !asWritten;
  for (const auto& token : tokensOf(word)) {  // "QĐ-UBND" holds "QĐ" and "UBND"
    const std::string_view text = word.substr(token.begin, token.end - token.begin);
    const std::string form = lowerCase(folded ? foldMarks(text) : text);
    if (wanted.prefix ? form.starts_with(wanted.form) : form == wanted.form) return true;
  }
  return false;
}

std::optional<std::string> excerptMatching(std::string_view text, std::string_view query, bool asWritten) {
  const auto tokens = tokensOf(text);
  std::vector<Token> marked;
  // An identifier the query is (a dossier code, 15/QĐ-UBND): the printed words holding it.
  if (const auto identifier = identifierInQuery(query)) {
    std::size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
      const std::size_t begin = i;
      while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
      const auto keys = identifiersInText(text.substr(begin, i - begin));
      if (std::find(keys.begin(), keys.end(), *identifier) != keys.end()) marked.push_back({begin, i});
    }
  }
  if (marked.empty()) {
    for (const auto& alternative : parseQuery(query)) {
      std::vector<Token> found;
      for (const auto& term : alternative) {
        const std::size_t at = findTerm(term, text, tokens, 0, asWritten);
        if (at == tokens.size()) {
          found.clear();
          break;
        }
        // Every place the term stands, so the excerpt marks them all.
        for (std::size_t from = at; from < tokens.size(); from = findTerm(term, text, tokens, from + 1, asWritten))
          for (std::size_t k = 0; k < term.words.size(); ++k) found.push_back(tokens[from + k]);
      }
      if (!found.empty()) {
        marked = std::move(found);
        break;
      }
    }
  }
  if (marked.empty()) return std::nullopt;
  const auto first = std::min_element(marked.begin(), marked.end(), [](const Token& a, const Token& b) {
                       return a.begin < b.begin;
                     })->begin;
  // About 8 words before the first hit and 12 after, cut at spaces.
  std::size_t begin = first, end = first, words = 0;
  auto space = [&](std::size_t at) { return std::isspace(static_cast<unsigned char>(text[at])) != 0; };
  while (begin > 0 && words < 8) {
    --begin;
    if (space(begin) && begin > 0 && !space(begin - 1)) ++words;
  }
  if (begin > 0) ++begin;
  for (words = 0; end < text.size(); ++end)
    if (space(end) && end + 1 < text.size() && !space(end + 1) && ++words == 13) break;
  return excerptAround(text, begin, end, marked);
}

}  // namespace sohoa::indexer
