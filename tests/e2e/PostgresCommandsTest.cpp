// Issue 19: every command and the viewer on a PostgreSQL store. A generated year of the desk
// (documents and register) is ingested into SQLite by the real `sohoa`, copied to PostgreSQL,
// and the same commands asked of both stores must give the same answers: export, show, the
// rates in every format, the archive check; writes (a reuse, the register again, reassembly)
// land the same way; and the viewer serves the copy (login, search, groups by citizen, a
// document, a correction, the audit trail, the workers' queue) with the same records as over SQLite.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/postgres/PgConnection.hpp"
#include "tests/support/PostgresDatabase.hpp"
#include "tests/support/TestSupport.hpp"
#include "viewer/server/BoundedServer.hpp"
#include "viewer/server/ViewerServer.hpp"

using namespace sohoa::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string sohoaOut(const std::vector<std::string>& arguments) {
  std::vector<std::string> command = {sohoaBinary()};
  command.insert(command.end(), arguments.begin(), arguments.end());
  const auto result = runCommand(command);
  INFO(arguments[0] << " " << arguments[2] << ": " << result.err);
  REQUIRE(result.exitCode == 0);
  return result.out;
}

// The viewer's answers over one store, as a clerk logged in gets them.
class ServedStore {
 public:
  explicit ServedStore(sohoa::indexer::StorePool pool, sohoa::indexer::StoreLayout layout)
      : context_{std::move(layout), {}, {}, {}, std::move(pool)} {
    sohoa::viewer::configureServer(server_, context_);
    port_ = server_.bindTo("127.0.0.1", 0);
    context_.listening = {"127.0.0.1", port_};
    serving_ = std::thread([this] { server_.listen_after_bind(); });
    session_ = context_.sessions.start("canbo", sohoa::viewer::Role::Clerk);
  }
  ~ServedStore() {
    server_.stop();
    serving_.join();
  }
  httplib::Result get(const std::string& path) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(60);
    return client.Get(path, cookie());
  }
  httplib::Result post(const std::string& path, const json& body) {
    httplib::Client client("127.0.0.1", port_);
    httplib::Headers headers = cookie();
    headers.emplace("X-CSRF-Token", session_.csrfToken);
    headers.emplace("Origin", "http://127.0.0.1:" + std::to_string(port_));
    return client.Post(path, headers, body.dump(), "application/json");
  }

 private:
  httplib::Headers cookie() const {
    return {{"Cookie", std::string(sohoa::viewer::kSessionCookie) + "=" + session_.token}};
  }
  sohoa::viewer::ViewerContext context_;
  sohoa::viewer::BoundedServer server_;
  int port_ = 0;
  std::thread serving_;
  sohoa::viewer::Session session_;
};

json bodyOf(const httplib::Result& reply) {
  REQUIRE(reply);
  INFO(reply->body);
  REQUIRE(reply->status == 200);
  return json::parse(reply->body);
}

// Field ids are each store's own (reassembly wrote them again on one), and so is the second a
// reuse was recorded in (one command per store): all else must be the same.
json withoutFieldIds(json value) {
  if (value.is_object()) {
    value.erase("recorded_at");
    for (auto& [key, member] : value.items()) {
      if (key == "fields" && member.is_array())
        for (auto& field : member) field.erase("id");
      else
        member = withoutFieldIds(member);
    }
  } else if (value.is_array()) {
    for (auto& member : value) member = withoutFieldIds(member);
  }
  return value;
}

}  // namespace

TEST_CASE("PostgreSQL store: every command and the viewer answer a copied store as they answer SQLite",
          "[e2e][postgres][store]") {
  TempDir dir;
  const std::string store = (dir / "store").string(), year = (dir / "year").string();
  const auto made =
      runCommand({"/usr/bin/python3", (samplesDir().parent_path() / "scripts" / "make-register.py").string(), "--out",
                  year, "--dossiers", "120", "--seed", "19"});
  INFO(made.err);
  REQUIRE(made.exitCode == 0);
  sohoaOut({"ingest", "--store", store, year + "/documents"});
  sohoaOut({"register", "import", "--store", store, year + "/register.csv"});
  PostgresDatabase database;
  const std::string url = database.url();
  CHECK(sohoaOut({"store", "copy", "--from", store, "--to", url}).find("the copy matches") != std::string::npos);

  // Reading: the same export, documents, dossiers and rates in every format.
  const std::string exported = sohoaOut({"export", "--store", store, "--jsonl"});
  REQUIRE(!exported.empty());
  CHECK(sohoaOut({"export", "--store", url, "--jsonl"}) == exported);
  std::istringstream lines(exported);
  std::string first;
  std::getline(lines, first);
  const json document = json::parse(first);
  const std::string documentId = document["document_id"];
  CHECK(sohoaOut({"show", "--store", url, documentId}) == sohoaOut({"show", "--store", store, documentId}));
  const json expected = json::parse(readFile(fs::path(year) / "expected.json"));
  for (const auto& [period, rates] : expected.items())
    for (const std::string format : {"json", "csv", "worklists-csv"}) {
      INFO(period << " " << format);
      CHECK(sohoaOut({"report", "--store", url, "--period", period, "--format", format}) ==
            sohoaOut({"report", "--store", store, "--period", period, "--format", format}));
    }
  const json q1 = json::parse(sohoaOut({"report", "--store", url, "--period", "2025-Q1", "--format", "json"}));
  CHECK(q1["rates"]["online"]["numerator"] == expected["2025-Q1"]["online"]["numerator"]);
  // The archive files the copy names are the SQLite store's, under the files root it keeps.
  CHECK(sohoaOut({"archive", "--check", "--store", url}).find(" 0 problem(s)") != std::string::npos);

  // Writing: a reuse and the register again land on both the same way.
  const std::string dossier = q1["shortfalls"]["reuse"][0];
  for (const auto& target : {store, url})
    sohoaOut({"reuse", "--store", target, "--dossier", dossier, "--document", documentId, "--by", "canbo"});
  CHECK(sohoaOut({"register", "import", "--store", url, year + "/register.csv"}) ==
        "register: 0 dossier(s) added, 120 updated\n");
  CHECK(sohoaOut({"report", "--store", url, "--period", "2025", "--format", "json"}) ==
        sohoaOut({"report", "--store", store, "--period", "2025", "--format", "json"}));
  CHECK(sohoaOut({"reassemble", "--store", url, "--no-archive"}).find(" 0 changed") != std::string::npos);
  CHECK(sohoaOut({"export", "--store", url, "--jsonl"}) == sohoaOut({"export", "--store", store, "--jsonl"}));

  // What only a store folder can do is refused with what to use, the store left as it was.
  const auto reindex = runCommand({sohoaBinary(), "reindex", "--store", url});
  CHECK(reindex.exitCode == 2);
  CHECK(reindex.err.find("this command needs a store folder") != std::string::npos);

  // The viewer over both stores.
  auto postgres = sohoa::indexer::RecordStore::open(url, sohoa::indexer::StoreAccess::Update);
  CHECK(postgres.layout().root == fs::weakly_canonical(store));
  ServedStore onServer(sohoa::indexer::StorePool::onServer(url), postgres.layout());
  const sohoa::indexer::StoreLayout folder{store};
  ServedStore onFolder(sohoa::indexer::StorePool(folder, sohoa::indexer::StoreAccess::Update), folder);
  const std::string documentPath = "/api/documents/" + documentId;
  CHECK(withoutFieldIds(bodyOf(onServer.get(documentPath))) == withoutFieldIds(bodyOf(onFolder.get(documentPath))));
  CHECK(withoutFieldIds(bodyOf(onServer.get("/api/dossiers/" + dossier))) ==
        withoutFieldIds(bodyOf(onFolder.get("/api/dossiers/" + dossier))));
  CHECK(bodyOf(onServer.get("/api/report?period=2025")) == bodyOf(onFolder.get("/api/report?period=2025")));
  CHECK(bodyOf(onServer.get("/api/types")) == bodyOf(onFolder.get("/api/types")));
  // A search finds the same pages (ranked inside a tier by each server's own measure).
  const std::string person = document["fields"].value("person_name", std::string());
  const std::string words = person.empty() ? "Quyết định" : person;
  const json found = bodyOf(onServer.get("/api/search?limit=200&q=" + httplib::detail::encode_query_param(words)));
  const json foundHere = bodyOf(onFolder.get("/api/search?limit=200&q=" + httplib::detail::encode_query_param(words)));
  CHECK(found["total"].get<int>() > 0);
  CHECK(found["total"] == foundHere["total"]);
  const json groups = bodyOf(onServer.get("/api/search?group=citizen&q=" + httplib::detail::encode_query_param(words)));
  CHECK(groups == bodyOf(onFolder.get("/api/search?group=citizen&q=" + httplib::detail::encode_query_param(words))));
  // A correction is kept with who made it, and each access is in the audit trail.
  const json shown = bodyOf(onServer.get(documentPath));
  std::string fieldId;
  for (const auto& field : shown["fields"])
    if (field["name"] == "person_name") fieldId = field["id"].dump();
  REQUIRE(!fieldId.empty());
  const auto corrected = onServer.post("/api/fields/" + fieldId, {{"value", "Nguyễn Văn Thử"}});
  REQUIRE(corrected);
  INFO(corrected->body);
  CHECK(corrected->status == 200);
  sohoa::indexer::PgConnection db(url);
  CHECK(db.runWith("SELECT count(*) FROM field_corrections WHERE field_id = $1 AND new_value = $2 AND corrected_by = "
                   "'canbo'",
                   fieldId, std::string("Nguyễn Văn Thử"))
            .integer(0, 0) == 1);
  CHECK(db.runWith("SELECT count(*) FROM audit_log WHERE username = 'canbo' AND action = 'view' AND target = $1",
                   "document:" + documentId)
            .integer(0, 0) >= 1);
  CHECK(bodyOf(onServer.get(documentPath))["fields"].dump().find("Nguyễn Văn Thử") != std::string::npos);
  // A corrected value is found by its words, as SQLite finds it, with and without marks (Khuê is
  // in no generated page).
  for (auto* served : {&onServer, &onFolder}) {
    std::string nameId;  // each store's own field id
    const json fields = bodyOf(served->get(documentPath))["fields"];
    for (const auto& field : fields)
      if (field["name"] == "person_name") nameId = field["id"].dump();
    const auto renamed = served->post("/api/fields/" + nameId, {{"value", "Nguyễn Khuê Thử"}});
    REQUIRE(renamed);
    INFO(nameId + " " + renamed->body);
    REQUIRE(renamed->status == 200);
  }
  for (const std::string asked : {"Khuê Thử", "khue"}) {
    INFO(asked);
    const std::string query = "/api/search?limit=200&q=" + httplib::detail::encode_query_param(asked);
    const json onPostgres = bodyOf(onServer.get(query));
    CHECK(onPostgres["total"] == bodyOf(onFolder.get(query))["total"]);
    CHECK(onPostgres.dump().find(documentId) != std::string::npos);
  }

  // The ingest page shows the workers' queue: a born-digital notice queued into the copy (its
  // files root is the SQLite folder) and read by a worker.
  sohoaOut(
      {"ingest", "--store", url, "--files", store, "--enqueue-only", (scansDir() / "thong-bao-dien-tu.pdf").string()});
  sohoaOut({"worker", "--store", url, "--until-empty"});
  const json ingest = bodyOf(onServer.get("/api/ingest"));
  REQUIRE(ingest["queue"]["batches"].size() == 1);
  const json& batch = ingest["queue"]["batches"][0];
  CHECK(batch["queued"] == 0);
  CHECK(batch["done"].get<int>() >= 1);
  CHECK(batch["assembled"] == true);
  CHECK(batch["documents"].get<int>() >= 1);
  REQUIRE(ingest["queue"]["workers"].size() == 1);
  CHECK(ingest["queue"]["workers"][0]["recent"] == batch["done"]);
  CHECK_FALSE(bodyOf(onFolder.get("/api/ingest")).contains("queue"));
}
