#pragma once
// The worklists behind the rates: for one rate and period, every dossier that keeps it down
// and why, in the clerk's words, so that it can be fixed (scan the missing component or
// result, mark a reuse) or explained (filed in person, late by N days):
//  - digitisation: no digitised component, result not scanned;
//  - electronic result: result not scanned;
//  - reuse: nothing reused;
//  - online: filed in person or by post, or filed online without an electronic result;
//  - on time: late by N days (finished late, or still open past its appointment at the
//    period's end), or supplements asked more than once.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "indexer/register/RateReport.hpp"

namespace sohoa::indexer {

struct Shortfall {
  DossierFacts dossier;
  std::string reason;           // in Vietnamese
  std::optional<int> daysLate;  // on time only: whole days, started days counted
};

using Worklists = std::array<std::vector<Shortfall>, kAllRates.size()>;

Worklists rateWorklists(const std::vector<DossierFacts>& dossiers, const Period& period);
// The rate of a key (digitisation, electronic_result, reuse, online, on_time).
std::optional<RateKind> rateOfKey(const std::string& key);

}  // namespace sohoa::indexer
