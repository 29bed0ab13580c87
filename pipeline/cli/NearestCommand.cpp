#include "pipeline/cli/NearestCommand.hpp"

#include "indexer/text/EditDistance.hpp"

namespace sohoa::pipeline {

std::optional<std::string> nearestCommand(const std::string& typed, const std::vector<std::string>& names) {
  std::optional<std::string> nearest;
  std::size_t best = 3;  // more than two errors is another word, not a typo
  for (const auto& name : names) {
    if (typed.size() >= 3 && name.starts_with(typed)) return name;
    const std::size_t distance = indexer::editDistance(typed, name);
    if (distance < best) {
      best = distance;
      nearest = name;
    }
  }
  return nearest;
}

}  // namespace sohoa::pipeline
