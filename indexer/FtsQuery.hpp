#pragma once
// Turns what a clerk types into an FTS5 MATCH expression that cannot be a syntax error:
// words are quoted (so "15/QĐ-UBND" or a stray '-' is text, not an operator), "quoted
// phrases" stay phrases, a trailing * makes a prefix query, and OR between words is kept.
#include <string>
#include <string_view>

namespace sohoa::indexer {

// Returns "" when the query holds no searchable word.
std::string toFtsMatchExpression(std::string_view userQuery);

}  // namespace sohoa::indexer
