#pragma once
// Whose papers every match of a search is: the results grouped by citizen, over the whole
// result and not only the screen of hits. A document belongs to its dossier's applicant as the
// register names them (name, CCCD), or, outside the register, to the person and number its
// own fields hold; a row per dossier (or per document outside the register) gives the
// procedure, the receipt time and how many documents and pages matched. Groups come newest
// first (their newest document's day: issued, else received) and are paged like hits. The
// numbers are whole here: the viewer masks them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/search/MatchedPages.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

// A dossier of the citizen's, or a document of theirs outside the register.
struct CitizenRow {
  std::optional<std::string> dossierCode;
  std::optional<std::string> documentId;  // its first matching document
  std::int64_t pageId = 0;                // its first matching page, to open
  std::optional<std::string> typeLabel;
  std::optional<std::string> procedureCode, procedureName;
  std::optional<std::string> receivedAt;  // the register's receipt time (as stored)
  std::optional<std::string> day;         // its newest document's day (ISO)
  std::int64_t documents = 0, pages = 0;
};

struct CitizenGroup {
  std::optional<std::string> name;
  std::optional<std::string> citizenId;  // CCCD/CMND, whole
  std::vector<CitizenRow> rows;
  std::int64_t documents = 0, pages = 0;
};

struct CitizenGroups {
  std::vector<CitizenGroup> groups;  // from the query's offset, at most its limit
  std::int64_t total = 0;            // every group
  bool totalAtLeast = false;         // of the pages read, more may match (an auditor's search)
  std::int64_t pages = 0;            // every matching page (filters alone: the documents' pages)
};

// Groups every match of `query` (its offset and limit count groups). Throws SearchRefused
// like PageSearch::search.
CitizenGroups citizenGroups(RecordStore& store, const SearchQuery& query);
// Groups documents already found (an auditor's masked search: viewer/AuditorSearch).
CitizenGroups groupByCitizen(RecordStore& store, const std::vector<MatchedDocument>& matched, int offset, int limit);

}  // namespace sohoa::indexer
