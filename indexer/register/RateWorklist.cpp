#include "indexer/register/RateWorklist.hpp"

#include <map>

namespace sohoa::indexer {
namespace {

constexpr long long kMinutesPerDay = 24 * 60;

std::string channelName(int channel) {
  return channel == 3 ? "Nộp qua bưu chính công ích, không trực tuyến" : "Nộp trực tiếp, không trực tuyến";
}

Shortfall explained(const DossierFacts& dossier, const Period& period, RateKind kind) {
  Shortfall out{dossier, "", std::nullopt};
  const bool resultMissing = dossier.paperResult && !dossier.resultFile;
  switch (kind) {
    case RateKind::Digitisation:
      if (!dossier.componentFile) out.reason = "Chưa có thành phần hồ sơ số hóa";
      if (resultMissing) out.reason += out.reason.empty() ? "Kết quả chưa được quét" : "; kết quả chưa được quét";
      break;
    case RateKind::ElectronicResult:
      out.reason = "Kết quả chưa được quét (chưa có bản điện tử)";
      break;
    case RateKind::Reuse:
      out.reason = "Chưa dùng lại giấy tờ đã số hóa";
      break;
    case RateKind::Online:
      out.reason =
          dossier.channel == 2 ? "Nộp trực tuyến nhưng kết quả chưa có bản điện tử" : channelName(dossier.channel);
      break;
    case RateKind::OnTime: {
      const long long late = minutesLate(dossier, period);
      if (late > 0) {
        out.daysLate = static_cast<int>((late + kMinutesPerDay - 1) / kMinutesPerDay);
        const bool open = !dossier.finished || dossier.finished->substr(0, 10) > period.to;
        out.reason =
            "Trễ hạn " + std::to_string(*out.daysLate) + " ngày" + (open ? " (chưa trả kết quả khi hết kỳ)" : "");
      }
      if (dossier.supplementRequests > 1) {
        const std::string asked =
            "Yêu cầu bổ sung " + std::to_string(dossier.supplementRequests) + " lần (quá 1 lần là trễ hạn)";
        out.reason = out.reason.empty() ? asked : out.reason + "; " + asked;
      }
      break;
    }
  }
  return out;
}

}  // namespace

Worklists rateWorklists(const std::vector<DossierFacts>& dossiers, const Period& period) {
  // The rates decide who falls short; here only why.
  std::array<std::vector<std::string>, kAllRates.size()> codes;
  computeRates(dossiers, period, &codes);
  std::map<std::string, const DossierFacts*> byCode;
  for (const auto& dossier : dossiers) byCode[dossier.code] = &dossier;
  Worklists lists;
  for (auto kind : kAllRates) {
    const auto index = static_cast<std::size_t>(kind);
    for (const auto& code : codes[index]) lists[index].push_back(explained(*byCode.at(code), period, kind));
  }
  return lists;
}

std::optional<RateKind> rateOfKey(const std::string& key) {
  for (auto kind : kAllRates)
    if (rateKey(kind) == key) return kind;
  return std::nullopt;
}

}  // namespace sohoa::indexer
