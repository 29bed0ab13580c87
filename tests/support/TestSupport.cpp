#include "tests/support/TestSupport.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace sohoa::test {
namespace fs = std::filesystem;

fs::path samplesDir() { return SOHOA_SAMPLES_DIR; }
fs::path scansDir() { return samplesDir() / "scans"; }
fs::path formsDir() { return samplesDir().parent_path() / "tests" / "data" / "forms"; }
fs::path corpusDir() { return SOHOA_CORPUS_DIR; }
fs::path sohoaBinary() { return SOHOA_BINARY; }

TempDir::TempDir() {
  std::random_device random;
  path_ = fs::temp_directory_path() / ("sohoa-test-" + std::to_string(getpid()) + "-" + std::to_string(random()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  // originals/ are read-only; make them writable so the folder can go.
  for (auto it = fs::recursive_directory_iterator(path_, ignored); it != fs::recursive_directory_iterator(); ++it)
    fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ignored);
  fs::remove_all(path_, ignored);
}

std::string readFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void writeFile(const fs::path& file, const std::string& bytes) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << bytes;
}

namespace {

int spawn(const std::vector<std::string>& arguments, const std::string& outFile, const std::string& errFile) {
  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + arguments[0]);
  return pid;
}

}  // namespace

CommandResult runCommand(const std::vector<std::string>& arguments) {
  TempDir output;
  const auto outFile = (output / "out").string(), errFile = (output / "err").string();
  const int pid = spawn(arguments, outFile, errFile);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  CommandResult result;
  result.peakResidentKb = usage.ru_maxrss;
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = readFile(outFile);
  result.err = readFile(errFile);
  return result;
}

int startCommand(const std::vector<std::string>& arguments) { return spawn(arguments, "/dev/null", "/dev/null"); }

}  // namespace sohoa::test
