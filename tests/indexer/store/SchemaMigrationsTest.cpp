#include <catch2/catch.hpp>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/SchemaMigrations.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using sohoa::test::TempDir;

namespace {
int userVersion(SqliteDatabase& db) {
  auto query = db.prepare("PRAGMA user_version");
  query.step();
  return static_cast<int>(query.integer(0));
}
}  // namespace

TEST_CASE("a new store is created with its folders, WAL journal and latest schema", "[indexer][schema]") {
  TempDir dir;
  RecordStore store = openMigratedStore({dir / "store"});
  CHECK(std::filesystem::is_directory(dir / "store" / "originals"));
  CHECK(std::filesystem::is_directory(dir / "store" / "pages"));
  CHECK(std::filesystem::is_directory(dir / "store" / "archive"));
  CHECK(userVersion(store.sqlite()) == latestSchemaVersion());
  auto mode = store.db().prepare("PRAGMA journal_mode");
  mode.step();
  CHECK(mode.text(0) == "wal");
}

TEST_CASE("opening a store again migrates nothing and keeps its rows", "[indexer][schema]") {
  TempDir dir;
  {
    RecordStore store = openMigratedStore({dir.path()});
    store.db().execute(
        "INSERT INTO sources (sha256, given_path, original_file, file_type, byte_size, page_count, status) "
        "VALUES ('abc', 'a.pdf', 'originals/ab/abc.pdf', 'pdf', 1, 1, 'done')");
  }
  RecordStore again = openMigratedStore({dir.path()});
  auto count = again.db().prepare("SELECT count(*) FROM sources");
  count.step();
  CHECK(count.integer(0) == 1);
}

TEST_CASE("a store written by a newer sohoa is refused", "[indexer][schema]") {
  TempDir dir;
  {
    RecordStore store = openMigratedStore({dir.path()});
    store.db().execute("PRAGMA user_version = 999");
  }
  CHECK_THROWS_WITH(openMigratedStore({dir.path()}), Catch::Contains("newer sohoa"));
}

TEST_CASE("opening a store migrates nothing: migrating is its own step, and a read-only open refuses an old schema",
          "[indexer][schema]") {
  TempDir dir;
  {
    RecordStore opened({dir.path()});  // made, not migrated
    CHECK(userVersion(opened.sqlite()) == 0);
  }
  CHECK_THROWS_WITH(RecordStore({dir.path()}, StoreAccess::ReadOnly), Catch::Contains("to upgrade it"));
  RecordStore store({dir.path()}, StoreAccess::Update);
  migrateStore(store);
  CHECK(userVersion(store.sqlite()) == latestSchemaVersion());
  CHECK_NOTHROW(RecordStore({dir.path()}, StoreAccess::ReadOnly));
}
