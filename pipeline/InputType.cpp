#include "pipeline/InputType.hpp"

#include <array>
#include <fstream>
#include <string_view>

namespace sohoa::pipeline {

InputType sniffInputType(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::array<char, 1024> head{};
  in.read(head.data(), head.size());
  const auto got = static_cast<std::size_t>(in.gcount());
  if (got == 0) return InputType::Empty;
  const std::string_view bytes(head.data(), got);
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return InputType::Png;
  if (bytes.starts_with("\xff\xd8\xff")) return InputType::Jpeg;
  if (bytes.starts_with(std::string_view("II*\0", 4)) || bytes.starts_with(std::string_view("MM\0*", 4)))
    return InputType::Tiff;
  // PDF readers accept the header anywhere in the first kilobyte.
  if (bytes.find("%PDF-") != std::string_view::npos) return InputType::Pdf;
  return InputType::Unknown;
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
