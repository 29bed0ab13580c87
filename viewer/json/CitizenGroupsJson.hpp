#pragma once
// The results grouped by citizen as the viewer's API gives them (indexer::CitizenGroups): a
// group per citizen (name, CCCD masked as 052*******34 for every role: enough to tell two
// citizens apart on a list), a row per dossier with its procedure, receipt time and counts.
#include <nlohmann/json.hpp>

#include "indexer/search/CitizenGroups.hpp"

namespace sohoa::viewer {

nlohmann::ordered_json citizenGroupsJson(const indexer::CitizenGroups& grouped);

}  // namespace sohoa::viewer
