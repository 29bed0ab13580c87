#include "viewer/CitizenIdMask.hpp"

#include <algorithm>
#include <cctype>

namespace sohoa::viewer {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

bool looksLikeCitizenId(std::string_view token) {
  std::size_t longestRun = 0, run = 0;
  for (char c : token) {
    run = isDigit(c) ? run + 1 : 0;
    longestRun = std::max(longestRun, run);
  }
  return longestRun == 9 || longestRun == 12;
}

std::string maskedCitizenIds(std::string_view text) {
  std::string out(text);
  std::size_t i = 0;
  while (i < out.size()) {
    if (!isDigit(out[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < out.size() && isDigit(out[end])) ++end;
    const std::size_t length = end - i;
    if (length == 9 || length == 12)
      for (std::size_t k = i + 3; k < end - 2; ++k) out[k] = '*';
    i = end;
  }
  return out;
}

}  // namespace sohoa::viewer
