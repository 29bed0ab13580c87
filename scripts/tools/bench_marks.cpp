// What the Vietnamese mark correction costs and changes, without reading the pages again:
// takes the words of every OCR page of a store as Tesseract read them (ingest the pages with
// `sohoa ingest --no-spelling` first), corrects them, and prints the time per page and the
// words changed. `--jsonl` prints each page instead: {"file", "page", "text"} with the
// corrected text, for scoring against a transcription. `--cost NAME=VALUE` tries other
// weights (perMark, perConfidence, keepingInvalid, maxMarks, attested).
// Usage: sohoa-bench-marks STORE [--jsonl] [--cost NAME=VALUE]...
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "indexer/store/PageWords.hpp"
#include "indexer/store/Sqlite.hpp"
#include "indexer/store/StoreLayout.hpp"
#include "ocr/text/MarkCorrection.hpp"

namespace {

bool setCost(sohoa::ocr::MarkCorrectionCosts& costs, const std::string& assignment) {
  const auto equals = assignment.find('=');
  if (equals == std::string::npos) return false;
  const std::string name = assignment.substr(0, equals);
  const double value = std::atof(assignment.c_str() + equals + 1);
  if (name == "perMark")
    costs.perMark = value;
  else if (name == "perConfidence")
    costs.perConfidence = value;
  else if (name == "keepingInvalid")
    costs.keepingInvalid = value;
  else if (name == "maxMarks")
    costs.maxMarks = static_cast<int>(value);
  else if (name == "attested")
    costs.attested = static_cast<unsigned>(value);
  else
    return false;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string storeDir;
  bool jsonl = false;
  sohoa::ocr::MarkCorrectionCosts costs;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--jsonl") {
      jsonl = true;
    } else if (arg == "--cost" && i + 1 < argc && setCost(costs, argv[i + 1])) {
      ++i;
    } else if (storeDir.empty() && !arg.starts_with("--")) {
      storeDir = arg;
    } else {
      std::fprintf(stderr, "usage: sohoa-bench-marks STORE [--jsonl] [--cost NAME=VALUE]...\n");
      return 2;
    }
  }
  if (storeDir.empty()) {
    std::fprintf(stderr, "usage: sohoa-bench-marks STORE [--jsonl] [--cost NAME=VALUE]...\n");
    return 2;
  }
  const sohoa::indexer::StoreLayout layout{std::filesystem::path(storeDir)};
  sohoa::indexer::SqliteDatabase db(layout.database(), true);
  const auto started = std::chrono::steady_clock::now();
  const auto& model = sohoa::ocr::SyllableModel::vietnamese();
  const double loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  auto pages = db.prepare(
      "SELECT s.given_path, p.source_page, p.words FROM pages p JOIN sources s ON s.id = p.source_id "
      "WHERE p.origin = 'ocr' ORDER BY s.given_path, p.source_page");
  std::size_t pageCount = 0, words = 0, changed = 0;
  double seconds = 0, slowest = 0;
  while (pages.step()) {
    sohoa::ocr::Page page;
    sohoa::indexer::decodePageWords(pages.text(2), page);
    const auto before = std::chrono::steady_clock::now();
    changed += sohoa::ocr::correctMarks(page, model, costs);
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - before).count();
    seconds += took;
    slowest = std::max(slowest, took);
    ++pageCount;
    words += page.wordCount();
    if (jsonl)
      std::printf("%s\n", nlohmann::json{{"file", std::filesystem::path(pages.text(0)).filename().string()},
                                         {"page", pages.integer(1)},
                                         {"text", page.text()}}
                              .dump()
                              .c_str());
  }
  if (!jsonl)
    std::printf(
        "%zu pages, %zu words, %zu changed; model loaded in %.0f ms; correction %.1f ms per page (slowest %.1f)\n",
        pageCount, words, changed, 1000 * loadSeconds, pageCount ? 1000 * seconds / pageCount : 0.0, 1000 * slowest);
  return 0;
}
