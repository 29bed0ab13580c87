#include "viewer/routes/Routes.hpp"
#include "viewer/server/WebAssets.hpp"

namespace sohoa::viewer {
namespace {

std::string contentType(std::string_view name) {
  if (name.ends_with(".html")) return "text/html; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

void serve(std::string_view name, httplib::Response& response) {
  const auto asset = webAsset(name);
  if (!asset) return replyError(response, 404, "Không có trang này");
  response.set_header("Cache-Control", "no-cache");
  response.set_content(std::string(asset->bytes), contentType(name).c_str());
}

}  // namespace

void mountWebPages(httplib::Server& server) {
  server.Get("/", [](const httplib::Request&, httplib::Response& response) { serve("index.html", response); });
  server.Get(R"(/([A-Za-z0-9_-]+\.(html|css|js|svg)))",
             [](const httplib::Request& request, httplib::Response& response) {
               serve(std::string(request.matches[1]), response);
             });
}

}  // namespace sohoa::viewer
