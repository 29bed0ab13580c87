#include "viewer/routes/PathParameters.hpp"

#include <algorithm>
#include <cctype>

namespace sohoa::viewer {
namespace {

bool allOf(std::string_view text, std::size_t longest, bool (*allowed)(unsigned char)) {
  return !text.empty() && text.size() <= longest &&
         std::all_of(text.begin(), text.end(), [&](char c) { return allowed(static_cast<unsigned char>(c)); });
}

}  // namespace

bool isTraversalAttempt(std::string_view path) {
  if (path.find("..") != std::string_view::npos) return true;
  if (path.find('\\') != std::string_view::npos || path.find('%') != std::string_view::npos) return true;
  if (path.find("//") != std::string_view::npos) return true;
  return std::any_of(path.begin(), path.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

bool isRowId(std::string_view text) {
  return allOf(text, 18, [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool isDocumentId(std::string_view text) {
  return allOf(text, 80, [](unsigned char c) { return std::isalnum(c) != 0 || c == '-' || c == '_'; });
}

bool isDossierCode(std::string_view text) {
  return !text.empty() && text.find("..") == std::string_view::npos && text.front() != '.' &&
         allOf(text, 64, [](unsigned char c) { return std::isalnum(c) != 0 || c == '-' || c == '.'; });
}

}  // namespace sohoa::viewer
