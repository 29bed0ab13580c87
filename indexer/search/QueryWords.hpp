#pragma once
// A search query read the way PageSearch reads it, for matching text outside the index:
// alternatives joined by OR, each a list of terms that must all be there; a term is one
// word, a "quoted phrase" (its words in a row) or a prefix*. A word typed with marks
// matches that word only, typed without marks every marked form (case aside), as the index
// does. The viewer checks with it what an auditor sees (a page with personal data masked)
// rather than what the index holds, and PageHits outlines the words it names.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sohoa::indexer {

struct QueryWord {
  std::string form;     // lower case; folded (no marks) when typed without marks
  bool folded = false;  // typed without marks
  bool prefix = false;  // typed with a trailing '*'
};
struct QueryTerm {
  std::vector<QueryWord> words;  // in a row (a phrase), or one
};
using QueryAlternative = std::vector<QueryTerm>;

std::vector<QueryAlternative> parseQuery(std::string_view query);
// Whether a word of a text (punctuation around it ignored) is one the query word names.
// `asWritten`: as typed only, no other marked form (what ranks a hit as exact).
bool wordMatches(const QueryWord& wanted, std::string_view word, bool asWritten = false);

// The text around the first place it matches the query (all terms of one alternative, or
// the identifier the query is), about 20 words, with the matching words between kHitStart
// and kHitEnd; nothing when the text does not match.
std::optional<std::string> excerptMatching(std::string_view text, std::string_view query, bool asWritten = false);

}  // namespace sohoa::indexer
