#pragma once
// What every route of the viewer shares: the store's place, the signed-in sessions, the
// login throttle; and the checks each request goes through (session, role, CSRF token),
// the JSON replies and the audit trail.
#include <httplib.h>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "indexer/RecordStore.hpp"
#include "indexer/StoreLayout.hpp"
#include "viewer/LoginThrottle.hpp"
#include "viewer/SessionTable.hpp"

namespace sohoa::viewer {

inline constexpr const char* kSessionCookie = "sohoa_session";

struct ViewerContext {
  indexer::StoreLayout layout;
  SessionTable sessions;
  LoginThrottle throttle;
};

// The session a request's cookie names, or nothing.
std::optional<Session> sessionOf(ViewerContext& context, const httplib::Request& request);

// The request's session if its user may do this; otherwise the reply is set (401 without a
// session, 403 for a role not in `allowed` or, when the request changes state, a missing or
// wrong X-CSRF-Token) and nothing comes back.
enum class Changes { Nothing, State };
std::optional<Session> authorised(ViewerContext& context, const httplib::Request& request, httplib::Response& response,
                                  std::initializer_list<Role> allowed, Changes changes = Changes::Nothing);
inline constexpr std::initializer_list<Role> kAnyRole = {Role::Admin, Role::Clerk, Role::Auditor};
inline constexpr std::initializer_list<Role> kWorkingRoles = {Role::Admin, Role::Clerk};

// A query parameter; nothing when it is absent or empty.
std::optional<std::string> queryParameter(const httplib::Request& request, const char* name);
// A query parameter that is a count (digits; 9999 for more than 4 of them); nothing otherwise.
std::optional<int> queryCount(const httplib::Request& request, const char* name);

void replyJson(httplib::Response& response, int status, const nlohmann::ordered_json& body);
void replyError(httplib::Response& response, int status, const std::string& message);
// The body as a JSON object; an empty object (and a 400 reply set) when it is not one.
std::optional<nlohmann::json> jsonBody(const httplib::Request& request, httplib::Response& response);

// Appends to the audit trail, through the store the request already has open.
void audit(indexer::RecordStore& store, const httplib::Request& request, const std::string& username,
           const std::string& action, const std::string& target, const std::string& detail = "");

}  // namespace sohoa::viewer
