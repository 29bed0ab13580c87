#pragma once
// The viewer's routes, by concern. Each mounts its own on the server.
#include <httplib.h>

#include "viewer/ViewerContext.hpp"

namespace sohoa::viewer {

// POST /api/login, POST /api/logout, GET /api/me
void mountSessionRoutes(httplib::Server& server, ViewerContext& context);
// GET /api/search, /api/documents/{id}, /api/documents/{id}/archive, /api/dossiers/{code},
// /api/pages/{id}/image, /api/pages/{id}/hits; POST /api/fields/{id}, /api/reuse
void mountRecordRoutes(httplib::Server& server, ViewerContext& context);
// GET /api/report, /api/ingest
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
