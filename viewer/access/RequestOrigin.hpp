#pragma once
// Whether a state-changing request comes from the viewer's own pages. A page of another
// site can make a browser POST here (a form, or fetch in no-cors mode): to log it into an
// attacker's account (login CSRF), or to act with a session. Browsers name the page that
// sent a request in `Origin` and `Sec-Fetch-Site`, which no page can forge; when they are
// there they must name this server, as the browser reached it (`Host`) and as it listens.
// A request without them (a script, curl) is no browser's and passes.
#include <httplib.h>

#include <string>

namespace sohoa::viewer {

struct ListenAddress {
  std::string host;  // as given to --listen: 127.0.0.1, 0.0.0.0, a name...
  int port = 0;
};

bool fromThisSite(const httplib::Request& request, const ListenAddress& listening);

}  // namespace sohoa::viewer
