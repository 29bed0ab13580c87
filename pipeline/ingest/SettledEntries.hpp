#pragma once
// The files a network scanner is still writing into a shared folder must not be read half
// written. A scanner (or a clerk copying over SMB) gives no signal when it is done, and inotify
// does not see writes made by another machine to a network share, so an entry is taken as
// complete once its size and modification time have not changed for `settle` (a file: its
// own; a folder of page images: the sum of its files' sizes and the newest time among them,
// and none of its files under a temporary name).
// Entries whose name says they are temporary (`.name`, `~name`, `*.tmp`, `*.part`,
// `*.crdownload`, `*.log`) are never offered.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <vector>

namespace sohoa::pipeline {

class SettledEntries {
 public:
  using Clock = std::chrono::steady_clock;
  SettledEntries(std::filesystem::path folder, std::chrono::milliseconds settle,
                 std::set<std::filesystem::path> skipped);
  // Looks at the folder again; returns the entries unchanged for `settle`, in name order.
  std::vector<std::filesystem::path> poll(Clock::time_point now);
  // An entry handled (moved away) or given up on is forgotten.
  void forget(const std::filesystem::path& entry) { seen_.erase(entry); }
  // An entry that could not be handled is left where it is and not offered again.
  void ignore(const std::filesystem::path& entry) {
    seen_.erase(entry);
    skipped_.insert(entry);
  }
  // Entries seen but not settled yet.
  std::size_t pending() const { return seen_.size(); }

 private:
  struct Signature {
    std::uintmax_t bytes = 0;
    std::filesystem::file_time_type newest{};
    std::size_t files = 0;
    bool writing = false;  // a folder holding a file under a temporary name
    bool operator==(const Signature&) const = default;
  };
  struct Sighting {
    Signature signature;
    Clock::time_point since;
  };
  static Signature signatureOf(const std::filesystem::directory_entry& entry);

  std::filesystem::path folder_;
  std::chrono::milliseconds settle_;
  std::set<std::filesystem::path> skipped_;  // done/ and failed/ when they are inside the folder
  std::map<std::filesystem::path, Sighting> seen_;
};

// Whether a name is one of a file still being written or of no interest to intake.
bool isTemporaryName(const std::string& name);

}  // namespace sohoa::pipeline
