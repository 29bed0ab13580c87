#include <catch2/catch.hpp>

#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

// No file in the store is larger than `bytes`: writes beyond fail with EFBIG, as on a full
// disk (SIGXFSZ ignored, so the write fails instead of killing the process).
std::vector<std::string> withFileSizeLimit(long bytes, std::vector<std::string> command) {
  command.insert(command.begin(),
                 {"/bin/sh", "-c", "trap '' XFSZ; exec prlimit --fsize=" + std::to_string(bytes) + " \"$@\"", "sh"});
  return command;
}

std::vector<fs::path> filesEndingIn(const fs::path& folder, const std::string& ending) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file() && entry.path().string().ends_with(ending)) found.push_back(entry.path());
  return found;
}

}  // namespace

TEST_CASE("a full disk leaves no short archive file, and a rerun writes it", "[e2e][archive][faults]") {
  TempDir dir;
  const fs::path store = dir / "store";
  const std::string scan = scansDir() / "to-khai" / "trang-1.jpg";  // 685 KB; its archive file is 700 KB
  const auto full = runCommand(withFileSizeLimit(690000, {sohoaBinary(), "ingest", "--store", store, scan}));
  INFO(full.err);
  CHECK(full.exitCode == 1);
  CHECK(full.err.find("File too large") != std::string::npos);
  CHECK(filesEndingIn(store / "archive", ".pdf").empty());  // nothing under its final name
  CHECK(filesEndingIn(store, ".tmp").empty());
  CHECK(countRows(store, "SELECT count(*) FROM documents WHERE archive_file IS NOT NULL") == 0);
  CHECK(countRows(store, "SELECT count(*) FROM pages") == 1);  // the page itself is stored

  const auto rerun = runCommand({sohoaBinary(), "ingest", "--store", store, scan});
  INFO(rerun.err);
  CHECK(rerun.exitCode == 0);
  REQUIRE(filesEndingIn(store / "archive", ".pdf").size() == 1);
  CHECK(countRows(store, "SELECT count(*) FROM documents WHERE archive_file IS NOT NULL") == 1);
  const auto check = runCommand({sohoaBinary(), "archive", "--store", store, "--check"});
  INFO(check.err);
  CHECK(check.exitCode == 0);
}

TEST_CASE("sohoa archive writes again what is missing or broken and removes unfinished files",
          "[e2e][archive][faults]") {
  TempDir dir;
  const fs::path store = dir / "store";
  REQUIRE(runCommand({sohoaBinary(), "ingest", "--store", store, scansDir() / "to-khai" / "trang-2.png"}).exitCode ==
          0);
  const auto pdfs = filesEndingIn(store / "archive", ".pdf");
  REQUIRE(pdfs.size() == 1);
  const auto whole = fs::file_size(pdfs.front());
  writeFile(pdfs.front(), "");                                    // as an older version left it on a full disk
  writeFile(pdfs.front().string() + ".999999999-1.tmp", "half");  // a dead process's write
  const auto repaired = runCommand({sohoaBinary(), "archive", "--store", store});
  INFO(repaired.out << repaired.err);
  CHECK(repaired.exitCode == 0);
  CHECK(repaired.out.find("1 missing or broken") != std::string::npos);
  CHECK(fs::file_size(pdfs.front()) == whole);
  CHECK(filesEndingIn(store, ".tmp").empty());

  fs::remove(pdfs.front());
  CHECK(runCommand({sohoaBinary(), "archive", "--store", store}).exitCode == 0);
  CHECK(fs::exists(pdfs.front()));
}
