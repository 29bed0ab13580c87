#include "indexer/extract/SlashDate.hpp"

#include <vector>

#include "indexer/extract/CitizenId.hpp"
#include "indexer/text/IsoDate.hpp"

namespace sohoa::indexer {
namespace {

// A number of 1 to `maxDigits` digits, OCR confusions repaired; nothing otherwise.
std::optional<int> readNumber(std::string_view token, std::size_t maxDigits) {
  const auto digits = repairedDigits(token, 1);
  if (!digits || digits->empty() || digits->size() > maxDigits) return std::nullopt;
  return std::stoi(*digits);
}

}  // namespace

std::optional<std::string> slashDate(std::string_view token) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= token.size(); ++i)
    if (i == token.size() || token[i] == '/' || token[i] == '-' || token[i] == '.') {
      parts.push_back(token.substr(start, i - start));
      start = i + 1;
    }
  if (parts.size() != 3 || parts[2].size() != 4) return std::nullopt;
  const auto day = readNumber(parts[0], 2), month = readNumber(parts[1], 2), year = readNumber(parts[2], 4);
  if (!day || !month || !year) return std::nullopt;
  return isoDate(*day, *month, *year);
}

}  // namespace sohoa::indexer
