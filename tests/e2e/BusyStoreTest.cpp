#include <catch2/catch.hpp>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

// Another program writing the store (here a connection holding BEGIN EXCLUSIVE, as a batch
// being written holds it) makes a command that writes give up after SQLite's wait with its
// own exit status, naming the store; commands that only read go on (WAL readers never wait).
TEST_CASE("a command that writes a store another program holds exits busy (4), naming the store", "[e2e][cli][busy]") {
  TempDir dir;
  const sohoa::indexer::StoreLayout layout{dir / "store"};
  sohoa::indexer::openMigratedStore(layout);
  writeFile(dir / "register.csv", "MaHoSo,NgayTiepNhan\n000.00.21.H08-250314-0042,2025-03-14\n");
  sohoa::indexer::SqliteDatabase holder(layout.database());
  holder.execute("BEGIN EXCLUSIVE");

  const auto import = runCommand({sohoaBinary(), "register", "import", "--store", layout.root, dir / "register.csv"});
  INFO(import.err);
  CHECK(import.exitCode == 4);
  CHECK(import.err.find(fs::absolute(layout.database()).string()) != std::string::npos);
  CHECK(import.err.find("try again") != std::string::npos);
  CHECK(runCommand({sohoaBinary(), "search", "--store", layout.root, "khai"}).exitCode == 0);

  holder.execute("ROLLBACK");
  CHECK(runCommand({sohoaBinary(), "register", "import", "--store", layout.root, dir / "register.csv"}).exitCode == 0);
}

// Ingest plans every input against the store: held by another program, the run stops at the
// first input with the busy status, rather than waiting on each file and calling them all failed.
TEST_CASE("ingest into a store another program holds stops busy (4), its inputs not failed", "[e2e][cli][busy]") {
  TempDir dir;
  const sohoa::indexer::StoreLayout layout{dir / "store"};
  sohoa::indexer::openMigratedStore(layout);
  const fs::path scans = samplesDir() / "scans" / "to-khai";
  sohoa::indexer::SqliteDatabase holder(layout.database());
  holder.execute("BEGIN EXCLUSIVE");

  const auto held = runCommand({sohoaBinary(), "ingest", "--store", layout.root, scans});
  INFO(held.err);
  CHECK(held.exitCode == 4);
  CHECK(held.err.find("try again") != std::string::npos);
  CHECK(held.err.find("trang-2.png") == std::string::npos);  // stopped at the first input, no second wait

  holder.execute("ROLLBACK");
  const auto free = runCommand({sohoaBinary(), "ingest", "--store", layout.root, scans});
  INFO(free.err);
  CHECK(free.exitCode == 0);
  CHECK(free.out.find("ingested 2 file(s)") != std::string::npos);
}

// The commands that read pages into SQLite's full-text index (`reindex`, `previews`, `scan`,
// `watch`) refuse a PostgreSQL URL (usage, 2) rather than filling a local folder named
// `postgresql:`, and so does ingest without --enqueue-only, saying what to do.
TEST_CASE("a command that takes only a store folder refuses a PostgreSQL URL and makes no folder",
          "[e2e][cli][postgres]") {
  const fs::path wouldBe = fs::current_path() / "postgresql:";  // where the command runs
  fs::remove_all(wouldBe);
  const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", "postgresql://clerk@localhost/sohoa",
                                  (samplesDir() / "scans" / "to-khai" / "trang-1.jpg").string()});
  INFO(ingest.err);
  CHECK(ingest.exitCode == 2);
  CHECK(ingest.err.find("--enqueue-only, then sohoa worker") != std::string::npos);
  const auto reindex = runCommand({sohoaBinary(), "reindex", "--store", "postgresql://clerk@localhost/sohoa"});
  INFO(reindex.err);
  CHECK(reindex.exitCode == 2);
  CHECK(reindex.err.find("sohoa store copy") != std::string::npos);
  CHECK_FALSE(fs::exists(wouldBe));
}
