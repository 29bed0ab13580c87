// The hostile inputs of tests/hostile/README.md, made by scripts/make-hostile.py and ingested
// by the real sohoa: text kept, memory under a gigabyte, a clear message, nothing else.
#include <catch2/catch.hpp>
#include <mutex>

#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

constexpr long kPageMemoryKb = 1024 * 1024;  // 1 GB

// The hostile files, made once per test run.
const fs::path& hostileDir() {
  static TempDir dir;
  static std::once_flag made;
  std::call_once(made, [] {
    const auto made = runCommand({"/usr/bin/python3", SOHOA_SCRIPTS_DIR "/make-hostile.py", "--out", dir.path()});
    if (made.exitCode != 0) throw std::runtime_error("make-hostile.py failed: " + made.err);
  });
  return dir.path();
}

CommandResult ingest(const fs::path& store, const std::vector<std::string>& files,
                     const std::vector<std::string>& options = {}) {
  std::vector<std::string> command{sohoaBinary(), "ingest", "--store", store.string(), "--jobs", "1"};
  command.insert(command.end(), options.begin(), options.end());
  for (const auto& file : files) command.push_back((hostileDir() / file).string());
  return runCommand(command);
}

std::string pageText(const fs::path& store, const std::string& file) {
  sohoa::indexer::SqliteDatabase db(store / "records.db", true);
  auto query = db.prepare(
      "SELECT group_concat(p.text, ' ') FROM pages p JOIN sources s ON s.id = p.source_id WHERE s.given_path LIKE ?");
  query.bindAll("%/" + file);
  return query.step() ? query.text(0) : std::string();
}

}  // namespace

TEST_CASE("what is drawn over a scan, CMYK scans and inverted pages are read", "[hostile][e2e]") {
  TempDir dir;
  const auto run = ingest(dir / "store", {"typed-over-letterhead.pdf", "cmyk-scan.pdf", "cmyk-photoshop.jpg",
                                          "inverted.png", "inverted-devicen.pdf"});
  INFO(run.err);
  CHECK(run.exitCode == 0);
  CHECK(run.err.empty());
  const std::pair<const char*, const char*> expected[] = {{"typed-over-letterhead.pdf", "tiếp công dân"},
                                                          {"cmyk-scan.pdf", "Nguyễn Văn Bình"},
                                                          {"cmyk-photoshop.jpg", "một cửa"},
                                                          {"inverted.png", "hòa giải"},
                                                          {"inverted-devicen.pdf", "văn thư"}};
  for (const auto& [file, words] : expected) {
    INFO(file << ": " << pageText(dir / "store", file));
    CHECK(pageText(dir / "store", file).find(words) != std::string::npos);
  }
  CHECK(run.peakResidentKb < kPageMemoryKb);
}

TEST_CASE("absurd pages are refused by their size in little memory, and not retried unless asked",
          "[hostile][e2e][memory]") {
  TempDir dir;
  const std::pair<const char*, const char*> refused[] = {{"huge-bilevel.pdf", "page 1: 35000×35000 pixels"},
                                                         {"huge.png", "30000×30000 pixels"},
                                                         {"giant-page.pdf", "page 1: 60000×60000 pixels"},
                                                         {"image-claims-huge.pdf", "page 1: its images add up to"},
                                                         {"image-drawn-thousands.pdf", "page 1: its images add up to"}};
  // What the program costs before it reads anything (more under AddressSanitizer) is not the page's.
  const long started = runCommand({sohoaBinary(), "--version"}).peakResidentKb;
  for (const auto& [file, size] : refused) {
    const auto run = ingest(dir / "store", {file});
    INFO(file << ": " << run.err << " peak " << run.peakResidentKb << " KB, " << started << " KB at start");
    CHECK(run.exitCode == 1);
    CHECK(run.err.starts_with("sohoa: " + (hostileDir() / file).string() + ": " + size));
    CHECK(run.err.find("refused") != std::string::npos);
    CHECK(run.peakResidentKb - started < kPageMemoryKb / 4);
  }
  // The journal remembers the failed page: named again, not read again.
  const auto again = ingest(dir / "store", {"huge-bilevel.pdf"});
  CHECK(again.exitCode == 1);
  CHECK(again.err.find("in an earlier run") != std::string::npos);
  const auto retried = ingest(dir / "store", {"huge-bilevel.pdf"}, {"--retry-failed"});
  CHECK(retried.exitCode == 1);
  CHECK(retried.err.find("refused") != std::string::npos);
  CHECK(retried.err.find("in an earlier run") == std::string::npos);
}

TEST_CASE("a 1200 dpi page is read at half its resolution, under a gigabyte", "[hostile][e2e][memory]") {
  TempDir dir;
  const auto run = ingest(dir / "store", {"large-1200dpi.png"});
  INFO(run.err << " peak " << run.peakResidentKb << " KB");
  CHECK(run.exitCode == 0);
  CHECK(run.peakResidentKb < kPageMemoryKb);
  CHECK(pageText(dir / "store", "large-1200dpi.png").find("tài liệu lưu trữ") != std::string::npos);
  CHECK(countRows(dir / "store", "SELECT dpi FROM pages") == 600);
}

TEST_CASE("PDFs without a header where Poppler finds one are read", "[hostile][e2e]") {
  TempDir dir;
  const auto run = ingest(dir / "store", {"no-header.pdf", "junk-before-header.pdf"});
  INFO(run.err);
  CHECK(run.exitCode == 0);
  CHECK(run.err.empty());
  CHECK(pageText(dir / "store", "no-header.pdf").find("Headerless notice") != std::string::npos);
  CHECK(pageText(dir / "store", "junk-before-header.pdf").find("Headerless notice") != std::string::npos);
}

TEST_CASE("libraries print nothing of their own, and a page is named once", "[hostile][e2e]") {
  TempDir dir;
  const auto run = ingest(dir / "store", {"chatty.png", "chatty.jpg", "damaged-second-page.tif"});
  INFO(run.err);
  CHECK(run.exitCode == 1);
  CHECK(run.err == "sohoa: " + (hostileDir() / "damaged-second-page.tif").string() +
                       ": page 2: damaged TIFF page, cannot decode it\n");
  CHECK(pageText(dir / "store", "chatty.png").find("phê duyệt") != std::string::npos);
  CHECK(pageText(dir / "store", "chatty.jpg").find("đại biểu") != std::string::npos);
  CHECK(pageText(dir / "store", "damaged-second-page.tif").find("TRANG M") !=
        std::string::npos);  // MOT: the marks may be put back (MỘT)
}

TEST_CASE("names with control characters are printed escaped, links out of a folder refused", "[hostile][e2e]") {
  TempDir dir;
  const fs::path batch = dir / "batch";
  fs::create_directories(batch);
  fs::copy_file(scansDir() / "to-khai" / "trang-2.png", batch / "\x1b[31mtrang.png");
  writeFile(batch / "bad\x1b]0;pwned\x07.pdf", "not a scan\n");
  fs::create_symlink("/etc/passwd", batch / "passwd.jpg");
  const std::string store = dir / "store";
  const auto run = runCommand({sohoaBinary(), "ingest", "--store", store, batch});
  INFO(run.err);
  CHECK(run.exitCode == 1);
  CHECK(run.err.find('\x1b') == std::string::npos);
  CHECK(run.err.find("bad\\x1b]0;pwned\\x07.pdf: not a PDF") != std::string::npos);
  CHECK(run.err.find("passwd.jpg: a symbolic link to /etc/passwd, outside the folder given") != std::string::npos);
  CHECK(countRows(store, "SELECT count(*) FROM sources") == 1);

  for (const auto& command : std::vector<std::vector<std::string>>{
           {sohoaBinary(), "search", "--store", store, "Lạng Sơn"},
           {sohoaBinary(), "show", "--store", store, exportedDocuments(store).at(0)["document_id"]}}) {
    const auto shown = runCommand(command);
    INFO(command[1] << ": " << shown.out);
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.find('\x1b') == std::string::npos);
    CHECK(shown.out.find("\\x1b[31mtrang.png") != std::string::npos);
  }
}
