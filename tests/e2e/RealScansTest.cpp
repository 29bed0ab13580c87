#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>
#include <cmath>

#include "ocr/PixPtr.hpp"
#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

// The skew Leptonica finds on an image, in degrees; nothing when it cannot tell.
std::optional<double> skewOf(const fs::path& image) {
  sohoa::ocr::PixPtr scan(pixRead(image.c_str()));
  REQUIRE(scan);
  sohoa::ocr::PixPtr grey(pixConvertTo8(scan.get(), 0));
  sohoa::ocr::PixPtr ink(pixConvertTo1(grey.get(), 160));
  l_float32 angle = 0, confidence = 0;
  if (pixFindSkew(ink.get(), &angle, &confidence) != 0 || confidence < 3.0f) return std::nullopt;
  return angle;
}

}  // namespace

TEST_CASE("real government scans go through upright and straight within half a degree", "[e2e][real-scans]") {
  const fs::path scans = corpusDir() / "real-scans";
  REQUIRE(fs::exists(scans));
  TempDir dir;
  const fs::path store = dir / "store";
  // Each file its own batch: given by name, not as a folder.
  std::vector<std::string> command{sohoaBinary(), "ingest", "--store", store.string(), "--jobs", "2"};
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(scans))
    if (entry.path().extension() == ".jpg") {
      command.push_back(entry.path().string());
      ++files;
    }
  REQUIRE(files >= 3);
  const auto ingest = runCommand(command);
  INFO(ingest.err);
  REQUIRE(ingest.exitCode == 0);

  sohoa::indexer::SqliteDatabase db(store / "records.db", true);
  auto pages = db.prepare(
      "SELECT s.given_path, p.rotation, p.skew, length(p.text) FROM pages p "
      "JOIN sources s ON s.id = p.source_id");
  int checked = 0, measured = 0;
  while (pages.step()) {
    INFO(pages.text(0) << ": turned " << pages.integer(1) << "°, straightened by " << pages.real(2) << "°");
    ++checked;
    CHECK(pages.integer(1) == 0);  // every one of them was scanned upright
    CHECK(pages.integer(3) > 40);  // and reads as text
    // The skew on the scan, less the turn sohoa gave it, is what is left on the page it read.
    const auto found = skewOf(pages.text(0));
    if (!found) continue;
    ++measured;
    CHECK(std::abs(*found - pages.real(2)) < 0.5);
  }
  CHECK(checked == files);
  CHECK(measured >= files - 2);  // all but the faintest header strips
}
