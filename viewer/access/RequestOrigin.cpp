#include "viewer/access/RequestOrigin.hpp"

#include <algorithm>
#include <cctype>

namespace sohoa::viewer {
namespace {

std::string lowerCase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool isLoopback(const std::string& host) { return host == "127.0.0.1" || host == "localhost" || host == "::1"; }

// The names this server answers to as `Host`: its listening address; for a loopback
// address the other loopback names; for every address (0.0.0.0, ::) any name.
bool servesHost(const std::string& host, const ListenAddress& listening) {
  if (listening.host == "0.0.0.0" || listening.host == "::") return !host.empty();
  const std::string port = ":" + std::to_string(listening.port);
  if (host == lowerCase(listening.host) + port) return true;
  if (isLoopback(listening.host))
    return host == "127.0.0.1" + port || host == "localhost" + port || host == "[::1]" + port;
  return false;
}

}  // namespace

bool fromThisSite(const httplib::Request& request, const ListenAddress& listening) {
  if (request.has_header("Sec-Fetch-Site")) {
    const std::string site = request.get_header_value("Sec-Fetch-Site");
    if (site != "same-origin" && site != "none") return false;
  }
  if (!request.has_header("Origin")) return true;
  const std::string host = lowerCase(request.get_header_value("Host"));
  const std::string origin = lowerCase(request.get_header_value("Origin"));
  return servesHost(host, listening) && (origin == "http://" + host || origin == "https://" + host);
}

}  // namespace sohoa::viewer
