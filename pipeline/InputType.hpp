#pragma once
// What an input file is, told by its first bytes (scanners and clerks get extensions wrong).
#include <filesystem>
#include <string>

namespace sohoa::pipeline {

enum class InputType { Pdf, Tiff, Jpeg, Png, Empty, Unknown };

InputType sniffInputType(const std::filesystem::path& file);
std::string inputTypeName(InputType type);        // "pdf", "tiff", "jpeg", "png", "empty", "unknown"
InputType inputTypeNamed(std::string_view name);  // the inverse, as the store records types

}  // namespace sohoa::pipeline
