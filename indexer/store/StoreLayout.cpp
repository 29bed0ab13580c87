#include "indexer/store/StoreLayout.hpp"

#include <cstdio>
#include <cstdlib>

namespace sohoa::indexer {

StoreLayout StoreLayout::resolve(const std::string& storeOption) {
  if (!storeOption.empty()) return {storeOption};
  if (const char* env = std::getenv("SOHOA_STORE"); env != nullptr && *env != '\0') return {env};
  return {"sohoa-data"};
}

std::string StoreLayout::pageFile(const std::string& sourceSha256, int page, const std::string& extension) {
  char name[16];
  std::snprintf(name, sizeof name, "%04d.", page);
  return (std::filesystem::path("pages") / sourceSha256 / (name + extension)).string();
}

void StoreLayout::create() const {
  for (const auto& dir : {root, originals(), archive(), pages()}) std::filesystem::create_directories(dir);
}

}  // namespace sohoa::indexer
