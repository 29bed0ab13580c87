#pragma once
// Search over stored pages: words (with or without diacritics), identifiers as exact keys,
// and filters on the documents' fields. Pages with the words as typed come first, then
// pages where words typed without marks matched marked forms; each hit has a snippet whose
// matched words are wrapped in kHitStart / kHitEnd.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/RecordStore.hpp"

namespace sohoa::indexer {

inline constexpr char kHitStart = '\x02';
inline constexpr char kHitEnd = '\x03';
// Ranking costs time for every page it scores; over a million pages a common word
// matches hundreds of thousands. Only the newest this many matches are ranked (measured:
// 2,000 keeps a two-word query at 14 ms p95 over a million pages; 5,000 at 35 ms).
inline constexpr int kRankedMatches = 2000;

struct SearchQuery {
  std::string text;  // words as typed; may be empty when filters are given
  std::optional<std::string> citizenId;
  std::optional<std::string> dossierCode;
  std::optional<std::string> typeLabel;
  std::optional<std::string> kind;
  std::optional<std::string> procedureCode;
  std::optional<std::string> organName;
  std::optional<std::string> issuedFrom;  // ISO dates, inclusive
  std::optional<std::string> issuedTo;
  int limit = 20;
  int rankedMatches = kRankedMatches;
};

struct SearchHit {
  std::int64_t pageId = 0;
  std::optional<std::string> documentId;  // absent while its input is still being ingested
  std::optional<std::string> dossierCode;
  std::optional<std::string> typeLabel;
  std::optional<std::string> issuedDate;
  std::string source;
  int sourcePage = 0;
  std::string snippet;
  bool exact = true;  // false when found only through words typed without marks
};

struct SearchResult {
  std::vector<SearchHit> hits;
  // For a CCCD/CMND that names no document: stored numbers one OCR confusion away.
  std::vector<std::string> didYouMean;
  // Pages stored before a tokenizer upgrade and not yet re-indexed (see IndexCatchUp).
  std::int64_t pagesNotIndexed = 0;
  // More pages matched than are ranked: the best of the newest kRankedMatches are shown.
  bool rankedNewestOnly = false;
};

class PageSearch {
 public:
  explicit PageSearch(RecordStore& store) : store_(store) {}
  SearchResult search(const SearchQuery& query);

 private:
  RecordStore& store_;
};

}  // namespace sohoa::indexer
