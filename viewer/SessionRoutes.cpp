#include "indexer/RecordStore.hpp"
#include "viewer/Routes.hpp"
#include "viewer/UserAccounts.hpp"

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
    const std::string username = body->value("username", "");
    const std::string password = body->value("password", "");
    if (const int wait = context.throttle.secondsToWait(username, request.remote_addr); wait > 0) {
      response.set_header("Retry-After", std::to_string(wait));
      replyError(response, 429, "Đăng nhập sai nhiều lần; thử lại sau " + std::to_string(wait) + " giây");
      return;
    }
    indexer::RecordStore store(context.layout);
    const auto user = UserAccounts(store).authenticate(username, password);
    if (!user) {
      context.throttle.failed(username, request.remote_addr);
      audit(store, request, username, "login_failed", "");
      replyError(response, 401, "Sai tên đăng nhập hoặc mật khẩu");
      return;
    }
    context.throttle.succeeded(username, request.remote_addr);
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
    indexer::RecordStore store(context.layout);
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
