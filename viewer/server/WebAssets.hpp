#pragma once
// The files of viewer/web/ (HTML, CSS, JavaScript), compiled into the program so the
// viewer needs nothing beside itself and serves nothing but these.
#include <optional>
#include <string_view>

namespace sohoa::viewer {

struct WebAsset {
  std::string_view name;  // file name in viewer/web/
  std::string_view bytes;
};

std::optional<WebAsset> webAsset(std::string_view name);

}  // namespace sohoa::viewer
