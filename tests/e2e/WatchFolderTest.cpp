#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <fstream>
#include <thread>

#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

// Waits until `file` exists (or two minutes pass).
bool appears(const fs::path& file) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
  while (!fs::exists(file) && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  return fs::exists(file);
}

void stop(int pid) {
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
}

std::vector<std::string> watchCommand(const TempDir& dir, std::vector<std::string> more) {
  std::vector<std::string> command = {sohoaBinary(), "watch", "--store",    dir / "store",
                                      "--settle",    "1",     "--interval", "0.2"};
  command.insert(command.end(), more.begin(), more.end());
  command.push_back(dir / "inbox");
  return command;
}

}  // namespace

TEST_CASE("files a scanner drops while watch runs are read, moved to done/ and found", "[e2e][watch]") {
  TempDir dir;
  fs::create_directories(dir / "inbox");
  const int pid = startCommand(watchCommand(dir, {"--dossier-from-name", "--jobs", "2"}));
  // A file written slowly, as over a network share: never read while it grows.
  const std::string pdf = readFile(scansDir() / "thong-bao-dien-tu.pdf");
  const fs::path slow = dir / "inbox" / "000.00.21.H08-250314-0042_ketqua.pdf";
  {
    std::ofstream out(slow, std::ios::binary);
    for (std::size_t at = 0; at < pdf.size(); at += pdf.size() / 6 + 1) {
      out.write(pdf.data() + at, static_cast<std::streamsize>(std::min(pdf.size() - at, pdf.size() / 6 + 1)));
      out.flush();
      std::this_thread::sleep_for(std::chrono::milliseconds(400));
    }
  }
  writeFile(dir / "inbox" / "broken.pdf", "%PDF-1.4\nthis is no PDF at all\n");
  const bool done = appears(dir / "inbox" / "done" / slow.filename().concat(".log"));
  const bool failed = appears(dir / "inbox" / "failed" / "broken.pdf.log");
  stop(pid);
  REQUIRE(done);
  REQUIRE(failed);
  CHECK(fs::exists(dir / "inbox" / "done" / slow.filename()));
  CHECK_FALSE(fs::exists(slow));
  CHECK(readFile(dir / "inbox" / "failed" / "broken.pdf.log").find("broken.pdf") != std::string::npos);
  CHECK(countRows(dir / "store", "SELECT count(*) FROM sources") == 1);  // the broken one stored nothing
  const auto documents = exportedDocuments(dir / "store");
  REQUIRE(documents.size() == 1);
  CHECK(documents[0]["dossier_code"] == "000.00.21.H08-250314-0042");  // --dossier-from-name
  CHECK(documents[0]["dossier_part"] == "result");
  const auto found = runCommand({sohoaBinary(), "search", "--store", dir / "store", "--json", "thong bao"});
  CHECK(found.exitCode == 0);
  CHECK(found.out.find(documents[0]["document_id"].get<std::string>()) != std::string::npos);
}

TEST_CASE("watch killed halfway through a file reads it whole on restart, each page once", "[e2e][watch]") {
  TempDir dir;
  fs::create_directories(dir / "inbox");
  fs::copy_file(scansDir() / "nghi-dinh-30-2020.tif", dir / "inbox" / "nghi-dinh.tif");
  const int pid = startCommand(watchCommand(dir, {"--jobs", "1"}));  // one page at a time
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
  auto pages = [&] {
    try {
      return countRows(dir / "store", "SELECT count(*) FROM pages");
    } catch (const std::exception&) {
      return std::int64_t{0};  // no store yet
    }
  };
  while (pages() < 1 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  stop(pid);
  CHECK(pages() == 1);
  CHECK(fs::exists(dir / "inbox" / "nghi-dinh.tif"));  // not moved before it is whole

  const auto again = runCommand(watchCommand(dir, {"--once"}));
  INFO(again.err);
  CHECK(again.exitCode == 0);
  CHECK(fs::exists(dir / "inbox" / "done" / "nghi-dinh.tif"));
  CHECK(countRows(dir / "store", "SELECT count(*) FROM pages") == 2);
  CHECK(countRows(dir / "store", "SELECT count(*) FROM (SELECT DISTINCT source_id, source_page FROM pages)") == 2);
  CHECK(readFile(dir / "inbox" / "done" / "nghi-dinh.tif.log").find("page(s) stored") != std::string::npos);
}
