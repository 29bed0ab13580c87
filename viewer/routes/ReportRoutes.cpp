#include <cctype>

#include "indexer/register/RatePeriod.hpp"
#include "indexer/register/RateReport.hpp"
#include "indexer/register/RateReportFormats.hpp"
#include "indexer/register/RateWorkbook.hpp"
#include "indexer/register/RateWorklist.hpp"
#include "indexer/register/ReportPeriods.hpp"
#include "indexer/store/IngestStatus.hpp"
#include "viewer/intake/ScanIntake.hpp"
#include "viewer/intake/UploadIntake.hpp"
#include "viewer/json/QueueJson.hpp"
#include "viewer/masking/PersonalDataMask.hpp"
#include "viewer/routes/Routes.hpp"

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

nlohmann::ordered_json choicesJson(const std::vector<indexer::PeriodChoice>& choices) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& choice : choices) out.push_back({{"label", choice.label}, {"name", choice.name}});
  return out;
}

nlohmann::ordered_json periodsJson(indexer::RecordStore& store) {
  const auto periods = indexer::periodsWithData(store);
  return {{"quarters", choicesJson(periods.quarters)},
          {"halves", choicesJson(periods.halves)},
          {"years", choicesJson(periods.years)}};
}

// The period asked for, or the newest quarter with data; nothing (and a 400 set) when the
// text is not a period.
std::optional<indexer::Period> askedPeriod(const httplib::Request& request, httplib::Response& response,
                                           indexer::RecordStore& store) {
  const auto typed = queryParameter(request, "period");
  const std::string text = typed.value_or(indexer::latestPeriodWithData(store));
  auto period = indexer::readTypedPeriod(text);
  if (!period)
    replyError(response, 400,
               "Kỳ báo cáo \"" + text +
                   "\" không hợp lệ: chọn một kỳ trong danh sách, hoặc gõ Quý 3/2025, 6 tháng đầu năm 2025, Năm 2025 "
                   "hay một khoảng ngày 2025-01-01..2025-03-31");
  return period;
}

// The worklists of a period; for an auditor the applicant's number is masked, as everywhere.
indexer::Worklists worklistsFor(indexer::RecordStore& store, const indexer::Period& period, bool masked) {
  auto lists = indexer::rateWorklists(indexer::loadDossierFacts(store), period);
  if (!masked) return lists;
  for (auto& list : lists)
    for (auto& shortfall : list) {
      auto& id = shortfall.dossier.applicantId;
      if (id) id = maskedNumber(*id);
    }
  return lists;
}

nlohmann::ordered_json optionalJson(const std::optional<std::string>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json shortfallJson(const indexer::Shortfall& shortfall) {
  const auto& d = shortfall.dossier;
  return {{"dossier_code", d.code},
          {"reason", shortfall.reason},
          {"days_late", shortfall.daysLate ? nlohmann::ordered_json(*shortfall.daysLate) : nullptr},
          {"procedure_code", d.procedureCode},
          {"procedure_name", d.procedureName},
          {"applicant_name", optionalJson(d.applicantName)},
          {"applicant_id", optionalJson(d.applicantId)},
          {"received_at", optionalJson(d.received)},
          {"due_at", optionalJson(d.due)},
          {"finished_at", optionalJson(d.finished)}};
}

constexpr int kShortfallsPerPage = 50;

}  // namespace

void mountReportRoutes(httplib::Server& server, ViewerContext& context) {
  server.Get("/api/report", [&](const httplib::Request& request, httplib::Response& response) {
    const auto session = authorised(context, request, response, kAnyRole);
    if (!session) return;
    auto lease = context.stores.lease();
    indexer::RecordStore& store = *lease;
    const auto period = askedPeriod(request, response, store);
    if (!period) return;
    auto report = indexer::rateReportJson(indexer::computeRateReport(store, *period));
    report["period"]["name"] = indexer::periodName(period->label);
    report["titles"] = rateTitles();
    report["periods"] = periodsJson(store);
    audit(store, request, session->username, "report", period->label);
    replyJson(response, 200, report);
  });

  // One worklist, a page at a time: GET /api/report/shortfalls?period=…&rate=…&offset=…&limit=…
  server.Get("/api/report/shortfalls", [&](const httplib::Request& request, httplib::Response& response) {
    const auto session = authorised(context, request, response, kAnyRole);
    if (!session) return;
    const auto rate = indexer::rateOfKey(queryParameter(request, "rate").value_or(""));
    if (!rate)
      return replyError(response, 400,
                        "Tỷ lệ không hợp lệ (digitisation, electronic_result, reuse, online hoặc on_time)");
    auto lease = context.stores.lease();
    indexer::RecordStore& store = *lease;
    const auto period = askedPeriod(request, response, store);
    if (!period) return;
    const auto lists = worklistsFor(store, *period, session->role == Role::Auditor);
    const auto& list = lists[static_cast<std::size_t>(*rate)];
    const int limit = std::clamp(queryCount(request, "limit").value_or(kShortfallsPerPage), 1, 500);
    const int offset = std::min(queryCount(request, "offset").value_or(0), static_cast<int>(list.size()));
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (std::size_t i = static_cast<std::size_t>(offset); i < list.size() && rows.size() < std::size_t(limit); ++i)
      rows.push_back(shortfallJson(list[i]));
    audit(store, request, session->username, "report", period->label, "shortfalls " + indexer::rateKey(*rate));
    replyJson(response, 200,
              {{"period", period->label},
               {"rate", indexer::rateKey(*rate)},
               {"total", list.size()},
               {"offset", offset},
               {"limit", limit},
               {"rows", rows}});
  });

  // The rates and every worklist as a workbook: GET /api/report/export?format=xlsx|csv&period=…
  server.Get("/api/report/export", [&](const httplib::Request& request, httplib::Response& response) {
    const auto session = authorised(context, request, response, kAnyRole);
    if (!session) return;
    const std::string format = queryParameter(request, "format").value_or("xlsx");
    if (format != "xlsx" && format != "csv") return replyError(response, 400, "Định dạng không hợp lệ (xlsx hoặc csv)");
    auto lease = context.stores.lease();
    indexer::RecordStore& store = *lease;
    const auto period = askedPeriod(request, response, store);
    if (!period) return;
    const auto report = indexer::computeRateReport(store, *period);
    const auto lists = worklistsFor(store, *period, session->role == Role::Auditor);
    std::string bytes;
    try {
      bytes = format == "xlsx" ? indexer::rateWorkbookXlsx(report, lists) : indexer::rateWorkbookCsv(report, lists);
    } catch (const std::runtime_error& failure) {
      return replyError(response, 500, std::string("Không tạo được tệp Excel: ") + failure.what());
    }
    audit(store, request, session->username, "report", period->label, "export " + format);
    std::string name = period->label;  // as typed: only what is safe in a file name is kept
    std::erase_if(name, [](char c) { return !std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.'; });
    response.set_header("Content-Disposition", "attachment; filename=\"bao-cao-" + name + "." + format + "\"");
    response.set_header("Cache-Control", "private, no-store");
    response.set_content(bytes, format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                                 : "text/csv; charset=utf-8");
  });

  server.Get("/api/ingest", [&](const httplib::Request& request, httplib::Response& response) {
    const auto session = authorised(context, request, response, kAnyRole);
    if (!session) return;
    auto lease = context.stores.lease();
    indexer::RecordStore& store = *lease;
    auto status = ingestStatusJson(indexer::readIngestStatus(store), session->role == Role::Auditor);
    if (store.postgres() && session->role != Role::Auditor) {  // the workers' queue, as `sohoa queue` shows it
      indexer::PgPageQueue queue(store.postgresConnection());
      status["queue"] = queueJson(queue);
    }
    if (session->role != Role::Auditor) {
      status["uploads"] = uploadsJson(context.layout);
      status["scans"] = scansJson(context.layout);
    }
    replyJson(response, 200, status);
  });
}

}  // namespace sohoa::viewer
