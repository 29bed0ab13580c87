#include "indexer/store/StoreLayout.hpp"

#include <cstdio>
#include <cstdlib>

#include "indexer/store/StoreError.hpp"
#include "indexer/text/Translation.hpp"

namespace sohoa::indexer {

std::string StoreLayout::chosen(const std::string& storeOption) {
  if (!storeOption.empty()) return storeOption;
  if (const char* env = std::getenv("SOHOA_STORE"); env != nullptr && *env != '\0') return env;
  return "sohoa-data";
}

StoreLayout StoreLayout::resolve(const std::string& storeOption) {
  const std::string chosen = StoreLayout::chosen(storeOption);
  if (isPostgresUrl(chosen))
    throw StoreError(ErrorKind::InvalidInput,
                     filled(tr("%1: a PostgreSQL store is filled by sohoa ingest --enqueue-only and sohoa worker (or "
                               "sohoa store copy --to); this command needs a store folder"),
                            {chosen}));
  return {chosen};
}

bool isPostgresUrl(std::string_view store) {
  return store.starts_with("postgresql://") || store.starts_with("postgres://");
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
