#include <catch2/catch.hpp>

#include "indexer/store/postgres/PgSchema.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"
#include "tests/support/PostgresDatabase.hpp"

using namespace sohoa::indexer;
using sohoa::test::PostgresDatabase;

namespace {

ErrorKind kindOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const StoreError& error) {
    return error.kind();
  }
  FAIL("no StoreError");
  return ErrorKind::StorageFailure;
}

}  // namespace

TEST_CASE("PostgreSQL store: the schema is made once by its migrations, and a newer one is refused",
          "[postgres][store]") {
  PostgresDatabase database;
  CHECK(kindOf([&] { PostgresStore(database.url(), StoreAccess::ReadOnly); }) == ErrorKind::NotFound);
  {
    PostgresStore store(database.url(), StoreAccess::ReadWrite);
    PostgresStore again(database.url(), StoreAccess::ReadWrite);  // finds the work done
    const auto versions = again.connection().run("SELECT count(*), max(version) FROM schema_version");
    CHECK(versions.integer(0, 0) == latestPostgresSchemaVersion());
    CHECK(versions.integer(0, 1) == latestPostgresSchemaVersion());
    // The tables a copy fills, with SQLite's columns and the search words.
    const auto columns = again.connection().run(
        "SELECT count(*) FROM information_schema.columns WHERE table_name = 'pages' AND column_name IN "
        "('text', 'words', 'blank', 'uncovered_ink', 'sheet', 'search_words')");
    CHECK(columns.integer(0, 0) == 6);
    PostgresStore reader(database.url(), StoreAccess::ReadOnly);
    again.connection().runWith("INSERT INTO schema_version (version) VALUES ($1)",
                               std::to_string(latestPostgresSchemaVersion() + 1));
  }
  CHECK(kindOf([&] { PostgresStore(database.url(), StoreAccess::ReadWrite); }) == ErrorKind::StorageFailure);
  CHECK(kindOf([&] { PostgresStore(database.url(), StoreAccess::ReadOnly); }) == ErrorKind::StorageFailure);
}

TEST_CASE("PostgreSQL store: values go as parameters, and failures come back as StoreError kinds",
          "[postgres][store]") {
  PostgresDatabase database;
  PgConnection connection(database.url());
  connection.run("CREATE TABLE t (id integer PRIMARY KEY, name text, data bytea)");
  const std::string hostile = "x'); DROP TABLE t; --";
  const std::string bytes("\x00\x01\xff", 3);
  connection.run("INSERT INTO t VALUES ($1::integer, $2, $3::bytea)",
                 {PgValue::text("1"), PgValue::text(hostile), PgValue::blob(bytes)});
  const auto row = connection.run("SELECT name, length(data), encode(data, 'hex') FROM t WHERE id = 1");
  CHECK(row.text(0, 0) == hostile);
  CHECK(row.integer(0, 1) == 3);
  CHECK(row.text(0, 2) == "0001ff");

  CHECK(kindOf([&] { connection.run("INSERT INTO t (id) VALUES (1)"); }) == ErrorKind::Conflict);
  CHECK(kindOf([&] { connection.runWith("SELECT $1::integer", "12x"); }) == ErrorKind::InvalidInput);
  CHECK(kindOf([&] { connection.run("SELECT * FROM no_such_table"); }) == ErrorKind::StorageFailure);
  // No server there: try again later, not "broken".
  CHECK(kindOf([] { PgConnection("postgresql:///postgres?host=/nonexistent-sohoa&connect_timeout=2"); }) ==
        ErrorKind::Busy);

  {  // a transaction not committed leaves nothing
    PgTransaction transaction(connection);
    connection.run("INSERT INTO t (id) VALUES (2)");
  }
  CHECK(connection.run("SELECT count(*) FROM t").integer(0, 0) == 1);
  {
    PgTransaction transaction(connection);
    connection.run("INSERT INTO t (id) VALUES (3)");
    transaction.commit();
  }
  CHECK(connection.run("SELECT count(*) FROM t").integer(0, 0) == 2);
}
