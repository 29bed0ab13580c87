#include <leptonica/allheaders.h>

#include <catch2/catch.hpp>

#include "indexer/store/PageWords.hpp"
#include "indexer/store/StoreLayout.hpp"
#include "ocr/PixPtr.hpp"
#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

struct StoredPage {
  fs::path preview;
  sohoa::ocr::Page words;
  int sourcePage = 0;
};

std::vector<StoredPage> scannedPages(const fs::path& store) {
  sohoa::indexer::SqliteDatabase db(store / "records.db", true);
  auto rows = db.prepare(
      "SELECT s.sha256, p.source_page, p.width, p.height, p.rotation, p.words FROM pages p "
      "JOIN sources s ON s.id = p.source_id WHERE p.origin = 'ocr' ORDER BY p.source_page");
  std::vector<StoredPage> pages;
  while (rows.step()) {
    StoredPage page;
    page.sourcePage = static_cast<int>(rows.integer(1));
    page.preview = store / sohoa::indexer::StoreLayout::pageFile(rows.text(0), page.sourcePage, "jpg");
    page.words.width = static_cast<int>(rows.integer(2));
    page.words.height = static_cast<int>(rows.integer(3));
    page.words.rotation = static_cast<int>(rows.integer(4));
    sohoa::indexer::decodePageWords(rows.text(5), page.words);
    pages.push_back(std::move(page));
  }
  return pages;
}

// The share of the page's word boxes that fall on ink in the preview: 1 when the picture
// shows the page as the words were read (upright, straightened), far less when it does not.
double wordsOnInk(const StoredPage& page) {
  sohoa::ocr::PixPtr image(pixRead(page.preview.c_str()));
  REQUIRE(image);
  const double scale = static_cast<double>(pixGetWidth(image.get())) / page.words.width;
  int words = 0, onInk = 0;
  for (const auto& block : page.words.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words) {
        int dark = 0, all = 0;
        for (int y = static_cast<int>(word.box.y0 * scale); y <= static_cast<int>(word.box.y1 * scale); ++y)
          for (int x = static_cast<int>(word.box.x0 * scale); x <= static_cast<int>(word.box.x1 * scale); ++x) {
            l_uint32 value = 255;
            if (pixGetPixel(image.get(), x, y, &value) == 0) dark += value < 128 ? 1 : 0;
            ++all;
          }
        ++words;
        onInk += all > 0 && dark * 100 > all * 8 ? 1 : 0;
      }
  return words == 0 ? 0 : static_cast<double>(onInk) / words;
}

void checkPreviews(const std::vector<StoredPage>& pages) {
  for (const auto& page : pages) {
    INFO("page " << page.sourcePage << " (turned " << page.words.rotation << "°)");
    REQUIRE(fs::exists(page.preview));
    sohoa::ocr::PixPtr image(pixRead(page.preview.c_str()));
    REQUIRE(image);
    CHECK(pixGetWidth(image.get()) <= 1240);
    const double aspect = static_cast<double>(pixGetHeight(image.get())) / pixGetWidth(image.get());
    CHECK(aspect == Approx(static_cast<double>(page.words.height) / page.words.width).epsilon(0.01));
    CHECK(wordsOnInk(page) >= 0.95);
  }
}

}  // namespace

TEST_CASE("each scanned page gets a preview showing it as it was read, remade for older stores", "[e2e][preview]") {
  TempDir dir;
  const fs::path store = dir / "store";
  const auto batch = (samplesDir() / "dossiers/lo-ho-so.pdf").string();
  const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", store.string(), "--jobs", "2", batch});
  INFO(ingest.err);
  REQUIRE(ingest.exitCode == 0);
  const auto pages = scannedPages(store);
  REQUIRE(pages.size() == 8);
  CHECK(std::any_of(pages.begin(), pages.end(), [](const StoredPage& page) { return page.words.rotation == 180; }));
  checkPreviews(pages);

  // A store from before previews: `sohoa previews` makes them from the kept originals.
  for (const auto& page : pages) fs::remove(page.preview);
  const auto previews = runCommand({sohoaBinary(), "previews", "--store", store.string()});
  INFO(previews.err);
  CHECK(previews.exitCode == 0);
  CHECK(previews.out == "previews: 8 page picture(s) written\n");
  checkPreviews(pages);
  CHECK(runCommand({sohoaBinary(), "previews", "--store", store.string()}).out ==
        "previews: 0 page picture(s) written\n");
}
