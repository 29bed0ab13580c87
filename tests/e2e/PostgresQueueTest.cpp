// Issue 19's second slice end to end, with real `sohoa` processes on the tests' PostgreSQL
// cluster: inputs queued by `sohoa ingest --enqueue-only`, read by three `sohoa worker`
// processes, one of them killed (SIGKILL) while it holds a page and started again. Every page
// must end up stored once, none parked, each with the text a plain SQLite ingest of the same
// inputs reads, and the batches assembled by the workers into exactly the documents and
// fields that ingest makes. A page that cannot be read is parked after three attempts, with
// its error, and its batch assembled without it.
#include <signal.h>
#include <sys/wait.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <iomanip>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/postgres/PgConnection.hpp"
#include "tests/support/PostgresDatabase.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> inputs() {
  return {(scansDir() / "ke-hoach-cchc-2025.pdf").string(), (scansDir() / "to-khai").string(),
          (scansDir() / "thong-bao-dien-tu.pdf").string()};
}

CommandResult enqueue(const std::string& url, const fs::path& files, const std::vector<std::string>& paths) {
  std::vector<std::string> command = {sohoaBinary(), "ingest",       "--store",       url,
                                      "--files",     files.string(), "--enqueue-only"};
  command.insert(command.end(), paths.begin(), paths.end());
  return runCommand(command);
}

// A worker process with its own scratch folder and a short lease.
int startWorker(const std::string& url, const TempDir& dir, int number) {
  const fs::path scratch = dir / ("tmp-" + std::to_string(number));
  fs::create_directories(scratch);
  return startCommand({"/usr/bin/env", "TMPDIR=" + scratch.string(), "SOHOA_LEASE_SECONDS=3", "OMP_THREAD_LIMIT=1",
                       sohoaBinary().string(), "worker", "--store", url, "--jobs", "1", "--until-empty"});
}

// Whether `sohoa queue` shows worker thread 1 of process `pid` holding a page.
bool holdsLease(const std::string& url, int pid) {
  const auto queue = runCommand({sohoaBinary(), "queue", "--store", url});
  std::istringstream lines(queue.out);
  const std::string suffix = ":" + std::to_string(pid) + ":1";
  for (std::string line; std::getline(lines, line);) {
    if (line.size() < suffix.size() || line.compare(line.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    std::istringstream columns(line);
    int leased = 0;
    columns >> leased;
    if (leased > 0) return true;
  }
  return false;
}

int waitExit(int pid) {
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// "sha256 page" → text, for every page of a store.
std::map<std::string, std::string> postgresTexts(sohoa::indexer::PgConnection& db) {
  std::map<std::string, std::string> texts;
  const auto rows = db.run("SELECT s.sha256, p.source_page, p.text FROM pages p JOIN sources s ON s.id = p.source_id");
  for (int row = 0; row < rows.rows(); ++row) texts[rows.text(row, 0) + " " + rows.text(row, 1)] = rows.text(row, 2);
  return texts;
}

std::map<std::string, std::string> sqliteTexts(const fs::path& store) {
  sohoa::indexer::RecordStore records(sohoa::indexer::StoreLayout{store}, sohoa::indexer::StoreAccess::ReadOnly);
  std::map<std::string, std::string> texts;
  auto rows =
      records.db().prepare("SELECT s.sha256, p.source_page, p.text FROM pages p JOIN sources s ON s.id = p.source_id");
  while (rows.step()) texts[rows.text(0) + " " + std::to_string(rows.integer(1))] = rows.text(2);
  return texts;
}

// "sha256 page kind key", for every identifier of a store's pages.
std::set<std::string> postgresIdentifiers(sohoa::indexer::PgConnection& db) {
  std::set<std::string> keys;
  const auto rows = db.run(
      "SELECT s.sha256, p.source_page, i.kind, i.key FROM identifiers i JOIN pages p ON p.id = i.page_id "
      "JOIN sources s ON s.id = p.source_id");
  for (int row = 0; row < rows.rows(); ++row)
    keys.insert(rows.text(row, 0) + " " + rows.text(row, 1) + " " + rows.text(row, 2) + " " + rows.text(row, 3));
  return keys;
}

std::set<std::string> sqliteIdentifiers(const fs::path& store) {
  sohoa::indexer::RecordStore records(sohoa::indexer::StoreLayout{store}, sohoa::indexer::StoreAccess::ReadOnly);
  std::set<std::string> keys;
  auto rows = records.db().prepare(
      "SELECT s.sha256, p.source_page, i.kind, i.key FROM identifiers i JOIN pages p ON p.id = i.page_id "
      "JOIN sources s ON s.id = p.source_id");
  while (rows.step())
    keys.insert(rows.text(0) + " " + std::to_string(rows.integer(1)) + " " + rows.text(2) + " " + rows.text(3));
  return keys;
}

// The same query on both stores (SQL both dialects read, `columns` columns, each as text),
// rows sorted (the stores' collations differ), each row's columns joined by '|'.
std::vector<std::string> postgresRows(sohoa::indexer::PgConnection& db, const std::string& sql, int columns) {
  std::vector<std::string> rows;
  const auto result = db.run(sql);
  for (int row = 0; row < result.rows(); ++row) {
    std::string joined;
    for (int column = 0; column < columns; ++column) joined += result.text(row, column) + "|";
    rows.push_back(joined);
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

std::vector<std::string> sqliteRows(const fs::path& store, const std::string& sql, int columns) {
  sohoa::indexer::RecordStore records(sohoa::indexer::StoreLayout{store}, sohoa::indexer::StoreAccess::ReadOnly);
  std::vector<std::string> rows;
  auto select = records.db().prepare(sql);
  while (select.step()) {
    std::string joined;
    for (int column = 0; column < columns; ++column) joined += select.text(column) + "|";
    rows.push_back(joined);
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

// Documents, the pages of each in order, and fields, as ingest assembles them.
constexpr const char* kDocuments =
    "SELECT d.public_id, d.kind, coalesce(d.type_label, '-'), coalesce(d.dossier_code, '-'), "
    "coalesce(d.dossier_part, '-'), coalesce(CAST(d.dossier_order AS TEXT), '-'), d.batch_path FROM documents d";
constexpr const char* kDocumentPages =
    "SELECT d.public_id, CAST(p.batch_position AS TEXT), s.sha256, CAST(p.source_page AS TEXT) FROM pages p "
    "JOIN documents d ON d.id = p.document_id JOIN sources s ON s.id = p.source_id";
constexpr const char* kFields =
    "SELECT d.public_id, f.name, f.value, CAST(f.needs_review AS TEXT) FROM fields f "
    "JOIN documents d ON d.id = f.document_id";

// A batch's line in `sohoa queue`.
std::string queueLine(int queued, int leased, int done, int parked, std::int64_t documents, const std::string& path) {
  std::ostringstream line;
  line << std::setw(8) << queued << std::setw(8) << leased << std::setw(8) << done << std::setw(8) << parked
       << std::setw(11) << documents << std::setw(11) << "yes"
       << "  " << path;
  return line.str();
}

}  // namespace

TEST_CASE("PostgreSQL queue: three workers, one killed while it holds a page, store every page once",
          "[e2e][postgres][queue]") {
  TempDir dir;
  PostgresDatabase database;
  const std::string url = database.url();
  const fs::path files = dir / "files";

  // Without --enqueue-only a PostgreSQL store is refused, saying what to do.
  const auto refused = runCommand({sohoaBinary(), "ingest", "--store", url, inputs()[0]});
  CHECK(refused.exitCode == 2);
  CHECK(refused.err.find("--enqueue-only") != std::string::npos);

  const auto queued = enqueue(url, files, inputs());
  INFO(queued.out << queued.err);
  REQUIRE(queued.exitCode == 0);
  CHECK(queued.out.find("queued 4 file(s), 6 page(s)") != std::string::npos);
  // The originals are kept under the files root, as a SQLite store keeps them.
  CHECK(fs::is_directory(files / "originals"));
  // The same content again is skipped, as SQLite ingest skips it; another files root is refused.
  const auto again = enqueue(url, files, {inputs()[2]});
  CHECK(again.exitCode == 0);
  CHECK(again.err.find("already in the store (as " + inputs()[2] + "), skipped") != std::string::npos);
  const auto elsewhere = enqueue(url, dir / "other-files", {inputs()[2]});
  CHECK(elsewhere.exitCode != 0);
  CHECK(elsewhere.err.find("keeps its files in " + fs::weakly_canonical(files).string()) != std::string::npos);

  std::vector<int> workers = {startWorker(url, dir, 1), startWorker(url, dir, 2), startWorker(url, dir, 3)};
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
  while (!holdsLease(url, workers[0]) && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const int killed = workers[0];
  REQUIRE(holdsLease(url, killed));
  kill(killed, SIGKILL);
  waitpid(killed, nullptr, 0);
  workers[0] = startWorker(url, dir, 4);
  for (int pid : workers) CHECK(waitExit(pid) == 0);

  sohoa::indexer::PgConnection db(url);
  CHECK(db.run("SELECT count(*) FROM page_queue WHERE state = 'done'").integer(0, 0) == 6);
  CHECK(db.run("SELECT count(*) FROM page_queue WHERE state <> 'done'").integer(0, 0) == 0);
  CHECK(db.run("SELECT count(*) FROM pages").integer(0, 0) == 6);
  CHECK(db.run("SELECT count(*) FROM (SELECT source_id, source_page FROM pages GROUP BY 1, 2 HAVING count(*) > 1) t")
            .integer(0, 0) == 0);
  CHECK(db.run("SELECT count(*) FROM sources WHERE status = 'done'").integer(0, 0) == 4);
  // The killed worker's page was taken over once its lease ran out.
  CHECK(db.runWith("SELECT count(*) FROM page_queue WHERE last_error LIKE $1",
                   "lease of %:" + std::to_string(killed) + ":1 ran out")
            .integer(0, 0) == 1);
  // to-khai/'s two single-page scans are one batch, in order.
  CHECK(db.run("SELECT count(*) FROM batches").integer(0, 0) == 3);
  // Page files are where a SQLite store has them.
  const auto hocr = db.run("SELECT hocr_file FROM pages WHERE hocr_file IS NOT NULL");
  REQUIRE(hocr.rows() == 6);
  for (int row = 0; row < hocr.rows(); ++row) CHECK(fs::is_regular_file(files / hocr.text(row, 0)));

  const auto plain = runCommand({sohoaBinary(), "ingest", "--store", (dir / "sqlite").string(), "--jobs", "1",
                                 inputs()[0], inputs()[1], inputs()[2]});
  INFO(plain.err);
  REQUIRE(plain.exitCode == 0);
  const auto expected = sqliteTexts(dir / "sqlite");
  REQUIRE(expected.size() == 6);
  CHECK(postgresTexts(db) == expected);
  // The same identifiers as exact keys (what `search --cccd` and a typed number find).
  const auto expectedKeys = sqliteIdentifiers(dir / "sqlite");
  CHECK(!expectedKeys.empty());
  CHECK(postgresIdentifiers(db) == expectedKeys);

  // The workers assembled every batch once, into exactly the documents, pages in order and
  // fields a plain SQLite ingest makes of the same inputs.
  CHECK(db.run("SELECT count(*) FROM batches WHERE assembled").integer(0, 0) == 3);
  const auto expectedDocuments = sqliteRows(dir / "sqlite", kDocuments, 7);
  REQUIRE(expectedDocuments.size() >= 3);
  CHECK(postgresRows(db, kDocuments, 7) == expectedDocuments);
  const auto expectedPages = sqliteRows(dir / "sqlite", kDocumentPages, 4);
  REQUIRE(expectedPages.size() == 6);
  CHECK(postgresRows(db, kDocumentPages, 4) == expectedPages);
  const auto expectedFields = sqliteRows(dir / "sqlite", kFields, 4);
  REQUIRE(!expectedFields.empty());
  CHECK(postgresRows(db, kFields, 4) == expectedFields);
  CHECK(db.run("SELECT count(*) FROM pages WHERE document_id IS NULL").integer(0, 0) == 0);
  // The workers wrote each document's PDF/A file and metadata, whole, as SQLite ingest does
  // (the killed worker's batch too); and the store exports exactly the SQLite store's records.
  CHECK(db.run("SELECT count(*) FROM documents WHERE archive_file IS NULL").integer(0, 0) == 0);
  const auto checked = runCommand({sohoaBinary(), "archive", "--check", "--store", url});
  INFO(checked.out << checked.err);
  CHECK(checked.exitCode == 0);
  CHECK(checked.out.find(" 0 problem(s)") != std::string::npos);
  const auto exported = runCommand({sohoaBinary(), "export", "--store", url, "--jsonl"});
  CHECK(exported.exitCode == 0);
  // (Documents in the order the workers assembled their batches: compared as sets of lines.)
  const auto lines = [](const std::string& text) {
    std::multiset<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.insert(line);
    return out;
  };
  CHECK(lines(exported.out) ==
        lines(runCommand({sohoaBinary(), "export", "--store", (dir / "sqlite").string(), "--jsonl"}).out));

  const auto queue = runCommand({sohoaBinary(), "queue", "--store", url});
  CHECK(queue.exitCode == 0);
  const auto toKhaiDocuments =
      db.runWith(
            "SELECT count(*) FROM documents d JOIN sources s ON s.id = d.source_id JOIN batches b ON "
            "b.id = s.batch_id WHERE b.path = $1",
            inputs()[1])
          .integer(0, 0);
  CHECK(toKhaiDocuments > 0);
  CHECK(queue.out.find(queueLine(0, 0, 2, 0, toKhaiDocuments, inputs()[1])) != std::string::npos);
}

TEST_CASE("PostgreSQL queue: a page that cannot be read is parked after three attempts, with its error",
          "[e2e][postgres][queue]") {
  TempDir dir;
  PostgresDatabase database;
  const std::string url = database.url();
  const fs::path files = dir / "files";
  const auto broken = (scansDir() / "nghi-dinh-30-2020.tif").string();
  const auto good = (scansDir() / "thong-bao-dien-tu.pdf").string();
  const auto queued = enqueue(url, files, {broken, good});
  INFO(queued.out << queued.err);
  REQUIRE(queued.exitCode == 0);
  // The kept original is damaged after queueing (a disk fault): its pages cannot be read.
  sohoa::indexer::PgConnection db(url);
  const fs::path original =
      files / db.runWith("SELECT original_file FROM sources WHERE given_path = $1", broken).text(0, 0);
  fs::permissions(original, fs::perms::owner_write, fs::perm_options::add);
  writeFile(original, "not a TIFF any more");

  const auto worker = runCommand({"/usr/bin/env", "SOHOA_LEASE_SECONDS=3", sohoaBinary().string(), "worker", "--store",
                                  url, "--jobs", "1", "--until-empty"});
  INFO(worker.out << worker.err);
  CHECK(worker.exitCode == 1);
  CHECK(worker.err.find(broken + ": page 1: ") != std::string::npos);
  CHECK(worker.err.find("(attempt 3, parked)") != std::string::npos);
  CHECK(worker.out.find("1 page(s) stored, 4 failed and queued again, 2 parked") != std::string::npos);

  const auto parked = db.runWith(
      "SELECT q.attempts, q.last_error, e.message FROM page_queue q JOIN sources s ON s.id = q.source_id "
      "JOIN page_errors e ON e.source_id = q.source_id AND e.source_page = q.source_page "
      "WHERE q.state = 'parked' AND s.given_path = $1 ORDER BY q.source_page",
      broken);
  REQUIRE(parked.rows() == 2);
  for (int row = 0; row < 2; ++row) {
    CHECK(parked.integer(row, 0) == 3);
    CHECK(!parked.text(row, 1).empty());
    CHECK(parked.text(row, 1) == parked.text(row, 2));
  }
  CHECK(db.runWith("SELECT count(*) FROM pages p JOIN sources s ON s.id = p.source_id WHERE s.given_path = $1", good)
            .integer(0, 0) == 1);
  // Both batches assembled, the broken one without its parked pages (nothing left of it).
  CHECK(worker.out.find("2 batch(es) assembled: 1 document(s)") != std::string::npos);
  CHECK(db.run("SELECT count(*) FROM batches WHERE assembled").integer(0, 0) == 2);
  CHECK(
      db.runWith("SELECT count(*) FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.given_path = $1", good)
          .integer(0, 0) == 1);
  const auto queue = runCommand({sohoaBinary(), "queue", "--store", url});
  CHECK(queue.out.find(queueLine(0, 0, 0, 2, 0, broken)) != std::string::npos);
  CHECK(queue.out.find(queueLine(0, 0, 1, 0, 1, good)) != std::string::npos);
}
