#include "viewer/server/ViewerContext.hpp"

#include <algorithm>

#include "indexer/store/RecordStore.hpp"
#include "viewer/access/AuditLog.hpp"

namespace sohoa::viewer {
namespace {

std::string cookieValue(const std::string& header, const std::string& name) {
  std::size_t at = 0;
  while (at < header.size()) {
    const auto end = std::min(header.find(';', at), header.size());
    std::string pair = header.substr(at, end - at);
    pair.erase(0, pair.find_first_not_of(' '));
    if (pair.starts_with(name + "=")) return pair.substr(name.size() + 1);
    at = end + 1;
  }
  return {};
}

}  // namespace

std::optional<Session> sessionOf(ViewerContext& context, const httplib::Request& request) {
  const std::string token = cookieValue(request.get_header_value("Cookie"), kSessionCookie);
  if (token.empty()) return std::nullopt;
  return context.sessions.find(token);
}

std::optional<Session> authorised(ViewerContext& context, const httplib::Request& request, httplib::Response& response,
                                  std::initializer_list<Role> allowed, Changes changes) {
  auto session = sessionOf(context, request);
  if (!session) {
    replyError(response, 401, "Chưa đăng nhập hoặc phiên đã hết hạn");
    return std::nullopt;
  }
  if (changes == Changes::State && !sameSecret(request.get_header_value("X-CSRF-Token"), session->csrfToken)) {
    replyError(response, 403, "Thiếu mã chống giả mạo yêu cầu (X-CSRF-Token)");
    return std::nullopt;
  }
  if (std::find(allowed.begin(), allowed.end(), session->role) == allowed.end()) {
    replyError(response, 403, "Vai trò " + roleLabel(session->role) + " không được làm việc này");
    return std::nullopt;
  }
  return session;
}

std::optional<std::string> queryParameter(const httplib::Request& request, const char* name) {
  if (!request.has_param(name) || request.get_param_value(name).empty()) return std::nullopt;
  return request.get_param_value(name);
}

std::optional<int> queryCount(const httplib::Request& request, const char* name) {
  const auto value = queryParameter(request, name);
  if (!value || value->find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return value->size() > 4 ? 9999 : std::stoi(*value);
}

void replyJson(httplib::Response& response, int status, const nlohmann::ordered_json& body) {
  response.status = status;
  response.set_header("Cache-Control", "no-store");
  response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                       "application/json; charset=utf-8");
}

void replyError(httplib::Response& response, int status, const std::string& message) {
  replyJson(response, status, {{"error", message}});
}

std::optional<nlohmann::json> jsonBody(const httplib::Request& request, httplib::Response& response) {
  // Only JSON: a form or text/plain body is what another site's page can send unasked.
  const std::string type = request.get_header_value("Content-Type");
  if (type != "application/json" && !type.starts_with("application/json;")) {
    replyError(response, 415, "Nội dung yêu cầu phải là JSON (Content-Type: application/json)");
    return std::nullopt;
  }
  auto body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    replyError(response, 400, "Nội dung yêu cầu không phải một đối tượng JSON");
    return std::nullopt;
  }
  return body;
}

std::optional<std::string> textMember(const nlohmann::json& body, const char* name) {
  const auto found = body.find(name);
  if (found == body.end() || found->is_null()) return std::nullopt;
  if (!found->is_string()) throw InvalidRequest(std::string("Trường \"") + name + "\" phải là một chuỗi ký tự");
  return found->get<std::string>();
}

std::optional<bool> flagMember(const nlohmann::json& body, const char* name) {
  const auto found = body.find(name);
  if (found == body.end() || found->is_null()) return std::nullopt;
  if (!found->is_boolean()) throw InvalidRequest(std::string("Trường \"") + name + "\" phải là true hoặc false");
  return found->get<bool>();
}

void audit(indexer::RecordStore& store, const httplib::Request& request, const std::string& username,
           const std::string& action, const std::string& target, const std::string& detail) {
  recordAudit(store, {0, "", username, action, target, detail, request.remote_addr});
}

}  // namespace sohoa::viewer
