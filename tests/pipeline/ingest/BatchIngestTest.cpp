#include <catch2/catch.hpp>
#include <sstream>

#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "pipeline/ingest/BatchIngest.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa;
using namespace sohoa::test;
namespace fs = std::filesystem;

TEST_CASE("a batch with a bad file stores the good ones and names the bad one", "[pipeline][ingest]") {
  TempDir dir;
  fs::create_directories(dir / "batch");
  fs::copy_file(scansDir() / "to-khai" / "trang-2.png", dir / "batch" / "good.png");
  writeFile(dir / "batch" / "broken.tif", std::string("II*\0garbage", 11));
  indexer::RecordStore store = indexer::openMigratedStore({dir / "store"});
  std::ostringstream messages;
  pipeline::IngestOptions options;
  options.jobs = 1;
  const auto report = pipeline::BatchIngest(store, options, messages).run({(dir / "batch").string()});
  CHECK(report.filesIngested == 1);
  CHECK(report.filesFailed == 1);
  CHECK(report.pagesStored == 1);
  CHECK(report.anyFailure());
  CHECK(messages.str().find("broken.tif") != std::string::npos);
  CHECK(indexer::DocumentCatalog(store).count() == 1);

  std::ostringstream again;
  const auto second = pipeline::BatchIngest(store, options, again).run({(dir / "batch" / "good.png").string()});
  CHECK(second.filesSkipped == 1);
  CHECK(second.pagesStored == 0);
  CHECK(again.str().find("already in the store") != std::string::npos);
}
