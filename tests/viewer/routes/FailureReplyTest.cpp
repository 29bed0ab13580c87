#include <catch2/catch.hpp>

#include <thread>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/support/TestSupport.hpp"
#include "viewer/routes/FailureReply.hpp"
#include "viewer/server/BoundedServer.hpp"
#include "viewer/server/ViewerServer.hpp"

using namespace sohoa::viewer;
using sohoa::indexer::ErrorKind;
using sohoa::test::TempDir;

TEST_CASE("each kind of failure has one HTTP status", "[viewer][errors]") {
  CHECK(httpStatusFor(ErrorKind::NotFound) == 404);
  CHECK(httpStatusFor(ErrorKind::InvalidInput) == 400);
  CHECK(httpStatusFor(ErrorKind::Conflict) == 409);
  CHECK(httpStatusFor(ErrorKind::Busy) == 503);
  CHECK(httpStatusFor(ErrorKind::StorageFailure) == 500);
}

// The real server on a real store, asked over HTTP while another connection holds the
// store's write lock (as `sohoa ingest` does while it writes a batch).
TEST_CASE("a store another program holds is answered 503 with Retry-After, never 404", "[viewer][errors]") {
  TempDir dir;
  const sohoa::indexer::StoreLayout layout{dir.path()};
  sohoa::indexer::openMigratedStore(layout);
  ViewerContext context{layout, {}, {}, {}, sohoa::indexer::StorePool(layout, sohoa::indexer::StoreAccess::Update)};
  BoundedServer server;
  configureServer(server, context);
  const int port = server.bindTo("127.0.0.1", 0);
  REQUIRE(port > 0);
  context.listening = {"127.0.0.1", port};
  std::thread serving([&] { server.listen_after_bind(); });  // bound already: requests wait for it

  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(60);
  const auto session = context.sessions.start("canbo", Role::Clerk);
  const httplib::Headers cookie = {{"Cookie", std::string(kSessionCookie) + "=" + session.token}};

  const auto missingDocument = client.Get("/api/documents/khongco-p1", cookie);
  REQUIRE(missingDocument);
  CHECK(missingDocument->status == 404);
  CHECK(missingDocument->body.find("Không có văn bản") != std::string::npos);

  {
    sohoa::indexer::SqliteDatabase holder(layout.database());
    holder.execute("BEGIN EXCLUSIVE");
    // Page 424242 does not exist either, but the viewer cannot know until it may write the
    // audit trail: busy, not "not found".
    const auto busy = client.Get("/api/pages/424242/hits?q=x", cookie);
    REQUIRE(busy);
    CHECK(busy->status == 503);
    CHECK(busy->get_header_value("Retry-After") == "5");
    CHECK(busy->body.find("đang bận") != std::string::npos);
    holder.execute("ROLLBACK");
  }
  const auto missingPage = client.Get("/api/pages/424242/hits?q=x", cookie);
  REQUIRE(missingPage);
  CHECK(missingPage->status == 404);

  server.stop();
  serving.join();
}
