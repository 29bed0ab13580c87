#include "pipeline/archive/PdfJsText.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>

extern char** environ;

namespace sohoa::pipeline {
namespace {

// The child's standard output, and its exit status (-1 when it could not start).
std::string outputOf(std::vector<std::string> arguments, int& status) {
  int pipeEnds[2];
  status = -1;
  if (pipe(pipeEnds) != 0) return {};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipeEnds[0]);
  std::vector<char*> argv;
  for (auto& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipeEnds[1]);
  std::string output;
  if (spawned == 0) {
    std::array<char, 65536> buffer;
    for (ssize_t n; (n = read(pipeEnds[0], buffer.data(), buffer.size())) > 0;)
      output.append(buffer.data(), static_cast<std::size_t>(n));
    int wait = 0;
    if (waitpid(pid, &wait, 0) == pid && WIFEXITED(wait)) status = WEXITSTATUS(wait);
  }
  close(pipeEnds[0]);
  return output;
}

}  // namespace

PdfJsText pdfJsText(const std::filesystem::path& script, const std::filesystem::path& pdf) {
  PdfJsText out;
  int status = -1;
  const std::string printed = outputOf({"node", script.string(), pdf.string()}, status);
  if (status != 0) {
    out.error = status < 0 ? "Node.js (node) cannot be run" : "pdf.js failed (" + script.string() + ")";
    return out;
  }
  std::size_t start = 0;
  for (std::size_t feed = printed.find('\f'); feed != std::string::npos; feed = printed.find('\f', start)) {
    out.pages.push_back(printed.substr(start, feed - start));
    start = feed + 1;
  }
  return out;
}

}  // namespace sohoa::pipeline
