#include <catch2/catch.hpp>
#include <future>

#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

TEST_CASE("two ingests into one new store both finish, and every page is stored once", "[e2e][faults]") {
  // Racing to create the schema once failed with "table sources already exists" (the version
  // was read outside the transaction), and two runs writing 0002.hocr.tmp clashed on rename.
  for (int round = 0; round < 2; ++round) {
    TempDir dir;
    const std::string store = dir / "store", scans = scansDir() / "to-khai";
    auto ingest = [&] { return runCommand({sohoaBinary(), "ingest", "--store", store, "--jobs", "1", scans}); };
    auto first = std::async(std::launch::async, ingest), second = std::async(std::launch::async, ingest);
    const auto a = first.get(), b = second.get();
    INFO("round " << round << "\n" << a.err << "\n" << b.err);
    CHECK(a.exitCode == 0);
    CHECK(b.exitCode == 0);
    CHECK(countRows(store, "SELECT count(*) FROM pages") == 2);
    CHECK(countRows(store, "SELECT count(DISTINCT source_id || '/' || source_page) FROM pages") == 2);
    CHECK(countRows(store, "SELECT count(*) FROM documents") == 1);
    CHECK(countRows(store, "SELECT count(*) FROM pages WHERE document_id IS NULL") == 0);
    for (const auto& entry : fs::recursive_directory_iterator(store)) CHECK(entry.path().extension() != ".tmp");
  }
}
