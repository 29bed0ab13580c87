#include "indexer/search/postgres/PgSearchWords.hpp"

#include <algorithm>
#include <vector>

#include "indexer/search/QueryWords.hpp"
#include "indexer/search/VietnameseTokenizer.hpp"
#include "ocr/text/UnicodeText.hpp"

namespace sohoa::indexer {
namespace {

// 'lexeme' with the quote and backslash escaped, as tsvector and tsquery input read it.
std::string quotedLexeme(std::string_view lexeme) {
  std::string out = "'";
  for (char c : lexeme) {
    if (c == '\'' || c == '\\') out += c == '\'' ? '\'' : '\\';
    out += c;
  }
  return out + "'";
}

std::string withoutControlCharacters(std::string_view text) {
  std::string out;
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
  return out;
}

// One query word's lexemes, in a row: "qđ-ubnd" is two.
std::string wordQuery(const QueryWord& word, bool anyForm) {
  std::string out;
  const auto tokens = indexedWords(word.form);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string suffix = word.prefix && i + 1 == tokens.size() ? ":*" : "";
    std::string lexeme = quotedLexeme(tokens[i].written) + suffix;
    // Typed without marks: also every marked word that folds to it.
    if (anyForm && word.folded && tokens[i].folded.empty())
      lexeme = "(" + lexeme + " | " + quotedLexeme(std::string(1, kPgFoldedMarker) + tokens[i].written) + suffix + ")";
    out += (out.empty() ? "" : " <-> ") + lexeme;
  }
  return out;
}

std::string termQuery(const QueryTerm& term, bool anyForm) {
  std::string out;
  for (const auto& word : term.words)
    if (const std::string piece = wordQuery(word, anyForm); !piece.empty()) out += (out.empty() ? "" : " <-> ") + piece;
  return out;
}

std::string alternativesQuery(const std::vector<QueryAlternative>& alternatives, bool anyForm) {
  std::string out;
  for (const auto& alternative : alternatives) {
    std::string all;
    for (const auto& term : alternative)
      if (const std::string piece = termQuery(term, anyForm); !piece.empty())
        all += (all.empty() ? "" : " & ") + ("(" + piece + ")");
    if (!all.empty()) out += (out.empty() ? "" : " | ") + ("(" + all + ")");
  }
  return out;
}

}  // namespace

std::string pgSearchWords(std::string_view text) {
  std::string out;
  int position = 0;
  for (const auto& word : indexedWords(text)) {
    position = std::min(position + 1, kPgLastPosition);
    const std::string at = ":" + std::to_string(position) + " ";
    out += quotedLexeme(word.written) + at;
    if (!word.folded.empty()) out += quotedLexeme(std::string(1, kPgFoldedMarker) + word.folded) + at;
  }
  return out;
}

PgTextQueries toPgTextQueries(std::string_view userQuery) {
  const auto alternatives = parseQuery(ocr::toNfc(withoutControlCharacters(userQuery)));
  PgTextQueries queries;
  queries.asWritten = alternativesQuery(alternatives, false);
  queries.anyForm = alternativesQuery(alternatives, true);
  if (queries.anyForm == queries.asWritten) queries.anyForm.clear();
  // Plain words only, as FtsQuery has it: no quotes, no OR, no prefix, two terms or more.
  const bool quotedOrAlternatives = userQuery.find('"') != std::string_view::npos || alternatives.size() != 1 ||
                                    (" " + std::string(userQuery) + " ").find(" OR ") != std::string::npos;
  if (!quotedOrAlternatives && alternatives[0].size() >= 2 &&
      std::none_of(alternatives[0].begin(), alternatives[0].end(),
                   [](const QueryTerm& term) { return term.words.back().prefix; })) {
    QueryTerm inARow;
    for (const auto& term : alternatives[0])
      inARow.words.insert(inARow.words.end(), term.words.begin(), term.words.end());
    queries.phraseAsWritten = termQuery(inARow, false);
    queries.phraseAnyForm = termQuery(inARow, true);
    if (queries.phraseAnyForm == queries.phraseAsWritten) queries.phraseAnyForm.clear();
  }
  return queries;
}

}  // namespace sohoa::indexer
