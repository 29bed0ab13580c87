#include <sys/wait.h>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <thread>

#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

std::int64_t storedPages(const fs::path& store) {
  if (!fs::exists(store / "records.db")) return 0;
  try {
    return countRows(store, "SELECT count(*) FROM pages");
  } catch (const std::exception&) {
    return 0;  // not created yet
  }
}

// Starts an ingest and kills it with SIGKILL once `pages` pages are stored (or after `timeout`).
void killIngestAfter(const std::string& store, const std::string& scans, std::int64_t pages) {
  const int pid = startCommand({sohoaBinary(), "ingest", "--store", store, "--jobs", "2", scans});
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (storedPages(store) < pages && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
}

}  // namespace

TEST_CASE("an ingest killed at any moment and run again stores every page exactly once", "[e2e][resume]") {
  TempDir dir;
  const std::string store = dir / "store", scans = scansDir().string();
  killIngestAfter(store, scans, 0);  // while planning or copying originals
  killIngestAfter(store, scans, 2);
  const auto before = storedPages(store);
  killIngestAfter(store, scans, before + 3);
  CHECK(storedPages(store) < 8);

  const auto resumed = runCommand({sohoaBinary(), "ingest", "--store", store, "--jobs", "2", scans});
  INFO(resumed.err);
  REQUIRE(resumed.exitCode == 0);
  CHECK(countRows(store, "SELECT count(*) FROM pages") == 8);
  CHECK(countRows(store, "SELECT count(*) FROM (SELECT DISTINCT source_id, source_page FROM pages)") == 8);
  CHECK(countRows(store, "SELECT count(*) FROM pages WHERE document_id IS NULL") == 0);
  CHECK(countRows(store, "SELECT count(*) FROM documents") == 4);  // to-khai/'s two pages are one document
  // Every document has its archive file, whichever run assembled it (the born-digital one as it is, its
  // fonts being embedded).
  CHECK(countRows(store, "SELECT count(*) FROM documents WHERE archive_file IS NOT NULL") == 4);
  CHECK(countRows(store, "SELECT count(*) FROM fields WHERE name = 'code_notation'") == 4);  // read once each
  CHECK(countRows(store, "SELECT count(*) FROM sources WHERE status = 'done'") == 5);
  {  // the full-text index holds exactly the stored pages
    sohoa::indexer::SqliteDatabase db(fs::path(store) / "records.db");
    sohoa::indexer::registerVietnameseTokenizer(db.handle());
    CHECK_NOTHROW(db.execute("INSERT INTO page_text(page_text) VALUES ('integrity-check')"));
  }
  int originals = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(store) / "originals"))
    originals += entry.is_regular_file();
  CHECK(originals == 5);  // and no temporary file a killed run left
  for (const auto& entry : fs::recursive_directory_iterator(store)) CHECK(entry.path().extension() != ".tmp");

  const auto again = runCommand({sohoaBinary(), "ingest", "--store", store, scans});
  CHECK(again.out.find("5 already stored") != std::string::npos);
}
