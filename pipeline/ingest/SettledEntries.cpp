#include "pipeline/ingest/SettledEntries.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <system_error>

namespace sohoa::pipeline {

namespace fs = std::filesystem;

bool isTemporaryName(const std::string& name) {
  if (name.empty() || name.front() == '.' || name.front() == '~' || name.back() == '~') return true;
  static constexpr std::array<std::string_view, 5> suffixes = {".tmp", ".part", ".crdownload", ".log", ".partial"};
  for (auto suffix : suffixes)
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      return true;
  return false;
}

SettledEntries::SettledEntries(fs::path folder, std::chrono::milliseconds settle, std::set<fs::path> skipped)
    : folder_(fs::weakly_canonical(folder)), settle_(settle) {
  for (const auto& entry : skipped) skipped_.insert(fs::weakly_canonical(entry));
}

SettledEntries::Signature SettledEntries::signatureOf(const fs::directory_entry& entry) {
  std::error_code error;
  Signature signature;
  if (entry.is_regular_file(error)) {
    signature.bytes = entry.file_size(error);
    signature.newest = entry.last_write_time(error);
    signature.files = 1;
    return signature;
  }
  for (fs::recursive_directory_iterator it(entry.path(), error), end; !error && it != end; it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    if (isTemporaryName(it->path().filename().string())) signature.writing = true;
    signature.bytes += it->file_size(error);
    signature.newest = std::max(signature.newest, it->last_write_time(error));
    ++signature.files;
  }
  return signature;
}

std::vector<fs::path> SettledEntries::poll(Clock::time_point now) {
  std::vector<fs::path> settled;
  std::set<fs::path> present;
  std::error_code error;
  for (fs::directory_iterator it(folder_, error), end; !error && it != end; it.increment(error)) {
    const fs::path path = it->path();
    if (skipped_.count(path) > 0 || isTemporaryName(path.filename().string())) continue;
    if (!it->is_regular_file(error) && !it->is_directory(error)) continue;
    present.insert(path);
    const Signature signature = signatureOf(*it);
    auto seen = seen_.find(path);
    if (seen == seen_.end() || !(seen->second.signature == signature)) {
      seen_[path] = {signature, now};
      continue;
    }
    if (!signature.writing && signature.files > 0 && signature.bytes > 0 && now - seen->second.since >= settle_)
      settled.push_back(path);
  }
  std::erase_if(seen_, [&](const auto& entry) { return present.count(entry.first) == 0; });
  std::sort(settled.begin(), settled.end());
  return settled;
}

}  // namespace sohoa::pipeline
