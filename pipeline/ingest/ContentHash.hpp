#pragma once
// SHA-256 of a file's bytes (libsodium): the identity of an input in the store.
#include <filesystem>
#include <string>

namespace sohoa::pipeline {

// Lower-case hex; throws std::runtime_error naming the file when it cannot be read.
std::string sha256OfFile(const std::filesystem::path& file);

}  // namespace sohoa::pipeline
