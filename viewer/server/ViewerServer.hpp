#pragma once
// The viewer's HTTP server: every route mounted, and the checks all requests go through
// first (paths that try to leave their place refused; POSTs from another site's pages
// refused; /api/ without a session refused;
// headers that keep pages from being framed, sniffed or loading anything from elsewhere).
#include <httplib.h>

#include "viewer/server/ViewerContext.hpp"

namespace sohoa::viewer {

void configureServer(httplib::Server& server, ViewerContext& context);

}  // namespace sohoa::viewer
