// Scanning from the viewer: GET /api/scanners, POST /api/scans, GET /api/scans/<id>, GET and
// DELETE /api/scans/<id>/pages/<n>, POST /api/scans/<id>/pages/<n>/rescan, POST
// /api/scans/<id>/commit. Clerks and admins only; every step that changes something is audited.
#include <functional>

#include "indexer/text/PrintableText.hpp"
#include "viewer/intake/ScanIntake.hpp"
#include "viewer/routes/Routes.hpp"

namespace sohoa::viewer {

namespace {

// Runs a scan step, answering a refusal with its status and reason.
void refusalsAnswered(httplib::Response& response, const std::function<void()>& step) {
  try {
    step();
  } catch (const ScanRefused& refused) {
    replyError(response, refused.status(), refused.what());
  }
}

int pageNumber(const std::string& text) {
  if (text.empty() || text.size() > 5) throw ScanRefused(400, "Số trang không hợp lệ");
  return std::stoi(text);
}

// "hồ sơ 000.00.21.H08-250314-0042 (result)", or nothing for a batch scan.
std::string dossierNote(const nlohmann::ordered_json& record) {
  if (!record["dossier"].is_string()) return "";
  std::string note = ", hồ sơ " + record["dossier"].get<std::string>();
  if (record["part"].is_string()) note += " (" + record["part"].get<std::string>() + ")";
  return note;
}

void startScanRoute(ViewerContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto session = authorised(context, request, response, kWorkingRoles, Changes::State);
  if (!session) return;
  const auto body = jsonBody(request, response);
  if (!body) return;
  ScanRequest scan;
  scan.device = textMember(*body, "device").value_or("");
  scan.source = textMember(*body, "source").value_or("");
  scan.mode = textMember(*body, "mode").value_or("gray");
  if (const auto dpi = body->find("dpi"); dpi != body->end() && !dpi->is_null()) {
    if (!dpi->is_number_integer()) throw InvalidRequest("Độ phân giải (dpi) phải là một số");
    scan.dpi = dpi->get<int>();
  }
  if (const auto pages = body->find("pages"); pages != body->end() && !pages->is_null()) {
    if (!pages->is_number_integer()) throw InvalidRequest("Số tờ (pages) phải là một số");
    scan.pages = pages->get<int>();
  }
  if (auto dossier = textMember(*body, "dossier"); dossier && !dossier->empty()) scan.dossier = dossier;
  if (auto part = textMember(*body, "part"); part && !part->empty()) scan.part = part;
  refusalsAnswered(response, [&] {
    const std::string id = startScan(context.layout, scan, session->username);
    auto lease = context.stores.lease();
    indexer::RecordStore& store = *lease;
    const auto record = scanRecord(context.layout, id);
    audit(store, request, session->username, "scan", "scan:" + id,
          "bắt đầu quét" + (scan.device.empty() ? "" : ", " + scan.device) +
              (scan.source.empty() ? "" : ", " + scan.source) + dossierNote(record));
    replyJson(response, 202, {{"scan", id}});
  });
}

}  // namespace

void mountScanRoutes(httplib::Server& server, ViewerContext& context) {
  server.Get("/api/scanners", [&](const httplib::Request& request, httplib::Response& response) {
    if (!authorised(context, request, response, kWorkingRoles)) return;
    replyJson(response, 200, {{"scanners", scannerList()}});
  });
  server.Post("/api/scans", [&](const httplib::Request& request, httplib::Response& response) {
    startScanRoute(context, request, response);
  });
  server.Get(R"(/api/scans/([^/]+))", [&](const httplib::Request& request, httplib::Response& response) {
    if (!authorised(context, request, response, kWorkingRoles)) return;
    refusalsAnswered(response, [&] { replyJson(response, 200, scanStatus(context.layout, request.matches[1].str())); });
  });
  server.Get(R"(/api/scans/([^/]+)/pages/([0-9]+))", [&](const httplib::Request& request, httplib::Response& response) {
    if (!authorised(context, request, response, kWorkingRoles)) return;
    refusalsAnswered(response, [&] {
      const auto jpeg = scanPagePreview(context.layout, request.matches[1].str(), pageNumber(request.matches[2].str()));
      response.set_header("Cache-Control", "private, max-age=3600");
      response.set_content(jpeg, "image/jpeg");
    });
  });
  // The steps that change a scan: each one audited, naming the scan and its dossier.
  auto step = [&](const char* pattern, const std::function<std::string(const httplib::Request&)>& change,
                  bool isDelete) {
    auto handler = [&context, change](const httplib::Request& request, httplib::Response& response) {
      const auto session = authorised(context, request, response, kWorkingRoles, Changes::State);
      if (!session) return;
      refusalsAnswered(response, [&] {
        const std::string id = request.matches[1].str();
        const std::string done = change(request);
        auto lease = context.stores.lease();
        indexer::RecordStore& store = *lease;
        audit(store, request, session->username, "scan", "scan:" + id,
              done + dossierNote(scanRecord(context.layout, id)));
        replyJson(response, 202, scanStatus(context.layout, id));
      });
    };
    if (isDelete)
      server.Delete(pattern, handler);
    else
      server.Post(pattern, handler);
  };
  step(R"(/api/scans/([^/]+)/pages/([0-9]+))",
       [&](const httplib::Request& request) {
         const int page = pageNumber(request.matches[2].str());
         dropScanPage(context.layout, request.matches[1].str(), page);
         return "bỏ trang " + std::to_string(page);
       },
       true);
  step(R"(/api/scans/([^/]+)/pages/([0-9]+)/rescan)",
       [&](const httplib::Request& request) {
         const int page = pageNumber(request.matches[2].str());
         rescanPage(context.layout, request.matches[1].str(), page);
         return "quét lại trang " + std::to_string(page);
       },
       false);
  step(R"(/api/scans/([^/]+)/commit)",
       [&](const httplib::Request& request) {
         const int pages = commitScan(context.layout, request.matches[1].str());
         return "lưu " + std::to_string(pages) + " trang";
       },
       false);
}

}  // namespace sohoa::viewer
