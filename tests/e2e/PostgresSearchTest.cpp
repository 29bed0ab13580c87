// Issue 19's first slice end to end: the samples ingested into SQLite by the real `sohoa`,
// copied to PostgreSQL with `sohoa store copy`, and one set of queries asked of both stores
// through `sohoa search`: the same pages must come back, with the same ones marked exact
// (the words as typed), the same count, and the same first hit where both rank by the same
// rule (identifiers: newest page first; a tier of one page).
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "indexer/store/FieldCorrection.hpp"
#include "indexer/store/RecordStore.hpp"
#include "indexer/store/postgres/PgConnection.hpp"
#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/PostgresDatabase.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
using nlohmann::json;

namespace {

json searched(const std::string& store, std::vector<std::string> arguments) {
  std::vector<std::string> command = {sohoaBinary(), "search", "--store", store, "--json", "--limit", "1000"};
  command.insert(command.end(), arguments.begin(), arguments.end());
  const auto result = runCommand(command);
  INFO(store << ": " << result.err);
  REQUIRE(result.exitCode == 0);
  return json::parse(result.out);
}

std::set<std::string> pagesOf(const json& found, bool exactOnly = false, const char* key = "page_id") {
  std::set<std::string> pages;
  for (const auto& hit : found["results"])
    if (!exactOnly || hit["exact"].get<bool>()) pages.insert(hit[key].dump());
  return pages;
}

}  // namespace

TEST_CASE("PostgreSQL search: a store copied there answers the same queries with the same pages",
          "[e2e][postgres][search][store]") {
  TempDir dir;
  const std::string store = (dir / "store").string();
  for (const auto& input : {scansDir(), samplesDir() / "dossiers" / "lo-ho-so.pdf"}) {
    const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", store, "--jobs", "2", input.string()});
    INFO(ingest.err);
    REQUIRE(ingest.exitCode == 0);
  }
  {  // a name a clerk corrected is copied with its words (Khuê is on no page)
    auto records = sohoa::indexer::RecordStore::open(store, sohoa::indexer::StoreAccess::Update);
    auto name = records.db().prepare("SELECT min(id) FROM fields WHERE name = 'person_name'");
    REQUIRE(name.step());
    sohoa::indexer::correctField(records, name.integer(0), "Nguyễn Khuê Thử", "canbo");
  }
  PostgresDatabase database;
  const auto copy = runCommand({sohoaBinary(), "store", "copy", "--from", store, "--to", database.url()});
  INFO(copy.out << copy.err);
  REQUIRE(copy.exitCode == 0);
  CHECK(copy.out.find("the copy matches") != std::string::npos);
  CHECK(copy.out.find("pages") != std::string::npos);
  CHECK(copy.out.find("≠") == std::string::npos);
  // Copying again onto records already there is refused, the records left as they were.
  const auto again = runCommand({sohoaBinary(), "store", "copy", "--from", store, "--to", database.url()});
  CHECK(again.exitCode != 0);
  CHECK(again.err.find("already holds records") != std::string::npos);
  // The copied batches were assembled by the SQLite ingest: no queue worker assembles them again,
  // and documents and fields a worker assembles later take ids after the copied ones.
  sohoa::indexer::PgConnection copied(database.url());
  CHECK(copied.run("SELECT count(*) FROM batches").integer(0, 0) > 0);
  CHECK(copied.run("SELECT count(*) FROM batches WHERE NOT assembled").integer(0, 0) == 0);
  for (const std::string table : {"documents", "fields"})
    CHECK(copied.run("SELECT nextval(pg_get_serial_sequence('" + table + "', 'id')) > max(id) FROM " + table)
              .text(0, 0) == "t");

  const std::vector<std::vector<std::string>> queries = {{"cải cách hành chính"},
                                                         {"cai cach hanh chinh"},
                                                         {"\"công tác văn thư\""},
                                                         {"cong tac van thu"},
                                                         {"Lạng Sơn"},
                                                         {"lang son"},
                                                         {"15 kh ubnd"},
                                                         {"093080274288"},
                                                         {"000.14.22.H08-250605-1271"},
                                                         {"Hồ Thanh Phúc"},
                                                         {"ho thanh phuc"},
                                                         {"phuc"},
                                                         {"Mỹ Lợi"},
                                                         {"my loi"},
                                                         {"kế hoạch"},
                                                         {"hanh*"},
                                                         {"văn thư OR khai tử"},
                                                         {"UBND xã"},
                                                         {"xyzzyqua"},
                                                         {"khue"},
                                                         {"Khuê Thử"},
                                                         {"đường"},
                                                         {"khai tu", "--cccd", "093080274288"},
                                                         {"ho so", "--dossier", "000.14.22.H08-250605-1271"}};
  int withHits = 0;
  for (const auto& query : queries) {
    const json sqlite = searched(store, query);
    const json postgres = searched(database.url(), query);
    INFO("query: " << json(query).dump());
    CHECK(pagesOf(postgres) == pagesOf(sqlite));
    CHECK(pagesOf(postgres, true) == pagesOf(sqlite, true));
    CHECK(postgres["total"] == sqlite["total"]);
    if (sqlite["count"].get<int>() == 0) continue;
    ++withHits;
    // The same page first where the order is decided alike: a key (newest page first), or
    // only one page in the first tier.
    const bool key = query[0].find_first_not_of("0123456789.-H") == std::string::npos;
    if (key || pagesOf(sqlite, true).size() == 1)
      CHECK(postgres["results"][0]["page_id"] == sqlite["results"][0]["page_id"]);
  }
  CHECK(withHits >= 20);  // the queries find something: the comparison is not of empty sets

  // Every filter, with words and alone, on values the samples hold: the same pages, counts and
  // undated counts.
  std::map<std::string, std::string> held;  // filter option → a value some document has
  for (const auto& document : exportedDocuments(store)) {
    const auto& fields = document["fields"];
    if (document["type_label"].is_string()) held.emplace("--type", document["type_label"].get<std::string>());
    held.emplace("--kind", document["kind"].get<std::string>());
    for (const auto& [option, field] : {std::pair{"--procedure", "procedure_code"}, {"--organ", "organ_name"}})
      if (fields.contains(field)) held.emplace(option, fields[field].get<std::string>());
  }
  REQUIRE(held.size() == 4);
  std::vector<std::vector<std::string>> filtered = {{"xa", "--from", "01/01/2020", "--date", "issued"},
                                                    {"--from", "2025-01-01", "--to", "2025-12-31"},
                                                    {"ubnd", "--to", "2030-12-31", "--date", "issued"}};
  for (const auto& [option, value] : held) {
    filtered.push_back({"ubnd", option, value});
    filtered.push_back({option, value});
  }
  int filteredWithHits = 0;
  for (const auto& query : filtered) {
    const json sqlite = searched(store, query);
    const json postgres = searched(database.url(), query);
    INFO("query: " << json(query).dump());
    CHECK(pagesOf(postgres) == pagesOf(sqlite));
    CHECK(postgres["total"] == sqlite["total"]);
    CHECK(postgres["undated"] == sqlite["undated"]);
    filteredWithHits += sqlite["count"].get<int>() > 0;
  }
  CHECK(filteredWithHits >= 9);

  // Date order: the same pages in the same order (the document's day, then newest stored).
  for (const auto& query : {std::vector<std::string>{"ubnd", "--sort", "date"},
                            {"ho so", "--sort", "date", "--date", "issued", "--from", "2020-01-01"}}) {
    const json sqlite = searched(store, query);
    const json postgres = searched(database.url(), query);
    INFO("query: " << json(query).dump());
    CHECK(sqlite["count"].get<int>() >= 2);
    std::vector<json> sqliteOrder, postgresOrder;
    for (const auto& hit : sqlite["results"]) sqliteOrder.push_back(hit["page_id"]);
    for (const auto& hit : postgres["results"]) postgresOrder.push_back(hit["page_id"]);
    CHECK(postgresOrder == sqliteOrder);
    CHECK(pagesOf(postgres, true) == pagesOf(sqlite, true));
  }

  // A citizen number one misreading away from a stored one: the same did-you-mean.
  std::string misread = "093080274288";
  misread[5] = misread[5] == '8' ? '3' : '8';
  const json sqliteNear = searched(store, {"--cccd", misread});
  const json postgresNear = searched(database.url(), {"--cccd", misread});
  CHECK(sqliteNear["count"] == 0);
  CHECK(sqliteNear["did_you_mean"].size() >= 1);
  CHECK(postgresNear["did_you_mean"] == sqliteNear["did_you_mean"]);

  // Filters alone (the citizen's records): the same documents.
  const json sqliteCitizen = searched(store, {"--cccd", "093080274288"});
  const json postgresCitizen = searched(database.url(), {"--cccd", "093080274288"});
  CHECK(sqliteCitizen["count"].get<int>() >= 2);
  CHECK(pagesOf(postgresCitizen, false, "document_id") == pagesOf(sqliteCitizen, false, "document_id"));
}
