#pragma once
// The document types a store holds (GIẤY KHAI SINH, TRÍCH LỤC KHAI TỬ…), each with how many
// documents carry it: what the viewer's type filter offers, so a clerk picks a type the
// store has instead of typing its exact upper-case label.
#include <cstdint>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct TypePresent {
  std::string label;  // as stored (the heading as extraction read it)
  std::int64_t documents = 0;
};

// Most documents first, then by label.
std::vector<TypePresent> typesPresent(RecordStore& store);

}  // namespace sohoa::indexer
