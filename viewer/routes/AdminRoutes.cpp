#include <algorithm>

#include "indexer/store/RecordStore.hpp"
#include "viewer/access/AuditLog.hpp"
#include "viewer/access/UserAccounts.hpp"
#include "viewer/routes/Routes.hpp"

namespace sohoa::viewer {
namespace {

nlohmann::ordered_json userJson(const UserAccount& user) {
  return {{"username", user.name},
          {"role", roleName(user.role)},
          {"disabled", user.disabled},
          {"created_at", user.createdAt}};
}

constexpr const char* kChooseRole = "Chọn vai trò: admin, clerk hoặc auditor";

// The last admin who can sign in is neither demoted nor disabled: someone must manage users.
void refuseLastAdmin(UserAccounts& users, const std::string& name) {
  const auto user = users.find(name);
  if (!user || user->role != Role::Admin || user->disabled) return;
  const auto all = users.list();
  const auto admins =
      std::count_if(all.begin(), all.end(), [](const UserAccount& u) { return u.role == Role::Admin && !u.disabled; });
  if (admins <= 1) throw InvalidAccount("Không thể khóa hay đổi vai trò của quản trị viên cuối cùng");
}

}  // namespace

void mountAdminRoutes(httplib::Server& server, ViewerContext& context) {
  server.Get("/api/audit", [&](const httplib::Request& request, httplib::Response& response) {
    const auto session = authorised(context, request, response, {Role::Admin});
    if (!session) return;
    AuditFilter filter{queryParameter(request, "user"), queryParameter(request, "action"),
                       queryParameter(request, "from"), queryParameter(request, "to")};
    if (const auto limit = queryCount(request, "limit")) filter.limit = *limit;
    auto lease = context.stores.lease();
    indexer::RecordStore& store = *lease;
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
    auto lease = context.stores.lease();
    indexer::RecordStore& store = *lease;
    nlohmann::ordered_json users = nlohmann::ordered_json::array();
    for (const auto& user : UserAccounts(store).list()) users.push_back(userJson(user));
    replyJson(response, 200, {{"users", users}});
  });

  // Creates a user: name, password and role must all be given (no role is assumed);
  // "disabled": true creates the account locked.
  server.Post("/api/users", [&](const httplib::Request& request, httplib::Response& response) {
    const auto session = authorised(context, request, response, {Role::Admin}, Changes::State);
    if (!session) return;
    const auto body = jsonBody(request, response);
    if (!body) return;
    const auto name = textMember(*body, "username"), password = textMember(*body, "password");
    const auto role = roleNamed(textMember(*body, "role").value_or(""));
    const bool disabled = flagMember(*body, "disabled").value_or(false);
    if (!role) return replyError(response, 400, kChooseRole);
    auto lease = context.stores.lease();
    indexer::RecordStore& store = *lease;
    UserAccounts users(store);
    try {
      users.create(name.value_or(""), password.value_or(""), *role, disabled);
      audit(store, request, session->username, "user", *name,
            "created, role=" + roleName(*role) + (disabled ? ", disabled" : ""));
      replyJson(response, 200, userJson(*users.find(*name)));
    } catch (const InvalidAccount& invalid) {
      replyError(response, 422, invalid.what());
    }
  });

  // One change to one user: a new password, a new role, or disabled/enabled. Each ends the
  // user's sessions, so nobody keeps a role or a password they no longer have.
  server.Post(R"(/api/users/([^/]+)/(password|role|disabled))",
              [&](const httplib::Request& request, httplib::Response& response) {
                const auto session = authorised(context, request, response, {Role::Admin}, Changes::State);
                if (!session) return;
                const auto body = jsonBody(request, response);
                if (!body) return;
                const std::string name = request.matches[1], change = request.matches[2];
                auto lease = context.stores.lease();
                indexer::RecordStore& store = *lease;
                UserAccounts users(store);
                std::string detail;
                try {
                  if (change == "password") {
                    users.setPassword(name, textMember(*body, "password").value_or(""));
                    detail = "password reset";
                  } else if (change == "role") {
                    const auto role = roleNamed(textMember(*body, "role").value_or(""));
                    if (!role) return replyError(response, 400, kChooseRole);
                    if (*role != Role::Admin) refuseLastAdmin(users, name);
                    users.setRole(name, *role);
                    detail = "role=" + roleName(*role);
                  } else {
                    const auto disabled = flagMember(*body, "disabled");
                    if (!disabled) return replyError(response, 400, "Thiếu \"disabled\": true hoặc false");
                    if (*disabled) refuseLastAdmin(users, name);
                    users.setDisabled(name, *disabled);
                    detail = *disabled ? "disabled" : "enabled";
                  }
                } catch (const InvalidAccount& invalid) {  // an unknown user: NotFound, 404 by the server
                  return replyError(response, 422, invalid.what());
                }
                context.sessions.endAllOf(name);
                audit(store, request, session->username, "user", name, detail);
                replyJson(response, 200, userJson(*users.find(name)));
              });
}

}  // namespace sohoa::viewer
