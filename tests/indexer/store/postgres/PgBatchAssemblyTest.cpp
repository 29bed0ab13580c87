// Batch assembly on PostgreSQL against the tests' real cluster: a batch whose pages are all
// read is assembled once however many workers try at the same moment (the batch's row lock
// decides), not while a page still waits, and still after an assembler died half way.
#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <thread>

#include "indexer/assembly/PgBatchAssembly.hpp"
#include "indexer/store/postgres/PgBatchRows.hpp"
#include "indexer/store/postgres/PgPageQueue.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"
#include "tests/support/PostgresDatabase.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;
using sohoa::test::PostgresDatabase;

namespace {

const CalendarDay kToday{2026, 12, 2};

// A commune's decision on one page.
sohoa::ocr::Page decisionPage() {
  return LaidOutPage()
      .centred("ỦY BAN NHÂN DÂN", 300)
      .centred("XÃ TÂN PHÚ", 360)
      .line("Số: 125/QĐ-UBND", 400, 480)
      .centred("QUYẾT ĐỊNH", 800)
      .centred("Về việc công nhận tổ hòa giải ở cơ sở", 880)
      .line("Tân Phú, ngày 14 tháng 3 năm 2025", 1400, 480)
      .page;
}

// A batch of one input with `pages` pages, queued; the first `read` of them read and stored.
std::int64_t queueBatch(PgPageQueue& queue, int pages, int read) {
  const SourceRecord source{0,    std::string(64, 'b'), "ho-so/quyet-dinh.pdf", "originals/bb.pdf", "pdf", 1000, pages,
                            false};
  const std::int64_t batch = queue.enqueueBatch({source}, "ho-so/quyet-dinh.pdf");
  for (int page = 0; page < read; ++page) {
    const auto leased = queue.lease("may-1:1:1", std::chrono::seconds(60));
    REQUIRE(leased);
    REQUIRE(queue.complete(*leased, "may-1:1:1", decisionPage(), "pages/bb-" + std::to_string(page) + ".hocr"));
  }
  return batch;
}

std::int64_t count(PgConnection& connection, const std::string& sql) { return connection.run(sql).integer(0, 0); }

}  // namespace

TEST_CASE("PostgreSQL assembly: two workers assembling one batch at once make its documents once",
          "[postgres][assembly]") {
  PostgresDatabase database;
  PostgresStore store(database.url(), StoreAccess::ReadWrite);
  PgPageQueue queue(store.connection());
  const std::int64_t batch = queueBatch(queue, 2, 2);
  CHECK(batchesReadyToAssemble(store) == std::vector<std::int64_t>{batch});

  // A third connection holds the batch's row so that both workers are waiting on it when it
  // lets go: then they race for it.
  PgConnection holder(database.url());
  PgTransaction holding(holder);
  holder.run("SELECT 1 FROM batches WHERE id = " + std::to_string(batch) + " FOR UPDATE");
  auto assembleOnOwnConnection = [&] {
    PostgresStore worker(database.url(), StoreAccess::ReadWrite);
    return assemblePgBatch(worker, batch, kToday);
  };
  auto first = std::async(std::launch::async, assembleOnOwnConnection);
  auto second = std::async(std::launch::async, assembleOnOwnConnection);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  CHECK(first.wait_for(std::chrono::seconds(0)) == std::future_status::timeout);  // blocked by the lock
  holding.commit();
  const auto one = first.get();
  const auto other = second.get();
  REQUIRE(one.has_value() != other.has_value());  // exactly one of them assembled it
  const auto& assembled = one ? *one : *other;
  REQUIRE(!assembled.documentIds.empty());

  auto& db = store.connection();
  CHECK(count(db, "SELECT count(*) FROM documents") == static_cast<std::int64_t>(assembled.documentIds.size()));
  CHECK(count(db, "SELECT count(DISTINCT public_id) FROM documents") == count(db, "SELECT count(*) FROM documents"));
  // Every page filed once, in batch order; each field once.
  CHECK(count(db, "SELECT count(*) FROM pages WHERE document_id IS NULL") == 0);
  CHECK(count(db, "SELECT count(*) FROM pages WHERE batch_position = source_page") == 2);
  CHECK(count(db, "SELECT count(*) FROM fields") > 0);
  CHECK(count(db,
              "SELECT count(*) FROM (SELECT document_id, name, value FROM fields GROUP BY 1, 2, 3 "
              "HAVING count(*) > 1) t") == 0);
  CHECK(count(db, "SELECT count(*) FROM batches WHERE assembled") == 1);
  CHECK(count(db, "SELECT count(*) FROM sources WHERE status = 'done'") == 1);
  CHECK(batchesReadyToAssemble(store).empty());
  // Nobody assembles it again.
  CHECK_FALSE(assemblePgBatch(store, batch, kToday));
  CHECK(count(db, "SELECT count(*) FROM documents") == static_cast<std::int64_t>(assembled.documentIds.size()));
}

TEST_CASE("PostgreSQL assembly: a batch with a page still waiting is not assembled", "[postgres][assembly]") {
  PostgresDatabase database;
  PostgresStore store(database.url(), StoreAccess::ReadWrite);
  PgPageQueue queue(store.connection());
  const std::int64_t batch = queueBatch(queue, 2, 1);
  CHECK(batchesReadyToAssemble(store).empty());
  CHECK_FALSE(assemblePgBatch(store, batch, kToday));
  CHECK(count(store.connection(), "SELECT count(*) FROM documents") == 0);
}

TEST_CASE("PostgreSQL assembly: an assembler killed half way leaves the batch to the next one",
          "[postgres][assembly]") {
  PostgresDatabase database;
  PostgresStore store(database.url(), StoreAccess::ReadWrite);
  PgPageQueue queue(store.connection());
  const std::int64_t batch = queueBatch(queue, 1, 1);

  // The first assembler has the batch's row and has written a document when its process dies.
  auto dying = std::make_unique<PgConnection>(database.url());
  const std::string dyingPid = dying->run("SELECT pg_backend_pid()").text(0, 0);
  dying->run("BEGIN");
  dying->run("SELECT 1 FROM batches WHERE id = " + std::to_string(batch) + " FOR UPDATE");
  dying->run(
      "INSERT INTO documents (public_id, source_id, kind, created_at) SELECT 'half-way', id, 'other', 'now' FROM "
      "sources");
  auto next = std::async(std::launch::async, [&] {
    PostgresStore worker(database.url(), StoreAccess::ReadWrite);
    return assemblePgBatch(worker, batch, kToday);
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  CHECK(next.wait_for(std::chrono::seconds(0)) == std::future_status::timeout);
  store.connection().runWith("SELECT pg_terminate_backend($1::integer)", dyingPid);  // as kill -9 of its worker would
  const auto assembled = next.get();
  REQUIRE(assembled);
  CHECK(!assembled->documentIds.empty());
  auto& db = store.connection();
  CHECK(count(db, "SELECT count(*) FROM documents WHERE public_id = 'half-way'") == 0);
  CHECK(count(db, "SELECT count(*) FROM documents") == static_cast<std::int64_t>(assembled->documentIds.size()));
  CHECK(count(db, "SELECT count(*) FROM batches WHERE assembled") == 1);
}
