#pragma once
// Whose papers the search hits are, for the results grouped by citizen: the dossier's
// applicant as the register names them (name, CCCD, procedure, receipt time), or, for a
// document outside the register, the person and number its fields hold. The number is always
// shown masked (052*******34): enough to tell two citizens apart on a list, for every role.
#include <nlohmann/json.hpp>

#include "indexer/RecordStore.hpp"

namespace sohoa::viewer {

// Adds "citizen": {name, citizen_id, procedure_code, procedure_name, received_at} (members
// null when unknown) to each hit of `hits` (searchResultJson's "hits").
void addHitCitizens(indexer::RecordStore& store, nlohmann::ordered_json& hits);

}  // namespace sohoa::viewer
