#include "indexer/register/RateReport.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "indexer/register/RegisterDate.hpp"
#include "indexer/store/ArchiveRecords.hpp"

namespace sohoa::indexer {
namespace {

bool receivedIn(const DossierFacts& dossier, const Period& period) {
  if (!dossier.received) return false;
  const std::string day = dossier.received->substr(0, 10);
  return day >= period.from && day <= period.to;
}

// Received or still being processed in the period: received by its end, and not finished
// before it began.
bool processedIn(const DossierFacts& dossier, const Period& period) {
  if (!dossier.received || dossier.received->substr(0, 10) > period.to) return false;
  return receivedIn(dossier, period) || !dossier.finished || dossier.finished->substr(0, 10) >= period.from;
}

bool onTime(const DossierFacts& dossier, const Period& period) {
  // More than one supplement request: late.
  return dossier.supplementRequests <= 1 && minutesLate(dossier, period) <= 0;
}

Rate makeRate(RateKind kind, int numerator, int denominator) {
  Rate rate{numerator, denominator, std::nullopt, rateTarget(kind), false};
  if (denominator > 0) {
    rate.percent = std::round(10000.0 * numerator / denominator) / 100.0;
    // "Above 98 %" for on time; "at least" for the others.
    rate.met = kind == RateKind::OnTime ? *rate.percent > rate.target : *rate.percent >= rate.target;
  }
  return rate;
}

}  // namespace

long long minutesLate(const DossierFacts& dossier, const Period& period) {
  const std::string periodEnd = period.to + " 23:59";
  // Finished ("finished", "result returned", "stopped/refused" all set the finish time), or
  // measured at the period's end.
  const std::string end = dossier.finished && *dossier.finished <= periodEnd ? *dossier.finished : periodEnd;
  long long waiting = 0;  // minutes the dossier waited for the citizen's supplement
  if (dossier.supplementRequested && *dossier.supplementRequested <= end) {
    const std::string resumed =
        dossier.supplementDone && *dossier.supplementDone <= end ? *dossier.supplementDone : end;
    waiting = std::max(0LL, minutesOf(resumed) - minutesOf(*dossier.supplementRequested));
  }
  return minutesOf(end) - waiting - minutesOf(*dossier.due);
}

std::string rateKey(RateKind kind) {
  switch (kind) {
    case RateKind::Digitisation:
      return "digitisation";
    case RateKind::ElectronicResult:
      return "electronic_result";
    case RateKind::Reuse:
      return "reuse";
    case RateKind::Online:
      return "online";
    case RateKind::OnTime:
      return "on_time";
  }
  return "";
}

std::string rateTitle(RateKind kind) {
  switch (kind) {
    case RateKind::Digitisation:
      return "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC";
    case RateKind::ElectronicResult:
      return "Tỷ lệ cấp kết quả giải quyết TTHC điện tử";
    case RateKind::Reuse:
      return "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa";
    case RateKind::Online:
      return "Tỷ lệ hồ sơ trực tuyến";
    case RateKind::OnTime:
      return "Tỷ lệ hồ sơ giải quyết trước và đúng hạn";
  }
  return "";
}

std::string rateShortTitle(RateKind kind) {
  switch (kind) {
    case RateKind::Digitisation:
      return "Số hóa";
    case RateKind::ElectronicResult:
      return "Kết quả điện tử";
    case RateKind::Reuse:
      return "Sử dụng lại";
    case RateKind::Online:
      return "Trực tuyến";
    case RateKind::OnTime:
      return "Đúng hạn";
  }
  return "";
}

double rateTarget(RateKind kind) {
  switch (kind) {
    case RateKind::Digitisation:
      return 90;
    case RateKind::ElectronicResult:
      return 100;
    case RateKind::Reuse:
      return 60;
    case RateKind::Online:
      return 70;
    case RateKind::OnTime:
      return 98;
  }
  return 0;
}

RateSet computeRates(const std::vector<DossierFacts>& dossiers, const Period& period,
                     std::array<std::vector<std::string>, kAllRates.size()>* shortfalls) {
  std::array<int, kAllRates.size()> numerators{}, denominators{};
  auto count = [&](RateKind kind, const DossierFacts& dossier, bool counted) {
    const auto index = static_cast<std::size_t>(kind);
    ++denominators[index];
    if (counted) {
      ++numerators[index];
    } else if (shortfalls) {
      (*shortfalls)[index].push_back(dossier.code);
    }
  };
  for (const auto& d : dossiers) {
    if (receivedIn(d, period)) {
      const bool resultOk = !d.paperResult || d.resultFile;
      count(RateKind::Digitisation, d, d.componentFile && resultOk);
      if (d.paperResult) count(RateKind::ElectronicResult, d, d.resultFile);
      count(RateKind::Reuse, d, d.reused);
      count(RateKind::Online, d, d.channel == 2 && resultOk);
    }
    if (d.due && processedIn(d, period)) count(RateKind::OnTime, d, onTime(d, period));
  }
  RateSet set;
  for (auto kind : kAllRates) {
    const auto index = static_cast<std::size_t>(kind);
    set.rates[index] = makeRate(kind, numerators[index], denominators[index]);
  }
  return set;
}

RateReport computeRateReport(RecordStore& store, const Period& period) {
  const auto dossiers = loadDossierFacts(store);
  RateReport report;
  report.period = period;
  report.overall = computeRates(dossiers, period, &report.shortfalls);
  report.withoutArchive = documentsWithoutArchive(store);
  std::map<std::string, std::vector<DossierFacts>> byProcedure, byField;
  std::map<std::string, std::string> names;
  for (const auto& d : dossiers) {
    if (!d.received) ++report.dossiersWithoutReceipt;
    if (!receivedIn(d, period) && !processedIn(d, period)) continue;
    if (d.field == "(không rõ)") ++report.unknownProcedures;
    byProcedure[d.procedureCode].push_back(d);
    names[d.procedureCode] = d.procedureName;
    byField[d.field].push_back(d);
  }
  for (const auto& [code, group] : byProcedure)
    report.byProcedure.push_back({code, names[code], computeRates(group, period)});
  for (const auto& [field, group] : byField) report.byField.push_back({field, "", computeRates(group, period)});
  for (const auto& month : monthsOf(period)) report.byMonth.push_back({month.label, "", computeRates(dossiers, month)});
  return report;
}

}  // namespace sohoa::indexer
