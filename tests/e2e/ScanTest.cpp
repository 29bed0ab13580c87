#include <catch2/catch.hpp>
#include <cstdlib>

#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

// SANE's `test` backend (in libsane1) as the only scanner: a real SANE device whose feeder
// holds 10 sheets, and which can be told to jam or to report an open cover.
class TestScanner {
 public:
  explicit TestScanner(const TempDir& dir, const std::string& readStatus = "Default") : config_(dir / "sane") {
    fs::create_directories(config_);
    writeFile(config_ / "dll.conf", "test\n");
    writeFile(config_ / "test.conf",
              "number_of_devices 1\nmode Gray\ndepth 8\ntest-picture \"Grid\"\n"
              "read-status-code \"" +
                  readStatus + "\"\nbr_x 80.0\nbr_y 60.0\n");
    setenv("SANE_CONFIG_DIR", config_.c_str(), 1);
  }
  ~TestScanner() { unsetenv("SANE_CONFIG_DIR"); }

 private:
  fs::path config_;
};

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
