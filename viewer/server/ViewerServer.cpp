#include "viewer/server/ViewerServer.hpp"

#include <iostream>

#include "indexer/store/StoreError.hpp"
#include "viewer/routes/FailureReply.hpp"
#include "viewer/routes/PathParameters.hpp"
#include "viewer/routes/Routes.hpp"

namespace sohoa::viewer {
namespace {

// An answer given before the request's body is read (cpp-httplib routes before it reads
// the body): the body is still on the connection, so the connection ends with the answer.
void refuseEarly(httplib::Response& response, int status, const std::string& message) {
  response.set_header("Connection", "close");
  replyError(response, status, message);
}

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
  // Body sizes are bounded per request by BoundedServer (1 MB; uploads more, see there).
  server.set_pre_routing_handler([&context](const httplib::Request& request, httplib::Response& response) {
    if (isTraversalAttempt(request.path)) {
      refuseEarly(response, 400, "Đường dẫn không hợp lệ");
      return httplib::Server::HandlerResponse::Handled;
    }
    // Nothing changes at another site's request, a login included (login CSRF).
    if (request.method == "POST" && !fromThisSite(request, context.listening)) {
      refuseEarly(response, 403, "Yêu cầu gửi từ trang của nơi khác bị từ chối");
      return httplib::Server::HandlerResponse::Handled;
    }
    // One place decides that nothing under /api/ answers without a session.
    if (request.path.starts_with("/api/") && request.path != "/api/login" && !sessionOf(context, request)) {
      refuseEarly(response, 401, "Chưa đăng nhập hoặc phiên đã hết hạn");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_post_routing_handler(
      [](const httplib::Request&, httplib::Response& response) { addSecurityHeaders(response); });
  // What went wrong is written to the server's log only: SQL and file paths are no answer
  // for a browser. Each kind of failure is answered once (FailureReply): a store busy with
  // another writer is a "try again", never a "not found"; anything of no known kind is a 500.
  server.set_exception_handler(
      [](const httplib::Request& request, httplib::Response& response, std::exception_ptr error) {
        std::string what = "unknown error";
        try {
          if (error) std::rethrow_exception(error);
        } catch (const InvalidRequest& invalid) {
          return replyFailure(response, indexer::ErrorKind::InvalidInput, invalid.what());
        } catch (const indexer::StoreError& failure) {
          std::cerr << "sohoa-viewer: " << request.method << ' ' << request.path << ": " << failure.what() << '\n';
          return replyFailure(response, failure.kind());
        } catch (const std::exception& failure) {
          what = failure.what();
        } catch (...) {
        }
        std::cerr << "sohoa-viewer: " << request.method << ' ' << request.path << ": " << what << '\n';
        replyError(response, 500, "Lỗi máy chủ; chi tiết đã ghi vào nhật ký của máy chủ");
      });
  server.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (response.body.empty()) replyError(response, response.status, "Không có trang này");
  });
  mountSessionRoutes(server, context);
  mountRecordRoutes(server, context);
  mountReuseRoutes(server, context);
  mountReportRoutes(server, context);
  mountAdminRoutes(server, context);
  mountUploadRoutes(server, context);
  mountScanRoutes(server, context);
  mountWebPages(server);
}

}  // namespace sohoa::viewer
