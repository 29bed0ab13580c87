#include "viewer/intake/ChildProgram.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sodium.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <set>
#include <stdexcept>

#include "indexer/store/UtcTime.hpp"

extern char** environ;

namespace sohoa::viewer {

namespace fs = std::filesystem;

namespace {

// The viewer reads its children's lines (the summary, the failures), so they write them in
// English whatever the desk's locale (sohoa speaks Vietnamese under vi_VN).
std::vector<std::string> childEnvironment() {
  std::vector<std::string> environment = {"OMP_THREAD_LIMIT=1", "LC_ALL=C.UTF-8"};
  for (char** variable = environ; *variable != nullptr; ++variable) {
    const std::string_view setting(*variable);
    bool replaced = false;
    for (const char* name : {"OMP_THREAD_LIMIT=", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE="})
      replaced = replaced || setting.rfind(name, 0) == 0;
    if (!replaced) environment.emplace_back(setting);
  }
  return environment;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> result;
  for (auto& text : strings) result.push_back(text.data());
  result.push_back(nullptr);
  return result;
}

// Spawns the program with stdin from /dev/null and stdout/stderr as `actions` sets them.
pid_t spawn(const std::vector<std::string>& arguments, posix_spawn_file_actions_t& actions) {
  std::vector<std::string> argv = {sohoaProgram().string()};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  auto environment = childEnvironment();
  auto argvPointers = pointers(argv);
  auto envPointers = pointers(environment);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  pid_t pid = 0;
  const int failed = posix_spawn(&pid, argvPointers[0], &actions, nullptr, argvPointers.data(), envPointers.data());
  posix_spawn_file_actions_destroy(&actions);
  if (failed) throw std::runtime_error("cannot start " + argv[0] + ": " + std::strerror(failed));
  return pid;
}

// The children this viewer started and has not finished with (see doneWaiting).
std::mutex ownMutex;
std::set<pid_t> ownChildren;

int waitStatus(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

}  // namespace

fs::path sohoaProgram() {
  if (const char* configured = std::getenv("SOHOA_PROGRAM"); configured != nullptr && *configured != '\0')
    return configured;
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  for (const fs::path& candidate :
       {self.parent_path() / "sohoa", self.parent_path().parent_path() / "pipeline" / "sohoa"})
    if (!error && fs::exists(candidate)) return candidate;
  return "/usr/local/bin/sohoa";
}

pid_t startSohoa(const std::vector<std::string>& arguments, const fs::path& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0640);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  std::lock_guard lock(ownMutex);  // so no one sees the pid before it is known as ours
  const pid_t pid = spawn(arguments, actions);
  ownChildren.insert(pid);
  return pid;
}

bool waitForSohoa(pid_t pid) {
  const int status = waitStatus(pid);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void doneWaiting(pid_t pid) {
  std::lock_guard lock(ownMutex);
  ownChildren.erase(pid);
}

bool lostChild(pid_t pid) {
  {
    std::lock_guard lock(ownMutex);
    if (ownChildren.contains(pid)) return false;
  }
  return pid <= 0 || kill(pid, 0) != 0;
}

std::string runSohoa(const std::vector<std::string>& arguments, int& exitCode) {
  int pipeEnds[2];
  if (pipe2(pipeEnds, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  try {
    pid = spawn(arguments, actions);
  } catch (...) {
    close(pipeEnds[0]);
    close(pipeEnds[1]);
    throw;
  }
  close(pipeEnds[1]);
  std::string output;
  char buffer[4096];
  for (ssize_t got; (got = read(pipeEnds[0], buffer, sizeof buffer)) != 0;) {
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) break;
    if (output.size() < (1u << 20)) output.append(buffer, static_cast<std::size_t>(got));
  }
  close(pipeEnds[0]);
  const int status = waitStatus(pid);
  exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return output;
}

std::string newIntakeId() {
  unsigned char random[4];
  randombytes_buf(random, sizeof random);
  char hex[2 * sizeof random + 1];
  sodium_bin2hex(hex, sizeof hex, random, sizeof random);
  return indexer::utcNow("%Y%m%d-%H%M%S") + "-" + hex;
}

void writeJsonFile(const fs::path& file, const nlohmann::ordered_json& value) {
  const fs::path temporary = file.string() + "." + std::to_string(getpid()) + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << value.dump(2);
    if (!out.flush()) throw std::runtime_error("cannot write " + temporary.string());
  }
  fs::rename(temporary, file);
}

nlohmann::ordered_json readJsonFile(const fs::path& file) {
  std::ifstream in(file);
  return nlohmann::ordered_json::parse(in, nullptr, false);
}

std::vector<std::string> ingestArguments(const indexer::StoreLayout& layout) {
  if (layout.server.empty()) return {"ingest", "--store", layout.root.string()};
  return {"ingest", "--store", layout.server, "--files", layout.root.string(), "--enqueue-only"};
}

}  // namespace sohoa::viewer
