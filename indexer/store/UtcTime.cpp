#include "indexer/store/UtcTime.hpp"

#include <ctime>

namespace sohoa::indexer {

std::string utcNow(const char* format) {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[64];
  return std::string(text, std::strftime(text, sizeof text, format, &parts));
}

}  // namespace sohoa::indexer
