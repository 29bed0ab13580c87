#include <catch2/catch.hpp>

#include "indexer/store/StoreMigration.hpp"
#include "indexer/store/StorePool.hpp"
#include "indexer/store/UserRows.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using sohoa::test::TempDir;

TEST_CASE("A store pool gives the same open connection to the next request", "[store][pool]") {
  TempDir dir;
  openMigratedStore(StoreLayout{dir.path()});  // as the viewer does once at start-up
  StorePool pool(StoreLayout{dir.path()});
  RecordStore* first = nullptr;
  {
    auto lease = pool.lease();
    first = &*lease;
    UserRows(*lease).save("lan", "clerk", "hash");
  }
  CHECK(pool.idle() == 1);
  auto again = pool.lease();
  CHECK(&*again == first);
  CHECK(pool.idle() == 0);
  CHECK(UserRows(*again).find("lan").has_value());
}

TEST_CASE("Requests at the same time each get a connection of their own, all kept afterwards", "[store][pool]") {
  TempDir dir;
  openMigratedStore(StoreLayout{dir.path()});  // as the viewer does once at start-up
  StorePool pool(StoreLayout{dir.path()});
  {
    auto one = pool.lease();
    auto two = pool.lease();
    CHECK(&*one != &*two);
    UserRows(*one).save("lan", "clerk", "hash");
    CHECK(UserRows(*two).find("lan").has_value());  // the same database under both
  }
  CHECK(pool.idle() == 2);
}

TEST_CASE("A connection given back inside a transaction is closed, not handed on", "[store][pool]") {
  TempDir dir;
  openMigratedStore(StoreLayout{dir.path()});  // as the viewer does once at start-up
  StorePool pool(StoreLayout{dir.path()});
  {
    auto lease = pool.lease();
    lease->db().execute("BEGIN IMMEDIATE");
    UserRows(*lease).save("lan", "clerk", "hash");
  }
  CHECK(pool.idle() == 0);
  // Closing it rolled the transaction back and released the write lock.
  auto next = pool.lease();
  CHECK_FALSE(UserRows(*next).find("lan").has_value());
  UserRows(*next).save("minh", "auditor", "hash");
  CHECK(UserRows(*next).count() == 1);
}
