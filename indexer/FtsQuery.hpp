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
};

FtsExpressions toFtsMatchExpressions(std::string_view userQuery);

}  // namespace sohoa::indexer
