#include "indexer/RecordStore.hpp"
#include "viewer/AuditLog.hpp"
#include "viewer/Routes.hpp"
#include "viewer/UserAccounts.hpp"

namespace sohoa::viewer {
namespace {

nlohmann::ordered_json userJson(const UserAccount& user) {
  return {{"username", user.name},
          {"role", roleName(user.role)},
          {"disabled", user.disabled},
          {"created_at", user.createdAt}};
}

}  // namespace

void mountAdminRoutes(httplib::Server& server, ViewerContext& context) {
  server.Get("/api/audit", [&](const httplib::Request& request, httplib::Response& response) {
    const auto session = authorised(context, request, response, {Role::Admin});
    if (!session) return;
    AuditFilter filter{queryParameter(request, "user"), queryParameter(request, "action"),
                       queryParameter(request, "from"), queryParameter(request, "to")};
    if (const auto limit = queryCount(request, "limit")) filter.limit = *limit;
    indexer::RecordStore store(context.layout);
    nlohmann::ordered_json entries = nlohmann::ordered_json::array();
    for (const auto& entry : readAudit(store, filter))
      entries.push_back({{"id", entry.id},
                         {"at", entry.at},
                         {"username", entry.username},
                         {"action", entry.action},
                         {"target", entry.target},
                         {"detail", entry.detail},
                         {"client", entry.client}});
    recordAudit(store, {0, "", session->username, "audit", filter.username.value_or(""), filter.action.value_or(""),
                        request.remote_addr});
    replyJson(response, 200, {{"entries", entries}});
  });

  server.Get("/api/users", [&](const httplib::Request& request, httplib::Response& response) {
    if (!authorised(context, request, response, {Role::Admin})) return;
    indexer::RecordStore store(context.layout);
    nlohmann::ordered_json users = nlohmann::ordered_json::array();
    for (const auto& user : UserAccounts(store).list()) users.push_back(userJson(user));
    replyJson(response, 200, {{"users", users}});
  });

  // Creates a user or changes one (password, role, disabled); their sessions end.
  server.Post("/api/users", [&](const httplib::Request& request, httplib::Response& response) {
    const auto session = authorised(context, request, response, {Role::Admin}, Changes::State);
    if (!session) return;
    const auto body = jsonBody(request, response);
    if (!body) return;
    const std::string name = body->value("username", "");
    const auto role = roleNamed(body->value("role", ""));
    if (!role) return replyError(response, 400, "Vai trò phải là admin, clerk hoặc auditor");
    indexer::RecordStore store(context.layout);
    UserAccounts users(store);
    try {
      auto user = users.save(name, body->value("password", ""), *role);
      if (body->value("disabled", false)) users.setDisabled(name, true);
      context.sessions.endAllOf(name);
      audit(store, request, session->username, "user", name, "role=" + roleName(*role));
      replyJson(response, 200, userJson(*users.find(name)));
    } catch (const InvalidAccount& invalid) {
      replyError(response, 422, invalid.what());
    }
  });
}

}  // namespace sohoa::viewer
