#include <unistd.h>

#include <catch2/catch.hpp>

#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

// The command as a user who may not write the store: root writes anything, so as root it
// runs as nobody.
std::vector<std::string> asReader(std::vector<std::string> command) {
  if (geteuid() == 0)
    command.insert(command.begin(), {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
  return command;
}

void makeReadOnly(const fs::path& folder) {
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    fs::permissions(entry.path(), fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
  fs::permissions(folder, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                  fs::perm_options::remove);
}

}  // namespace

TEST_CASE("a read-only store is read by the commands that read, and refused clearly by those that write",
          "[e2e][faults][read-only]") {
  TempDir dir;
  const fs::path store = dir / "store";
  REQUIRE(runCommand({sohoaBinary(), "ingest", "--store", store, scansDir() / "to-khai" / "trang-2.png"}).exitCode ==
          0);
  const auto documentId = exportedDocuments(store).at(0)["document_id"].get<std::string>();
  makeReadOnly(store);
  const std::string s = store.string();

  for (const auto& command : std::vector<std::vector<std::string>>{
           {sohoaBinary(), "search", "--store", s, "Lạng Sơn"},
           {sohoaBinary(), "show", "--store", s, documentId},
           {sohoaBinary(), "export", "--store", s, "--jsonl"},
           {sohoaBinary(), "report", "--store", s, "--period", "2025", "--format", "csv"},
           {sohoaBinary(), "archive", "--store", s, "--check"}}) {
    const auto run = runCommand(asReader(command));
    INFO(command[1] << ": " << run.err);
    CHECK(run.exitCode == 0);
    CHECK(run.err.find("unable to open") == std::string::npos);
  }
  CHECK(runCommand(asReader({sohoaBinary(), "search", "--store", s, "Lạng Sơn"})).out.find("Lạng Sơn") !=
        std::string::npos);

  writeFile(dir / "register.csv", "MaHoSo,NgayTiepNhan\n000.00.21.H08-250314-0042,2025-03-14\n");
  for (const auto& command : std::vector<std::vector<std::string>>{
           {sohoaBinary(), "ingest", "--store", s, scansDir() / "to-khai" / "trang-1.jpg"},
           {sohoaBinary(), "register", "import", "--store", s, dir / "register.csv"},
           {sohoaBinary(), "archive", "--store", s},
           {SOHOA_VIEWER_BINARY, "--store", s, "--listen", "127.0.0.1:0"}}) {
    const auto run = runCommand(asReader(command));
    INFO(command[0] << " " << command[1] << ": " << run.err);
    // sohoa's status for a store it cannot write (not an abort, 134); the viewer's start-up failures are all 1.
    CHECK(run.exitCode == (command[0] == sohoaBinary().string() ? 5 : 1));
    CHECK(run.err.find("is read-only") != std::string::npos);
  }
  // --add-user reads the password from standard input.
  std::vector<std::string> addUserCommand{"/bin/sh", "-c", "echo 'mat-khau-dai-12' | exec \"$@\"", "sh"};
  for (auto& part : asReader({SOHOA_VIEWER_BINARY, "--store", s, "--add-user", "an", "--role", "clerk"}))
    addUserCommand.push_back(part);
  const auto addUser = runCommand(addUserCommand);
  INFO(addUser.err);
  CHECK(addUser.exitCode == 1);
  CHECK(addUser.err.find("is read-only") != std::string::npos);

  const auto missing = runCommand({sohoaBinary(), "search", "--store", dir / "nowhere", "x"});
  CHECK(missing.exitCode == 3);
  CHECK(missing.err.find("no store at") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "nowhere"));  // a reading command makes no store
}
