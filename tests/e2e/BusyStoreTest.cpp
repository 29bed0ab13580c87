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
