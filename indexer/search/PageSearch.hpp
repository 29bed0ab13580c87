#pragma once
// Search over stored pages: words (with or without diacritics), identifiers as exact keys,
// and filters on the documents' fields. Pages with the words as typed come first, then
// pages where words typed without marks matched marked forms; each hit has a snippet whose
// matched words are wrapped in kHitStart / kHitEnd.
#include <chrono>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

inline constexpr char kHitStart = '\x02';
inline constexpr char kHitEnd = '\x03';
// Ranking costs time for every page it scores; over a million pages a common word
// matches hundreds of thousands. Only the newest this many matches are ranked (measured:
// 2,000 keeps a two-word query at 14 ms p95 over a million pages; 5,000 at 35 ms).
inline constexpr int kRankedMatches = 2000;
// Every search, from the command line or the viewer, is bounded. A pasted text of 1,300
// common words typed without marks held the index for 54 s on 6,400 pages (each word asks
// for its every marked form, and every matching page is scored for each word); 24 of them
// take 0.4 s. A query is refused beyond these lengths, and stopped when it runs longer
// than the budget (SQLite's progress handler).
inline constexpr std::size_t kLongestQuery = 400;  // bytes
inline constexpr std::size_t kMostQueryWords = 24;
inline constexpr std::chrono::milliseconds kSearchBudget{1500};
// Paging goes this far into the results (beyond, a search needs more words or filters).
inline constexpr int kFurthestOffset = 10000;

// A search that was not run (too long, too many words) or was stopped (over its budget).
class SearchRefused : public std::runtime_error {
 public:
  enum class Reason { TooLong, TooManyWords, TooSlow };
  SearchRefused(Reason reason, const std::string& what) : std::runtime_error(what), reason_(reason) {}
  Reason reason() const { return reason_; }

 private:
  Reason reason_;
};
// Why the words of a query cannot be searched, or nothing.
std::optional<SearchRefused> queryRefusal(std::string_view text);

// Relevance: best ranked first (pages with the words as typed before the others). Date: the
// documents' day, newest first (see MatchedPages).
enum class SearchOrder { Relevance, Date };
// Which day --from/--to filter on: the dossier's receipt day in the register (every
// registered dossier has one), or the issued date read on the document (few have one).
enum class DateKind { Received, Issued };

struct SearchQuery {
  std::string text;  // words as typed; may be empty when filters are given
  std::optional<std::string> citizenId;
  std::optional<std::string> dossierCode;
  std::optional<std::string> typeLabel;
  std::optional<std::string> kind;
  std::optional<std::string> procedureCode;
  std::optional<std::string> organName;
  std::optional<std::string> dateFrom;  // ISO dates, inclusive
  std::optional<std::string> dateTo;
  DateKind dateKind = DateKind::Received;
  int limit = 20;
  int offset = 0;  // hits skipped before the `limit` shown (the next screen of results)
  SearchOrder order = SearchOrder::Relevance;
  int rankedMatches = kRankedMatches;
  // Pages newest first, not ranked: no score counts words the reader may not see (an
  // auditor's view masks some; see viewer/AuditorSearch).
  bool newestFirst = false;
  std::chrono::milliseconds timeBudget = kSearchBudget;
};

// The citizen number a query asks for (--cccd, or a CCCD or CMND typed as its words): a search
// that finds nothing offers the stored numbers one misreading away from it.
std::optional<std::string> citizenNumberAsked(const SearchQuery& query, const std::optional<IdentifierKey>& identifier);

struct SearchHit {
  std::int64_t pageId = 0;
  std::optional<std::string> documentId;  // absent while its input is still being ingested
  std::optional<std::string> dossierCode;
  std::optional<std::string> typeLabel;
  std::optional<std::string> issuedDate;
  std::optional<std::string> receivedDate;  // its dossier's receipt day in the register (ISO)
  std::optional<std::string> number;        // number/notation read on the document ("15/QĐ-UBND")
  std::optional<std::string> personName;    // the first person named on it (personal data)
  std::string source;
  int sourcePage = 0;
  std::string snippet;
  bool exact = true;  // false when found only through words typed without marks
};

struct SearchResult {
  std::vector<SearchHit> hits;
  // Every page the query matches (filters alone: every document), not only those shown.
  std::int64_t total = 0;
  bool totalAtLeast = false;  // `total` is a lower bound (an auditor's search; see AuditorSearch)
  // With a date filter: the matches left out because they have no such day (said, not hidden).
  std::int64_t undated = 0;
  // For a CCCD/CMND that names no document: stored numbers one OCR confusion away.
  std::vector<std::string> didYouMean;
  // Pages stored before a tokenizer upgrade and not yet re-indexed (see IndexCatchUp).
  std::int64_t pagesNotIndexed = 0;
  // More pages matched than are ranked: the best of the newest kRankedMatches are shown.
  bool rankedNewestOnly = false;
};

// On a PostgreSQL store the search is PgPageSearch's (the same tiers and answers).
class PageSearch {
 public:
  explicit PageSearch(RecordStore& store) : store_(store) {}
  // Throws SearchRefused for a query over the limits or over its time budget.
  SearchResult search(const SearchQuery& query);

 private:
  SearchResult searchWithinBudget(const SearchQuery& asked);
  RecordStore& store_;
};

}  // namespace sohoa::indexer
