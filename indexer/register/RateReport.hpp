#pragma once
// The reform plan's five rates, computed as the national platform computes them (Quyết định
// 766/QĐ-TTg; README "How the rates are counted"), over the dossiers of the register:
//  - digitisation: dossiers with a file for their components (a scanned component or a
//    reused digitised document) and, for paper-result procedures, a file for their result;
//  - electronic result: of the paper-result procedures' dossiers, those with a result file;
//  - reuse: dossiers with at least one component marked as reused digitised data;
//  - online: dossiers received online (channel 2) and, for paper-result procedures, with an
//    electronic result;
//  - on time: dossiers finished (or, unfinished, at the period's end) by their appointment,
//    time waiting for the citizen's supplement taken off, more than one supplement late.
// All count dossiers received in the period (without a receipt date: left out), except on
// time, which counts the dossiers received or still being processed in it.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "indexer/register/RatePeriod.hpp"
#include "indexer/store/DossierFactRows.hpp"

namespace sohoa::indexer {

enum class RateKind { Digitisation, ElectronicResult, Reuse, Online, OnTime };
inline constexpr std::array kAllRates = {RateKind::Digitisation, RateKind::ElectronicResult, RateKind::Reuse,
                                         RateKind::Online, RateKind::OnTime};
std::string rateKey(RateKind kind);         // digitisation, electronic_result, reuse, online, on_time
std::string rateTitle(RateKind kind);       // in Vietnamese, as the plan names it
std::string rateShortTitle(RateKind kind);  // in Vietnamese, for table heads and legends
double rateTarget(RateKind kind);           // percent

struct Rate {
  int numerator = 0;
  int denominator = 0;
  std::optional<double> percent;  // 2 decimals; nothing when the denominator is 0
  double target = 0;
  bool met = false;
};

struct RateSet {
  std::array<Rate, kAllRates.size()> rates;
  const Rate& operator[](RateKind kind) const { return rates[static_cast<std::size_t>(kind)]; }
};

struct GroupRates {
  std::string key;   // procedure code, or field
  std::string name;  // procedure name (empty for a field)
  RateSet rates;
};

struct RateReport {
  Period period;
  RateSet overall;
  std::vector<GroupRates> byProcedure;
  std::vector<GroupRates> byField;
  std::vector<GroupRates> byMonth;                                    // key YYYY-MM
  std::array<std::vector<std::string>, kAllRates.size()> shortfalls;  // dossier codes, per rate
  int dossiersWithoutReceipt = 0;
  int unknownProcedures = 0;
  // Documents of the store without an archive copy, by reason (indexer/store/ArchiveRecords).
  std::map<std::string, int> withoutArchive;
};

// Minutes past its appointment the dossier was finished (or, unfinished, stood at the
// period's end), time waiting for the citizen's supplement taken off; 0 or less: on time.
long long minutesLate(const DossierFacts& dossier, const Period& period);

RateSet computeRates(const std::vector<DossierFacts>& dossiers, const Period& period,
                     std::array<std::vector<std::string>, kAllRates.size()>* shortfalls = nullptr);
RateReport computeRateReport(RecordStore& store, const Period& period);

}  // namespace sohoa::indexer
