#include "pipeline/AtomicFile.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace sohoa::pipeline {
namespace {

namespace fs = std::filesystem;

std::atomic<unsigned> writesStarted{0};

[[noreturn]] void fail(const fs::path& file, int error) {
  throw std::runtime_error("cannot write " + file.string() + ": " + std::strerror(error));
}

fs::path temporaryFor(const fs::path& file) {
  return file.string() + "." + std::to_string(getpid()) + "-" + std::to_string(++writesStarted) + ".tmp";
}

void syncFolder(const fs::path& folder) {
  if (const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

// Writes through `fill` (which writes the bytes to the descriptor it gets, returning 0 or an
// errno) to a temporary, then renames it over `file`.
template <typename Fill>
void writeThrough(const fs::path& file, fs::perms permissions, Fill fill) {
  const fs::path temporary = temporaryFor(file);
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) fail(file, errno);
  int error = fill(fd);
  if (error == 0 && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && ::chmod(temporary.c_str(), static_cast<mode_t>(permissions)) != 0) error = errno;
  if (error == 0 && ::rename(temporary.c_str(), file.c_str()) != 0) error = errno;
  if (error != 0) {
    ::unlink(temporary.c_str());
    fail(file, error);
  }
  syncFolder(file.parent_path());
}

int writeAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return 0;
}

// The process a temporary `<name>.<pid>-<n>.tmp` belongs to, or 0 for an older fixed name.
pid_t ownerOf(const std::string& name) {
  const auto end = name.rfind(".tmp");
  const auto dash = name.rfind('-', end);
  const auto dot = name.rfind('.', dash);
  if (end == std::string::npos || dash == std::string::npos || dot == std::string::npos || dot + 1 >= dash) return 0;
  const std::string pid = name.substr(dot + 1, dash - dot - 1);
  if (pid.find_first_not_of("0123456789") != std::string::npos || pid.size() > 9) return 0;
  return static_cast<pid_t>(std::stol(pid));
}

bool isRunning(pid_t pid) { return ::kill(pid, 0) == 0 || errno == EPERM; }

bool isStaleTemporary(const std::string& name) {
  if (name.ends_with(".tmp")) {
    const pid_t owner = ownerOf(name);
    return owner == 0 || (owner != getpid() && !isRunning(owner));
  }
  // Older versions: `<name>.part` (archive), `<name>.part.<pid>` (originals).
  const auto part = name.rfind(".part");
  if (part == std::string::npos) return false;
  const std::string rest = name.substr(part + 5);
  if (rest.empty()) return true;
  if (rest[0] != '.' || rest.size() < 2 || rest.find_first_not_of("0123456789", 1) != std::string::npos) return false;
  const pid_t owner = static_cast<pid_t>(std::stol(rest.substr(1, 9)));
  return owner != getpid() && !isRunning(owner);
}

}  // namespace

void writeFileAtomically(const fs::path& file, std::string_view bytes) {
  writeThrough(file, fs::perms(0644), [&](int fd) { return writeAll(fd, bytes); });
}

void copyFileAtomically(const fs::path& from, const fs::path& to, fs::perms permissions) {
  const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) throw std::runtime_error("cannot read " + from.string() + ": " + std::strerror(errno));
  try {
    writeThrough(to, permissions, [&](int fd) {
      char buffer[1 << 16];
      for (;;) {
        const ssize_t got = ::read(in, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return errno;
        if (got == 0) return 0;
        if (const int error = writeAll(fd, std::string_view(buffer, static_cast<std::size_t>(got)))) return error;
      }
    });
  } catch (...) {
    ::close(in);
    throw;
  }
  ::close(in);
}

int removeStaleTemporaries(const fs::path& folder) {
  int removed = 0;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (!it->is_regular_file(error) || !isStaleTemporary(it->path().filename().string())) continue;
    std::error_code ignored;
    if (fs::remove(it->path(), ignored)) ++removed;
  }
  return removed;
}

}  // namespace sohoa::pipeline
