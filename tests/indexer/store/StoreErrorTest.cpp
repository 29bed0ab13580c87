#include <catch2/catch.hpp>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/StoreError.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using sohoa::test::TempDir;
using sohoa::test::writeFile;

namespace {

// The kind of what `work` throws; fails the test when it throws nothing or no StoreError.
template <typename Work>
ErrorKind kindThrownBy(Work work) {
  try {
    work();
  } catch (const StoreError& error) {
    return error.kind();
  }
  FAIL("no StoreError thrown");
  return ErrorKind::StorageFailure;
}

}  // namespace

TEST_CASE("a store another connection holds (BEGIN EXCLUSIVE) is busy, named by its file", "[store][errors]") {
  TempDir dir;
  RecordStore store = openMigratedStore({dir.path()});
  SqliteDatabase holder(dir / "records.db");
  holder.execute("BEGIN EXCLUSIVE");
  sqlite3_busy_timeout(store.sqlite().handle(), 50);  // the program's 10 s would only slow the test
  try {
    SqliteTransaction writing(store.sqlite());
    FAIL("the write lock was taken twice");
  } catch (const StoreError& error) {
    CHECK(error.kind() == ErrorKind::Busy);
    CHECK(std::string(error.what()).find((dir / "records.db").string()) != std::string::npos);
  }
  holder.execute("ROLLBACK");
  CHECK_NOTHROW(SqliteTransaction(store.sqlite()));
}

TEST_CASE("SQLite's failures are sorted into kinds where they are raised", "[store][errors]") {
  TempDir dir;
  SqliteDatabase db(dir / "kinds.db");
  db.execute("CREATE TABLE t (key TEXT PRIMARY KEY)");
  db.execute("INSERT INTO t VALUES ('a')");
  CHECK(kindThrownBy([&] { db.execute("INSERT INTO t VALUES ('a')"); }) == ErrorKind::Conflict);
  CHECK(kindThrownBy([&] { db.prepare("SELECT nothing FROM nowhere"); }) == ErrorKind::StorageFailure);
  writeFile(dir / "not-a-database.db", std::string(4096, 'x'));
  CHECK(kindThrownBy([&] {
          SqliteDatabase damaged(dir / "not-a-database.db");
          damaged.execute("SELECT count(*) FROM sqlite_master");
        }) == ErrorKind::StorageFailure);
}

TEST_CASE("no store where one is expected is not found, a record missing is not found", "[store][errors]") {
  TempDir dir;
  CHECK(kindThrownBy([&] { RecordStore missing({dir / "nowhere"}, StoreAccess::ReadOnly); }) == ErrorKind::NotFound);
  CHECK(kindThrownBy([&] { RecordStore missing({dir / "nowhere"}, StoreAccess::Update); }) == ErrorKind::NotFound);
}
