#pragma once
// A document as the JSON object of DESIGN.md's export contract (`sohoa export --jsonl`,
// `sohoa show --json`, the viewer's API).
#include <nlohmann/json.hpp>

#include "indexer/store/DocumentCatalog.hpp"

namespace sohoa::indexer {

nlohmann::ordered_json documentToJson(const DocumentRecord& document);

}  // namespace sohoa::indexer
