#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <future>
#include <optional>
#include <string>
#include <thread>

#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

// SANE's `test` backend (in libsane1) as the only scanner: a real SANE device whose feeder
// holds 10 sheets, and which can be told to jam or to report an open cover.
class TestScanner {
 public:
  explicit TestScanner(const TempDir& dir, const std::string& readStatus = "Default", const std::string& more = "",
                       const std::string& picture = "Grid")
      : config_(dir / "sane") {
    fs::create_directories(config_);
    writeFile(config_ / "dll.conf", "test\n");
    writeFile(config_ / "test.conf", "number_of_devices 1\nmode Gray\ndepth 8\ntest-picture \"" + picture +
                                         "\"\n"
                                         "read-status-code \"" +
                                         readStatus + "\"\nbr_x 80.0\nbr_y 60.0\n" + more);
    setenv("SANE_CONFIG_DIR", config_.c_str(), 1);
  }
  ~TestScanner() { unsetenv("SANE_CONFIG_DIR"); }

 private:
  fs::path config_;
};

// The driver process (`sohoa scan-driver`) of a scan using the test scanner set up in `dir`.
std::optional<pid_t> driverProcess(const TempDir& dir) {
  const std::string setting = "SANE_CONFIG_DIR=" + (dir / "sane").string();
  for (const auto& entry : fs::directory_iterator("/proc")) {
    const std::string name = entry.path().filename();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    const std::string command = readFile(entry.path() / "cmdline"), environment = readFile(entry.path() / "environ");
    if (command.find(std::string("\0scan-driver\0", 13)) != std::string::npos &&
        environment.find(setting + std::string(1, '\0')) != std::string::npos)
      return static_cast<pid_t>(std::stoi(name));
  }
  return std::nullopt;
}

bool driverGone(const TempDir& dir) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (driverProcess(dir) && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  return !driverProcess(dir);
}

// A feeder as slow as a desk's scanner: each 64 KB the backend hands over takes 0.3 s, about
// a second for a 150 dpi sheet.
const std::string kSlowFeeder = "read-delay true\nread-delay-duration 300000\n";

int pagesSaved(const fs::path& folder) {
  if (!fs::exists(folder)) return 0;
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(folder)) pages += entry.path().extension() == ".png";
  return pages;
}

std::int64_t pagesStored(const fs::path& store) {
  try {
    return fs::exists(store / "records.db") ? countRows(store, "SELECT count(*) FROM pages") : 0;
  } catch (const std::exception&) {
    return 0;  // not created yet
  }
}

}  // namespace

TEST_CASE("sohoa scan lists the scanners SANE finds", "[e2e][scan]") {
  TempDir dir;
  TestScanner scanner(dir);
  const auto listed = runCommand({sohoaBinary(), "scan", "--list"});
  CHECK(listed.exitCode == 0);
  CHECK(listed.out.find("test:0") != std::string::npos);
}

TEST_CASE("a stack in the feeder is scanned until it is empty and stored as one batch", "[e2e][scan]") {
  TempDir dir;
  TestScanner scanner(dir);
  const auto result = runCommand({sohoaBinary(), "scan", "--store", dir / "store", "--source", "adf", "--resolution",
                                  "150", "--dossier", "000.00.21.H08-250314-0042", "--part", "result"});
  INFO(result.err);
  REQUIRE(result.exitCode == 0);
  CHECK(result.err.find("page 10 scanned") != std::string::npos);  // the test feeder holds 10 sheets
  CHECK(result.out.find("scanned 10 page(s)") != std::string::npos);
  CHECK(countRows(dir / "store", "SELECT count(*) FROM sources") == 10);
  CHECK(countRows(dir / "store", "SELECT count(*) FROM pages") == 10);
  int originals = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir / "store" / "originals"))
    originals += entry.is_regular_file();
  CHECK(originals == 10);                         // each scanned page kept byte for byte
  CHECK(fs::is_empty(dir / "store" / "intake"));  // the scans are stored: nothing is left to do with them
  for (const auto& document : exportedDocuments(dir / "store")) {
    CHECK(document["dossier_code"] == "000.00.21.H08-250314-0042");
    CHECK(document["dossier_part"] == "result");
  }
}

TEST_CASE("a flatbed scans one page, and a jam or an open cover stops with a clear message", "[e2e][scan]") {
  TempDir dir;
  {
    TestScanner scanner(dir);
    const auto flatbed = runCommand({sohoaBinary(), "scan", "--store", dir / "store", "--source", "flatbed",
                                     "--resolution", "100", "--batch", "desk"});
    INFO(flatbed.err);
    CHECK(flatbed.exitCode == 0);
    CHECK(countRows(dir / "store", "SELECT count(*) FROM pages") == 1);
  }
  for (const std::string status : {"SANE_STATUS_JAMMED", "SANE_STATUS_COVER_OPEN"}) {
    TestScanner scanner(dir, status);
    const auto stopped =
        runCommand({sohoaBinary(), "scan", "--store", dir / "store", "--source", "adf", "--resolution", "100"});
    CHECK(stopped.exitCode == 1);
    CHECK(stopped.err.find(status == "SANE_STATUS_JAMMED" ? "paper jammed" : "cover is open") != std::string::npos);
    CHECK(countRows(dir / "store", "SELECT count(*) FROM pages") == 1);  // nothing half-scanned stored
  }
  TestScanner scanner(dir);
  const auto missing = runCommand({sohoaBinary(), "scan", "--store", dir / "store", "--device", "test:7"});
  CHECK(missing.exitCode == 1);
  CHECK(missing.err.find("test:7") != std::string::npos);
}

TEST_CASE("pages are read while the feeder still runs, and a stack killed then resumed is stored once", "[e2e][scan]") {
  TempDir dir;
  const fs::path store = dir / "store", intake = dir / "store" / "intake" / "desk";
  {
    TestScanner scanner(dir, "Default", kSlowFeeder);
    const int pid = startCommand({sohoaBinary(), "scan", "--store", store, "--source", "adf", "--resolution", "150",
                                  "--batch", "desk", "--jobs", "1"});
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (pagesStored(store) < 2 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const int savedWhenStored = pagesSaved(intake);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(driverGone(dir));  // the scanner is free for the run that resumes
    CHECK(pagesStored(store) >= 2);
    CHECK(savedWhenStored < 10);  // stored (and searchable) before the feeder was empty
  }
  TestScanner scanner(dir);
  const auto resumed = runCommand({sohoaBinary(), "scan", "--store", store, "--source", "adf", "--resolution", "150",
                                   "--batch", "desk", "--pages", "2"});
  INFO(resumed.err);
  REQUIRE(resumed.exitCode == 0);
  const auto saved = countRows(store, "SELECT count(*) FROM sources");
  CHECK(saved >= 4);
  CHECK(countRows(store, "SELECT count(*) FROM pages") == saved);
  CHECK(countRows(store, "SELECT count(*) FROM (SELECT DISTINCT source_id, source_page FROM pages)") == saved);
  CHECK(countRows(store, "SELECT count(*) FROM pages WHERE document_id IS NULL") == 0);
  CHECK(countRows(store, "SELECT count(*) FROM sources WHERE status = 'done'") == saved);
  CHECK_FALSE(fs::exists(intake));
}

TEST_CASE("a scan for the viewer stays in its folder, says each page in JSON, and rescans one page", "[e2e][scan]") {
  TempDir dir;
  const fs::path store = dir / "store", folder = dir / "scans" / "a1";
  auto scan = [&](std::vector<std::string> more) {
    std::vector<std::string> arguments = {sohoaBinary(), "scan",   "--store",      store,
                                          "--no-ingest", "--into", folder,         "--progress-json",
                                          "--source",    "adf",    "--resolution", "100"};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return runCommand(arguments);
  };
  {
    TestScanner scanner(dir);
    const auto three = scan({"--pages", "3"});
    INFO(three.err);
    REQUIRE(three.exitCode == 0);
    CHECK(three.out.find(R"({"event":"page","page":3,"file":"page-0003.png")") != std::string::npos);
    CHECK(three.out.find(R"({"event":"done","pages":3})") != std::string::npos);
    CHECK(pagesSaved(folder) == 3);
    CHECK_FALSE(fs::exists(store / "records.db"));  // nothing ingested

    fs::remove(folder / "page-0002.png");  // the clerk dropped page 2
    const auto rescanned = scan({"--rescan", "2"});
    CHECK(rescanned.out.find(R"({"event":"page","page":2,"file":"page-0002.png")") != std::string::npos);
    const auto more = scan({"--pages", "1"});  // numbering goes on after the last page, not over one
    CHECK(more.out.find(R"("page":4,)") != std::string::npos);
    CHECK(pagesSaved(folder) == 4);
  }
  {
    TestScanner blank(dir, "Default", "", "Solid white");
    const auto backs = scan({"--pages", "2"});
    CHECK(backs.out.find(R"({"event":"blank","after":4})") != std::string::npos);
    CHECK(backs.out.find(R"({"event":"done","pages":0})") != std::string::npos);
    CHECK(pagesSaved(folder) == 4);  // blank sheets are not kept
  }
  TestScanner jammed(dir, "SANE_STATUS_JAMMED");
  const auto jam = scan({});
  CHECK(jam.exitCode == 1);
  CHECK(jam.out.find(R"("reason":"jammed","message":"Kẹt giấy trong máy quét")") != std::string::npos);
  CHECK(pagesSaved(folder) == 4);
}

TEST_CASE("a scanner driver that dies in the middle of a stack ends the scan with a clear message", "[e2e][scan]") {
  TempDir dir;
  const fs::path folder = dir / "scans" / "a1";
  TestScanner scanner(dir, "Default", kSlowFeeder);
  auto scan = std::async(std::launch::async, [&] {
    return runCommand({sohoaBinary(), "scan", "--store", dir / "store", "--no-ingest", "--into", folder,
                       "--progress-json", "--source", "adf", "--resolution", "150"});
  });
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (pagesSaved(folder) < 2 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  const auto driver = driverProcess(dir);
  REQUIRE(driver);
  kill(*driver, SIGKILL);  // as a backend that crashes or is stuck and killed
  const auto result = scan.get();
  INFO(result.out + result.err);
  CHECK(result.exitCode == 1);
  CHECK(result.out.find(R"("reason":"failed")") != std::string::npos);
  CHECK(result.out.find("the scanner's driver ended unexpectedly (Killed) after page") != std::string::npos);
  const int saved = pagesSaved(folder);
  CHECK(saved >= 2);
  CHECK(result.out.find(R"({"event":"done","pages":)" + std::to_string(saved) + "}") != std::string::npos);
}
