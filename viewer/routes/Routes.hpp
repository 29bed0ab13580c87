#pragma once
// The viewer's routes, by concern. Each mounts its own on the server.
#include <httplib.h>

#include "viewer/server/ViewerContext.hpp"

namespace sohoa::viewer {

// A route's handler written as a function of the context, request and response, as the
// server calls it.
using RouteFunction = void (*)(ViewerContext&, const httplib::Request&, httplib::Response&);
inline httplib::Server::Handler boundTo(ViewerContext& context, RouteFunction handler) {
  return [&context, handler](const httplib::Request& request, httplib::Response& response) {
    handler(context, request, response);
  };
}

// POST /api/login, POST /api/logout, GET /api/me
void mountSessionRoutes(httplib::Server& server, ViewerContext& context);
// GET /api/search, /api/documents/{id}, /api/documents/{id}/archive, /api/dossiers/{code},
// /api/pages/{id}/image, /api/pages/{id}/hits; POST /api/fields/{id}
void mountRecordRoutes(httplib::Server& server, ViewerContext& context);
// GET /api/reuse/check; POST /api/reuse, /api/reuse/undo
void mountReuseRoutes(httplib::Server& server, ViewerContext& context);
// GET /api/report, /api/report/shortfalls, /api/report/export, /api/ingest
void mountReportRoutes(httplib::Server& server, ViewerContext& context);
// GET /api/audit, GET and POST /api/users
void mountAdminRoutes(httplib::Server& server, ViewerContext& context);
// POST /api/uploads
void mountUploadRoutes(httplib::Server& server, ViewerContext& context);
// GET /api/scanners, POST /api/scans, GET /api/scans/{id}, GET and DELETE
// /api/scans/{id}/pages/{n}, POST /api/scans/{id}/pages/{n}/rescan, POST /api/scans/{id}/commit
void mountScanRoutes(httplib::Server& server, ViewerContext& context);
// The pages of viewer/web/, compiled in.
void mountWebPages(httplib::Server& server);

}  // namespace sohoa::viewer
