#include "indexer/store/TypesPresent.hpp"

namespace sohoa::indexer {

std::vector<TypePresent> typesPresent(RecordStore& store) {
  auto rows = store.db().prepare(
      "SELECT type_label, count(*) AS n FROM documents WHERE type_label IS NOT NULL AND type_label <> '' "
      "GROUP BY type_label ORDER BY n DESC, type_label");
  std::vector<TypePresent> types;
  while (rows.step()) types.push_back({rows.text(0), rows.integer(1)});
  return types;
}

}  // namespace sohoa::indexer
