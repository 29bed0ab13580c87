#pragma once
// Full-text and filtered search over stored pages, best match first, each hit with a
// snippet whose matched words are wrapped in kHitStart / kHitEnd.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/RecordStore.hpp"

namespace sohoa::indexer {

inline constexpr char kHitStart = '\x02';
inline constexpr char kHitEnd = '\x03';

struct SearchQuery {
  std::string text;  // words as typed; may be empty when filters are given
  std::optional<std::string> citizenId;
  std::optional<std::string> dossierCode;
  std::optional<std::string> typeLabel;
  std::optional<std::string> issuedFrom;  // ISO dates, inclusive
  std::optional<std::string> issuedTo;
  int limit = 20;
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
};

class PageSearch {
 public:
  explicit PageSearch(RecordStore& store) : store_(store) {}
  std::vector<SearchHit> search(const SearchQuery& query);

 private:
  RecordStore& store_;
};

}  // namespace sohoa::indexer
