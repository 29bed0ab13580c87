#include "indexer/store/RecordStore.hpp"
#include "viewer/access/UserAccounts.hpp"
#include "viewer/routes/Routes.hpp"

namespace sohoa::viewer {
namespace {

std::string sessionCookie(const std::string& token, long maxAgeSeconds) {
  return std::string(kSessionCookie) + "=" + token +
         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(maxAgeSeconds);
}

nlohmann::ordered_json whoJson(const Session& session) {
  return {{"username", session.username}, {"role", roleName(session.role)}, {"csrf_token", session.csrfToken}};
}

}  // namespace

void mountSessionRoutes(httplib::Server& server, ViewerContext& context) {
  server.Post("/api/login", [&](const httplib::Request& request, httplib::Response& response) {
    const auto body = jsonBody(request, response);
    if (!body) return;
    const std::string username = textMember(*body, "username").value_or("");
    const std::string password = textMember(*body, "password").value_or("");
    if (username.size() > 64 || password.size() > 1024)
      return replyError(response, 400, "Tên đăng nhập hoặc mật khẩu dài quá mức");
    auto attempt = context.throttle.admit(username, request.remote_addr);
    if (!attempt.admitted()) {
      const int wait = attempt.secondsToWait();
      response.set_header("Retry-After", std::to_string(wait));
      replyError(response, 429, "Đăng nhập sai nhiều lần; thử lại sau " + std::to_string(wait) + " giây");
      return;
    }
    auto lease = context.stores.lease();
    indexer::RecordStore& store = *lease;
    const auto user = UserAccounts(store).authenticate(username, password);
    if (!user) {
      attempt.failed();
      audit(store, request, username, "login_failed", "");
      replyError(response, 401, "Sai tên đăng nhập hoặc mật khẩu");
      return;
    }
    attempt.succeeded();
    const Session session = context.sessions.start(user->name, user->role);
    audit(store, request, user->name, "login", "");
    response.set_header("Set-Cookie",
                        sessionCookie(session.token, std::chrono::seconds(SessionTable::kLifetime).count()));
    replyJson(response, 200, whoJson(session));
  });

  server.Post("/api/logout", [&](const httplib::Request& request, httplib::Response& response) {
    const auto session = authorised(context, request, response, kAnyRole, Changes::State);
    if (!session) return;
    context.sessions.end(session->token);
    auto lease = context.stores.lease();
    indexer::RecordStore& store = *lease;
    audit(store, request, session->username, "logout", "");
    response.set_header("Set-Cookie", sessionCookie("", 0));
    replyJson(response, 200, {{"ok", true}});
  });

  server.Get("/api/me", [&](const httplib::Request& request, httplib::Response& response) {
    if (const auto session = authorised(context, request, response, kAnyRole))
      replyJson(response, 200, whoJson(*session));
  });
}

}  // namespace sohoa::viewer
