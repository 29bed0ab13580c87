#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "indexer/store/postgres/PgPageQueue.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"
#include "tests/support/PostgresDatabase.hpp"

using namespace sohoa::indexer;
using sohoa::test::PostgresDatabase;

TEST_CASE("PostgreSQL queue: a page whose lease runs out three times is parked with the reason", "[postgres][queue]") {
  PostgresDatabase database;
  PostgresStore store(database.url(), StoreAccess::ReadWrite);
  PgPageQueue queue(store.connection());
  SourceRecord source{0, std::string(64, 'a'), "ho-so/chet-tien-trinh.pdf", "originals/aa.pdf", "pdf", 1000, 1, false};
  queue.enqueueBatch({source}, "ho-so");
  // Each worker takes the page and dies with it (here: a lease of no time, never completed).
  for (int worker = 1; worker <= kMaxAttempts; ++worker) {
    const auto page = queue.lease("may-" + std::to_string(worker) + ":1:1", std::chrono::seconds(0));
    REQUIRE(page);
    CHECK(page->attempts == worker - 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));  // the lease runs out
  }
  CHECK_FALSE(queue.lease("may-4:1:1", std::chrono::seconds(60)));  // parked: nobody gets it again
  const auto row = store.connection().run("SELECT state, attempts, last_error FROM page_queue");
  CHECK(row.text(0, 0) == "parked");
  CHECK(row.integer(0, 1) == kMaxAttempts);
  CHECK(row.text(0, 2).find("ran out 3 times") != std::string::npos);
  CHECK(store.connection().run("SELECT message FROM page_errors").text(0, 0).find("may-3:1:1") != std::string::npos);
  CHECK_FALSE(queue.anyWaiting());
}
