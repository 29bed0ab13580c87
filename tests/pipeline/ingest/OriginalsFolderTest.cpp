#include <catch2/catch.hpp>

#include "pipeline/ingest/ContentHash.hpp"
#include "pipeline/ingest/OriginalsFolder.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::pipeline;
using namespace sohoa::test;
namespace fs = std::filesystem;

TEST_CASE("an original is kept byte for byte, read-only, once", "[pipeline][originals]") {
  TempDir dir;
  const auto input = scansDir() / "nghi-dinh-30-2020.tif";
  const auto sha = sha256OfFile(input);
  const auto relative = keepOriginal(dir.path(), input, sha, "tiff");
  CHECK(relative == "originals/" + sha.substr(0, 2) + "/" + sha + ".tiff");
  const auto kept = dir.path() / relative;
  CHECK(sha256OfFile(kept) == sha);
  CHECK((fs::status(kept).permissions() & fs::perms::owner_write) == fs::perms::none);
  const auto written = fs::last_write_time(kept);
  CHECK(keepOriginal(dir.path(), input, sha, "tiff") == relative);
  CHECK(fs::last_write_time(kept) == written);
  CHECK(sha256OfFile(input) == sha);  // the clerk's file is untouched
}
