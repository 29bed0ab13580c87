#include "pipeline/ingest/OriginalsFolder.hpp"

#include "pipeline/AtomicFile.hpp"

namespace sohoa::pipeline {

std::string keepOriginal(const std::filesystem::path& storeRoot, const std::filesystem::path& file,
                         const std::string& sha256, const std::string& extension) {
  namespace fs = std::filesystem;
  const fs::path relative = fs::path("originals") / sha256.substr(0, 2) / (sha256 + "." + extension);
  const fs::path target = storeRoot / relative;
  if (fs::exists(target)) return relative.string();
  fs::create_directories(target.parent_path());
  // Whole or not at all, on disk before the journal says the source exists; read-only.
  copyFileAtomically(file, target, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  return relative.string();
}

}  // namespace sohoa::pipeline
