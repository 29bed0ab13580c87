#include "indexer/store/UtcTime.hpp"

#include <ctime>

namespace sohoa::indexer {

namespace {

std::string utcText(std::time_t time, const char* format) {
  std::tm parts{};
  gmtime_r(&time, &parts);
  char text[64];
  return std::string(text, std::strftime(text, sizeof text, format, &parts));
}

}  // namespace

std::string utcNow(const char* format) { return utcText(std::time(nullptr), format); }

std::string utcBefore(std::chrono::seconds age) {
  return utcText(std::time(nullptr) - static_cast<std::time_t>(age.count()), "%Y-%m-%dT%H:%M:%SZ");
}

}  // namespace sohoa::indexer
