#include "pipeline/OriginalsFolder.hpp"

#include <fcntl.h>
#include <unistd.h>

namespace sohoa::pipeline {

std::string keepOriginal(const std::filesystem::path& storeRoot, const std::filesystem::path& file,
                         const std::string& sha256, const std::string& extension) {
  namespace fs = std::filesystem;
  const fs::path relative = fs::path("originals") / sha256.substr(0, 2) / (sha256 + "." + extension);
  const fs::path target = storeRoot / relative;
  if (fs::exists(target)) return relative.string();
  fs::create_directories(target.parent_path());
  // Copy under a temporary name and rename, so a killed run never leaves half a file
  // under the final name.
  const fs::path temporary = target.string() + ".part." + std::to_string(getpid());
  fs::copy_file(file, temporary, fs::copy_options::overwrite_existing);
  if (const int fd = ::open(temporary.c_str(), O_RDONLY); fd >= 0) {
    ::fsync(fd);  // the copy is on disk before the journal says the source exists
    ::close(fd);
  }
  fs::permissions(temporary, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::rename(temporary, target);
  return relative.string();
}

}  // namespace sohoa::pipeline
