#include "indexer/search/CitizenGroups.hpp"

#include <algorithm>
#include <map>

#include "indexer/search/FtsQuery.hpp"
#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/search/postgres/PgPageSearch.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

// A matching document with whose it is.
struct OwnedDocument {
  CitizenRow row;
  std::optional<std::string> name, citizenId;
};

std::optional<OwnedDocument> ownedDocument(StoreStatement& lookup, const MatchedDocument& matched) {
  lookup.reset();
  lookup.bindAll(matched.firstPage);
  if (!lookup.step()) return std::nullopt;
  OwnedDocument owned;
  CitizenRow& row = owned.row;
  row.pageId = matched.firstPage;
  row.pages = matched.pages;
  row.documents = lookup.isNull(0) ? 0 : 1;
  row.documentId = lookup.optionalText(0);
  row.dossierCode = lookup.optionalText(1);
  row.typeLabel = lookup.optionalText(2);
  row.day = lookup.optionalText(3);
  row.procedureCode = lookup.optionalText(6);
  row.procedureName = lookup.optionalText(7);
  row.receivedAt = lookup.optionalText(8);
  // The register's applicant; a row without a name falls back on the document's person
  // (the number too, when the register has none: never one person's name with another's number).
  if (lookup.optionalText(4)) {
    owned.name = lookup.optionalText(4);
    owned.citizenId = lookup.optionalText(5);
  } else {
    owned.name = lookup.optionalText(9);
    owned.citizenId = lookup.optionalText(5) ? lookup.optionalText(5) : lookup.optionalText(10);
  }
  return owned;
}

// The citizen's number, else their name in lower case, else "" (whose is not known).
std::string groupKey(const OwnedDocument& owned) {
  if (owned.citizenId) return "#" + *owned.citizenId;
  if (owned.name) {
    // Appended, not "@" + lowerCase(…): GCC 12 at -O3 (Release) warns falsely (-Wrestrict) on that +.
    std::string key = "@";
    key += lowerCase(*owned.name);
    return key;
  }
  return "";
}

bool newerFirst(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (a.has_value() != b.has_value()) return a.has_value();  // undated last
  return a && *a > *b;
}

}  // namespace

CitizenGroups groupByCitizen(RecordStore& store, const std::vector<MatchedDocument>& matched, int offset, int limit) {
  auto lookup = store.db().prepare(
      "SELECT d.public_id, d.dossier_code, d.type_label, " + std::string(kDocumentDay) +
      ", r.applicant_name, r.applicant_id, r.procedure_code, pr.name, r.received_at, "
      "(SELECT f.value FROM fields f WHERE f.document_id = d.id AND f.name = 'person_name' AND f.value <> '' "
      "ORDER BY f.id LIMIT 1), "
      "(SELECT f.value FROM fields f WHERE f.document_id = d.id AND f.name = 'citizen_ids' AND f.value <> '' "
      "ORDER BY f.id LIMIT 1) "
      "FROM pages p LEFT JOIN documents d ON d.id = p.document_id LEFT JOIN dossiers r ON r.code = d.dossier_code "
      "LEFT JOIN procedures pr ON pr.code = r.procedure_code WHERE p.id = ?");
  CitizenGroups out;
  std::map<std::string, CitizenGroup> groups;
  std::map<std::string, std::optional<std::string>> newest;  // each group's newest day
  for (const auto& one : matched) {
    const auto owned = ownedDocument(lookup, one);
    if (!owned) continue;
    out.pages += one.pages;
    const std::string key = groupKey(*owned);
    CitizenGroup& group = groups[key];
    if (!group.name) group.name = owned->name;
    if (!group.citizenId) group.citizenId = owned->citizenId;
    group.documents += owned->row.documents;
    group.pages += owned->row.pages;
    if (newerFirst(owned->row.day, newest[key]) || group.rows.empty()) newest[key] = owned->row.day;
    // One row per dossier: its documents add up.
    const auto same =
        owned->row.dossierCode
            ? std::find_if(group.rows.begin(), group.rows.end(),
                           [&](const CitizenRow& row) { return row.dossierCode == owned->row.dossierCode; })
            : group.rows.end();
    if (same == group.rows.end()) {
      group.rows.push_back(owned->row);
      continue;
    }
    same->documents += owned->row.documents;
    same->pages += owned->row.pages;
    if (owned->row.pageId < same->pageId) {  // the dossier opens on its first matching page
      same->pageId = owned->row.pageId;
      same->documentId = owned->row.documentId;
      same->typeLabel = owned->row.typeLabel;
    }
    if (newerFirst(owned->row.day, same->day)) same->day = owned->row.day;
  }
  std::vector<std::pair<std::string, CitizenGroup>> ordered(std::make_move_iterator(groups.begin()),
                                                            std::make_move_iterator(groups.end()));
  // Newest first; ties by key, so that screens asked with different offsets agree.
  std::stable_sort(ordered.begin(), ordered.end(), [&](const auto& a, const auto& b) {
    const auto &dayA = newest[a.first], &dayB = newest[b.first];
    if (dayA != dayB) return newerFirst(dayA, dayB);
    return a.first < b.first;
  });
  out.total = static_cast<std::int64_t>(ordered.size());
  const auto from = std::min<std::size_t>(ordered.size(), static_cast<std::size_t>(std::max(offset, 0)));
  const auto to = std::min<std::size_t>(ordered.size(), from + static_cast<std::size_t>(std::max(limit, 1)));
  for (auto i = from; i < to; ++i) {
    auto& group = ordered[i].second;
    std::stable_sort(group.rows.begin(), group.rows.end(),
                     [](const CitizenRow& a, const CitizenRow& b) { return newerFirst(a.day, b.day); });
    out.groups.push_back(std::move(group));
  }
  return out;
}

CitizenGroups citizenGroups(RecordStore& store, const SearchQuery& query) {
  if (store.postgres())
    return groupByCitizen(store, PgPageSearch(store.postgresConnection()).matchedDocuments(query), query.offset,
                          query.limit);
  if (auto refusal = queryRefusal(query.text)) throw *refusal;
  SqliteTimeBudget budget(store.sqlite("grouping by citizen"), query.timeBudget);
  try {
    const QueryMatch match{toFtsMatchExpressions(query.text), identifierInQuery(query.text)};
    return groupByCitizen(store, matchedDocuments(store.sqlite(), query, match), query.offset, query.limit);
  } catch (const SqliteError& error) {
    if (!error.interrupted()) throw;
    throw SearchRefused(SearchRefused::Reason::TooSlow, "the search ran longer than " +
                                                            std::to_string(query.timeBudget.count()) +
                                                            " ms and was stopped; add words or filters to narrow it");
  }
}

}  // namespace sohoa::indexer
