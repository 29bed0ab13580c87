#include "indexer/StoreLayout.hpp"

#include <cstdlib>

namespace sohoa::indexer {

StoreLayout StoreLayout::resolve(const std::string& storeOption) {
  if (!storeOption.empty()) return {storeOption};
  if (const char* env = std::getenv("SOHOA_STORE"); env != nullptr && *env != '\0') return {env};
  return {"sohoa-data"};
}

void StoreLayout::create() const {
  for (const auto& dir : {root, originals(), archive(), pages()}) std::filesystem::create_directories(dir);
}

}  // namespace sohoa::indexer
