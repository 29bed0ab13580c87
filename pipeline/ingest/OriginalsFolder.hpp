#pragma once
// originals/: every input kept byte for byte, named by its SHA-256, written once and made
// read-only; the clerk's own file is only ever read.
#include <filesystem>
#include <string>

namespace sohoa::pipeline {

// Copies `file` to <originals>/<sha[0:2]>/<sha>.<extension> unless already there; returns the
// path relative to the store root.
std::string keepOriginal(const std::filesystem::path& storeRoot, const std::filesystem::path& file,
                         const std::string& sha256, const std::string& extension);

}  // namespace sohoa::pipeline
