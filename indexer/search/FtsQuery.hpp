#pragma once
// Turns what a clerk types into FTS5 MATCH expressions that cannot be a syntax error:
// words are quoted (so "15/QĐ-UBND" or a stray '-' is text, not an operator), "quoted
// phrases" stay phrases, a trailing * makes a prefix query, and OR between words is kept.
//
// Two expressions come back: `asWritten` matches every word exactly as typed; `anyForm`
// also lets a word typed without marks match its marked forms (see VietnameseTokenizer).
// Search runs the first and then the second, so pages with the exact words rank first.
#include <string>
#include <string_view>

namespace sohoa::indexer {

struct FtsExpressions {
  std::string asWritten;  // "" when the query holds no searchable word
  std::string anyForm;    // "" when it would match the same pages as asWritten
  // The words typed in a row as one phrase, when there are two or more plain words (a name
  // mostly): pages where they stand in a row rank before pages where they are scattered.
  std::string phraseAsWritten;
  std::string phraseAnyForm;  // "" when it would match the same pages as phraseAsWritten
};

FtsExpressions toFtsMatchExpressions(std::string_view userQuery);

}  // namespace sohoa::indexer
