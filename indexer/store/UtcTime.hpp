#pragma once
// The time now in UTC as the store writes it (ISO 8601, `2026-12-01T08:51:44Z`, as SQLite's
// strftime('%Y-%m-%dT%H:%M:%SZ')), or in another strftime format (a batch's or upload's name).
#include <chrono>
#include <string>

namespace sohoa::indexer {

std::string utcNow(const char* format = "%Y-%m-%dT%H:%M:%SZ");
// The time `age` before now (after it, for a negative age), as utcNow writes it.
std::string utcBefore(std::chrono::seconds age);

}  // namespace sohoa::indexer
