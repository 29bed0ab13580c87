// BatchIngest around recognition, with an engine that needs no Tesseract
// (tests/support/FakeOcrEngine) and a real store: a page the engine fails on is named and the
// rest is stored, and a later run reads only what is missing, never a page twice.
#include <leptonica/allheaders.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <sstream>
#include <stdexcept>

#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "ocr/PixPtr.hpp"
#include "pipeline/ingest/BatchIngest.hpp"
#include "pipeline/ingest/ContentHash.hpp"
#include "tests/support/FakeOcrEngine.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa;
using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

void fill(Pix* image, int x, int y, int w, int h) {
  ::Box* box = boxCreate(x, y, w, h);
  pixClearInRect(image, box);  // 8 bits: 0 is black
  boxDestroy(&box);
}

constexpr int kMarkSide = 200;

// A page of word-sized blobs, upright by the fake engine's corner mark, `seed` placing them so
// that each page has content of its own; `broken` adds a large square the engine fails on.
ocr::PixPtr page(int seed, bool broken = false) {
  ocr::PixPtr image(pixCreate(1000, 800, 8));
  pixSetAll(image.get());
  fill(image.get(), 3, 3, 6, 6);
  for (int row : {100, 200, 300})
    for (int k = 0; k < 5; ++k) fill(image.get(), 100 + 60 * k + 5 * seed, row, 40, 30);
  if (broken) fill(image.get(), 600, 450, kMarkSide, kMarkSide);
  return image;
}

// The fake engine, failing on a page that carries the large square; it counts page readings.
class EngineFailingOnSquare final : public ocr::OcrEngine {
 public:
  EngineFailingOnSquare(bool fails, std::atomic<int>& pageReads) : fails_(fails), pageReads_(pageReads) {
    fake_.orientationAnswer = {0, 10.0f};
  }
  ocr::Recognition read(Pix* image, int dpi, ocr::Layout layout) override {
    if (layout == ocr::Layout::Page) ++pageReads_;
    auto found = fake_.read(image, dpi, layout);
    for (const auto& block : found.page.blocks)
      for (const auto& line : block.lines)
        for (const auto& word : line.words)
          if (fails_ && word.box.width() >= kMarkSide * 3 / 4 && word.box.height() >= kMarkSide * 3 / 4)
            throw std::runtime_error("the engine stopped");
    return found;
  }
  ocr::Orientation orientation(Pix* image, int dpi) override { return fake_.orientation(image, dpi); }

 private:
  FakeOcrEngine fake_;
  bool fails_;
  std::atomic<int>& pageReads_;
};

pipeline::IngestOptions withFakeEngine(bool fails, std::atomic<int>& pageReads) {
  pipeline::IngestOptions options;
  options.jobs = 1;
  options.ocr.straighten = false;
  options.makeEngine = [fails, &pageReads] { return std::make_unique<EngineFailingOnSquare>(fails, pageReads); };
  return options;
}

// A three-page TIFF whose second page the failing engine stops on, and a single page beside it.
struct Inputs {
  fs::path stack, single;
};

Inputs writeInputs(const TempDir& dir) {
  Inputs inputs{dir / "stack.tif", dir / "single.png"};
  ocr::PixPtr first = page(1), second = page(2, true), third = page(3);
  REQUIRE(pixWriteTiff(inputs.stack.c_str(), first.get(), IFF_TIFF_ZIP, "w") == 0);
  REQUIRE(pixWriteTiff(inputs.stack.c_str(), second.get(), IFF_TIFF_ZIP, "a") == 0);
  REQUIRE(pixWriteTiff(inputs.stack.c_str(), third.get(), IFF_TIFF_ZIP, "a") == 0);
  ocr::PixPtr single = page(4);
  REQUIRE(pixWrite(inputs.single.c_str(), single.get(), IFF_PNG) == 0);
  return inputs;
}

std::set<int> storedPagesOf(indexer::RecordStore& store, const fs::path& file) {
  indexer::IngestJournal journal(store);
  const auto source = journal.findSource(pipeline::sha256OfFile(file));
  return source ? journal.storedPages(source->id) : std::set<int>{};
}

}  // namespace

TEST_CASE("a page the engine fails on is named, and the other pages are stored", "[pipeline][ingest]") {
  TempDir dir;
  const Inputs inputs = writeInputs(dir);
  indexer::RecordStore store = indexer::openMigratedStore({dir / "store"});
  std::atomic<int> pageReads = 0;
  std::ostringstream messages;
  const auto report = pipeline::BatchIngest(store, withFakeEngine(true, pageReads), messages)
                          .run({inputs.stack.string(), inputs.single.string()});
  CHECK(report.pagesStored == 3);
  CHECK(report.pagesFailed == 1);
  CHECK(report.filesIngested == 1);
  CHECK(report.filesFailed == 1);
  CHECK(messages.str().find("stack.tif: page 2: OCR failed: the engine stopped") != std::string::npos);
  CHECK(storedPagesOf(store, inputs.stack) == std::set<int>{1, 3});
  CHECK(storedPagesOf(store, inputs.single) == std::set<int>{1});
}

TEST_CASE("a run after a partial one reads only the pages missing, and none twice", "[pipeline][ingest]") {
  TempDir dir;
  const Inputs inputs = writeInputs(dir);
  const std::vector<std::string> paths{inputs.stack.string(), inputs.single.string()};
  indexer::RecordStore store = indexer::openMigratedStore({dir / "store"});
  std::atomic<int> firstReads = 0;
  std::ostringstream messages;
  pipeline::BatchIngest(store, withFakeEngine(true, firstReads), messages).run(paths);
  REQUIRE(storedPagesOf(store, inputs.stack) == std::set<int>{1, 3});

  // Without --retry-failed the failed page is named again, and nothing is read.
  std::atomic<int> reads = 0;
  std::ostringstream again;
  const auto skipped = pipeline::BatchIngest(store, withFakeEngine(false, reads), again).run(paths);
  CHECK(skipped.filesSkipped == 2);
  CHECK(skipped.pagesStored == 0);
  CHECK(reads == 0);
  CHECK(again.str().find("--retry-failed") != std::string::npos);

  // With it, only page 2 is read.
  auto retrying = withFakeEngine(false, reads);
  retrying.retryFailed = true;
  std::ostringstream retried;
  const auto report = pipeline::BatchIngest(store, retrying, retried).run(paths);
  CHECK(report.pagesStored == 1);
  CHECK(report.pagesFailed == 0);
  CHECK(report.filesSkipped == 1);  // the single page, done before
  CHECK(reads == 1);
  CHECK(storedPagesOf(store, inputs.stack) == std::set<int>{1, 2, 3});
  CHECK(storedPagesOf(store, inputs.single) == std::set<int>{1});
}
