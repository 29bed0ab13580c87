#pragma once
// A mistyped command (`sohoa serch`) is answered with the command meant ("did you mean
// search?") rather than CLI11's "arguments were not expected": the nearest name within two
// typing errors, or one the typed word begins (`sohoa rep` → report).
#include <optional>
#include <string>
#include <vector>

namespace sohoa::pipeline {

std::optional<std::string> nearestCommand(const std::string& typed, const std::vector<std::string>& names);

}  // namespace sohoa::pipeline
