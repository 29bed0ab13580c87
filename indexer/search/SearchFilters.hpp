#pragma once
// A search's filters (dossier, type, kind, procedure, issuing body, dates, citizen) as SQL
// conditions on a page `p` and its document `d`, with their parameters in order. Shared by
// the ranked hits (PageSearch) and the count of every match (MatchedPages), so both count
// the same pages.
#include <string>
#include <vector>

#include "indexer/search/PageSearch.hpp"

namespace sohoa::indexer {

struct SearchConditions {
  std::vector<std::string> sql;
  std::vector<std::string> parameters;

  void add(const std::string& condition, const std::string& parameter) {
    sql.push_back(condition);
    parameters.push_back(parameter);
  }
  // " WHERE a AND b …" (with `first` first), or "" when there is no condition.
  std::string where(const std::string& first = "") const;
};

SearchConditions searchFilters(const SearchQuery& query);
// SQL true when document `d` has no day of this kind (the matches a date filter leaves out).
std::string undatedCondition(DateKind kind);

}  // namespace sohoa::indexer
