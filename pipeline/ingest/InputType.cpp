#include "pipeline/ingest/InputType.hpp"

#include <algorithm>
#include <fstream>
#include <string_view>

namespace sohoa::pipeline {

namespace {

constexpr std::size_t kSniffed = 1024;

// `N G obj` (an indirect object's header) somewhere in `bytes`.
bool holdsObjectHeader(std::string_view bytes) {
  for (std::size_t at = bytes.find(" obj"); at != std::string_view::npos; at = bytes.find(" obj", at + 1)) {
    std::size_t i = at;
    auto digitsBefore = [&] {
      const std::size_t end = i;
      while (i > 0 && bytes[i - 1] >= '0' && bytes[i - 1] <= '9') --i;
      return i < end;
    };
    if (!digitsBefore() || i == 0 || bytes[i - 1] != ' ') continue;
    --i;
    if (digitsBefore()) return true;
  }
  return false;
}

}  // namespace

InputType inputTypeOf(std::string_view head, std::string_view tail) {
  if (head.empty()) return InputType::Empty;
  if (head.starts_with("\x89PNG\r\n\x1a\n")) return InputType::Png;
  if (head.starts_with("\xff\xd8\xff")) return InputType::Jpeg;
  if (head.starts_with(std::string_view("II*\0", 4)) || head.starts_with(std::string_view("MM\0*", 4)))
    return InputType::Tiff;
  // PDF readers accept the header anywhere in the first kilobyte, and Poppler opens a
  // headerless file whose objects and trailer are there.
  head = head.substr(0, kSniffed);
  if (head.find("%PDF-") != std::string_view::npos) return InputType::Pdf;
  if (holdsObjectHeader(head) &&
      (tail.find("startxref") != std::string_view::npos || tail.find("%%EOF") != std::string_view::npos))
    return InputType::Pdf;
  return InputType::Unknown;
}

InputType sniffInputType(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  const auto size = static_cast<std::streamoff>(in.tellg());
  if (!in || size <= 0) return InputType::Empty;
  std::string head(static_cast<std::size_t>(std::min<std::streamoff>(size, kSniffed)), '\0');
  in.seekg(0);
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  std::string tail(static_cast<std::size_t>(std::min<std::streamoff>(size, kSniffed)), '\0');
  in.seekg(size - static_cast<std::streamoff>(tail.size()));
  in.read(tail.data(), static_cast<std::streamsize>(tail.size()));
  return inputTypeOf(head, tail);
}

InputType inputTypeNamed(std::string_view name) {
  for (auto type : {InputType::Pdf, InputType::Tiff, InputType::Jpeg, InputType::Png, InputType::Empty})
    if (inputTypeName(type) == name) return type;
  return InputType::Unknown;
}

std::string inputTypeName(InputType type) {
  switch (type) {
    case InputType::Pdf:
      return "pdf";
    case InputType::Tiff:
      return "tiff";
    case InputType::Jpeg:
      return "jpeg";
    case InputType::Png:
      return "png";
    case InputType::Empty:
      return "empty";
    case InputType::Unknown:
      break;
  }
  return "unknown";
}

}  // namespace sohoa::pipeline
