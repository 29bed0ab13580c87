#include "viewer/ViewerServer.hpp"

#include <iostream>

#include "viewer/PathParameters.hpp"
#include "viewer/Routes.hpp"

namespace sohoa::viewer {
namespace {

void addSecurityHeaders(httplib::Response& response) {
  response.set_header("Content-Security-Policy",
                      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                      "frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("X-Frame-Options", "DENY");
}

}  // namespace

void configureServer(httplib::Server& server, ViewerContext& context) {
  server.set_payload_max_length(1 << 20);
  server.set_pre_routing_handler([&context](const httplib::Request& request, httplib::Response& response) {
    if (isTraversalAttempt(request.path)) {
      addSecurityHeaders(response);
      replyError(response, 400, "Đường dẫn không hợp lệ");
      return httplib::Server::HandlerResponse::Handled;
    }
    // One place decides that nothing under /api/ answers without a session.
    if (request.path.starts_with("/api/") && request.path != "/api/login" && !sessionOf(context, request)) {
      addSecurityHeaders(response);
      replyError(response, 401, "Chưa đăng nhập hoặc phiên đã hết hạn");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_post_routing_handler(
      [](const httplib::Request&, httplib::Response& response) { addSecurityHeaders(response); });
  server.set_exception_handler(
      [](const httplib::Request& request, httplib::Response& response, std::exception_ptr error) {
        std::string what = "unknown error";
        try {
          if (error) std::rethrow_exception(error);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        std::cerr << "sohoa-viewer: " << request.method << ' ' << request.path << ": " << what << '\n';
        replyError(response, 500, "Lỗi máy chủ: " + what);
      });
  server.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (response.body.empty()) replyError(response, response.status, "Không có trang này");
  });
  mountSessionRoutes(server, context);
  mountRecordRoutes(server, context);
  mountReportRoutes(server, context);
  mountAdminRoutes(server, context);
  mountWebPages(server);
}

}  // namespace sohoa::viewer
