#pragma once
// What every route of the viewer shares: the store's place, the signed-in sessions, the
// login throttle; and the checks each request goes through (session, role, CSRF token),
// the JSON replies and the audit trail.
#include <httplib.h>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/StoreLayout.hpp"
#include "indexer/store/StorePool.hpp"
#include "viewer/access/LoginThrottle.hpp"
#include "viewer/access/RequestOrigin.hpp"
#include "viewer/access/SessionTable.hpp"

namespace sohoa::viewer {

inline constexpr const char* kSessionCookie = "sohoa_session";

struct ViewerContext {
  indexer::StoreLayout layout;
  SessionTable sessions;
  LoginThrottle throttle;
  ListenAddress listening;  // set once the server is bound
  // The store's connections, opened once and leased by each request (one thread at a time).
  indexer::StorePool stores;
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
// The body as a JSON object; nothing (and the reply set: 415 when it is not sent as
// application/json, 400 when it is no JSON object) otherwise.
std::optional<nlohmann::json> jsonBody(const httplib::Request& request, httplib::Response& response);

// A request the API cannot take as sent (a member of the wrong type), with the reason in
// Vietnamese; the server answers 400 with it. Routes read every member before they change
// anything, so a refused request has changed nothing.
class InvalidRequest : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};
// A member of a JSON body that must be a string, or a boolean: nothing when it is absent or
// null; InvalidRequest when it holds anything else ("disabled": "yes").
std::optional<std::string> textMember(const nlohmann::json& body, const char* name);
std::optional<bool> flagMember(const nlohmann::json& body, const char* name);

// Appends to the audit trail, through the store the request already has open.
void audit(indexer::RecordStore& store, const httplib::Request& request, const std::string& username,
           const std::string& action, const std::string& target, const std::string& detail = "");

}  // namespace sohoa::viewer
