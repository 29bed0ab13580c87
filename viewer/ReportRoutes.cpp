#include "indexer/IngestStatus.hpp"
#include "indexer/RatePeriod.hpp"
#include "indexer/RateReport.hpp"
#include "indexer/RateReportFormats.hpp"
#include "viewer/PersonalDataMask.hpp"
#include "viewer/Routes.hpp"
#include "viewer/ScanIntake.hpp"
#include "viewer/UploadIntake.hpp"

namespace sohoa::viewer {
namespace {

nlohmann::ordered_json rateTitles() {
  nlohmann::ordered_json titles = nlohmann::ordered_json::object();
  for (auto kind : indexer::kAllRates)
    titles[indexer::rateKey(kind)] = {{"title", indexer::rateTitle(kind)}, {"short", indexer::rateShortTitle(kind)}};
  return titles;
}

// Inputs and their failures; for an auditor, personal numbers in file names and messages are
// masked by their shape (a scan may be named after the citizen's CCCD).
nlohmann::ordered_json ingestStatusJson(const indexer::IngestStatus& status, bool masked) {
  const PersonalDataMask byShape;
  auto shown = [&](const std::string& text) { return masked ? byShape.masked(text) : text; };
  nlohmann::ordered_json out{{"running", status.running},
                             {"pages_stored", status.pagesStored},
                             {"pages_failed", status.pagesFailed},
                             {"inputs", nlohmann::ordered_json::array()}};
  for (const auto& input : status.inputs) {
    nlohmann::ordered_json failures = nlohmann::ordered_json::array();
    for (const auto& failure : input.failures)
      failures.push_back({{"page", failure.page}, {"message", shown(failure.message)}});
    out["inputs"].push_back(
        {{"path", shown(input.path)},
         {"file_type", input.fileType},
         {"done", input.done},
         {"page_count", input.pageCount},
         {"pages_stored", input.pagesStored},
         {"failures", failures},
         {"started_at", input.startedAt},
         {"finished_at", input.finishedAt ? nlohmann::ordered_json(*input.finishedAt) : nullptr},
         {"pages_per_minute", input.pagesPerMinute ? nlohmann::ordered_json(*input.pagesPerMinute) : nullptr}});
  }
  return out;
}

}  // namespace

void mountReportRoutes(httplib::Server& server, ViewerContext& context) {
  server.Get("/api/report", [&](const httplib::Request& request, httplib::Response& response) {
    const auto session = authorised(context, request, response, kAnyRole);
    if (!session) return;
    const std::string periodText = queryParameter(request, "period").value_or(indexer::lastQuarter());
    const auto period = indexer::parsePeriod(periodText);
    if (!period)
      return replyError(
          response, 400,
          "Kỳ báo cáo \"" + periodText + "\" không hợp lệ (2025-Q1, 2025-H1, 2025 hoặc 2025-01-01..2025-03-31)");
    indexer::RecordStore store(context.layout);
    auto report = indexer::rateReportJson(indexer::computeRateReport(store, *period));
    report["titles"] = rateTitles();
    audit(store, request, session->username, "report", period->label);
    replyJson(response, 200, report);
  });

  server.Get("/api/ingest", [&](const httplib::Request& request, httplib::Response& response) {
    const auto session = authorised(context, request, response, kAnyRole);
    if (!session) return;
    indexer::RecordStore store(context.layout);
    auto status = ingestStatusJson(indexer::readIngestStatus(store), session->role == Role::Auditor);
    if (session->role != Role::Auditor) {
      status["uploads"] = uploadsJson(context.layout);
      status["scans"] = scansJson(context.layout);
    }
    replyJson(response, 200, status);
  });
}

}  // namespace sohoa::viewer
