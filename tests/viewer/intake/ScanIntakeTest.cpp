#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <set>
#include <string>

#include "tests/support/TestSupport.hpp"
#include "viewer/intake/ScanIntake.hpp"

using namespace sohoa::viewer;
using sohoa::test::TempDir;
using sohoa::test::writeFile;
namespace fs = std::filesystem;

namespace {

// SANE's `test` backend as the only scanner, for the `sohoa scan` children this process starts.
class TestScanner {
 public:
  explicit TestScanner(const TempDir& dir) : config_(dir / "sane") {
    fs::create_directories(config_);
    writeFile(config_ / "dll.conf", "test\n");
    writeFile(config_ / "test.conf", "number_of_devices 1\nmode Gray\ndepth 8\nbr_x 40.0\nbr_y 30.0\n");
    setenv("SANE_CONFIG_DIR", config_.c_str(), 1);
  }
  ~TestScanner() { unsetenv("SANE_CONFIG_DIR"); }

 private:
  fs::path config_;
};

}  // namespace

// The viewer's own child ends, is reaped, and only then is scan.json written: a clerk asking in
// between must see it still scanning, not "ended unknown (the viewer was restarted)", which stops
// the page's polling for good.
TEST_CASE("a scan asked about while its child ends reads as scanning until it is recorded", "[viewer][scan]") {
  TempDir dir;
  const TestScanner scanner(dir);
  const sohoa::indexer::StoreLayout layout{dir / "store"};
  layout.create();
  std::set<std::string> messages;
  for (int scan = 0; scan < 12; ++scan) {
    ScanRequest request;
    request.device = "test:0";
    request.dpi = 75;
    request.pages = 1;
    const std::string id = startScan(layout, request, "canbo");
    nlohmann::ordered_json status;
    do {
      status = scanStatus(layout, id);
    } while (status["state"] == "scanning" || status["state"] == "new");
    CHECK(status["state"] == "scanned");
    messages.insert(status.value("message", ""));
  }
  CHECK(messages == std::set<std::string>{"Đã quét xong"});
}

// A viewer restarted while its child scanned lost the wait: once that child is gone, the scan
// reads as scanned, with the reason, and its pages are there to drop, rescan or store.
TEST_CASE("a scan a previous viewer started reads as scanned once its child is gone", "[viewer][scan]") {
  TempDir dir;
  const sohoa::indexer::StoreLayout layout{dir / "store"};
  const pid_t gone = fork();
  if (gone == 0) _exit(0);
  int status = 0;
  REQUIRE(waitpid(gone, &status, 0) == gone);
  const fs::path folder = layout.root / "intake" / "scans" / "20261206-120000-0a0b0c0d";
  fs::create_directories(folder / "pages");
  writeFile(folder / "scan.json", nlohmann::ordered_json{{"state", "scanning"}, {"pid", gone}}.dump());
  const auto scan = scanStatus(layout, "20261206-120000-0a0b0c0d");
  CHECK(scan["state"] == "scanned");
  CHECK(scan["message"].get<std::string>().find("trình xem đã khởi động lại") != std::string::npos);

  writeFile(folder / "scan.json", nlohmann::ordered_json{{"state", "scanning"}, {"pid", getpid()}}.dump());
  CHECK(scanStatus(layout, "20261206-120000-0a0b0c0d")["state"] == "scanning");  // still running
}
