#pragma once
// What an input file is, told by its first bytes (scanners and clerks get extensions wrong).
// PDF readers are lenient about the header: they accept `%PDF-` anywhere in the first
// kilobyte, and Poppler opens a file that has no header at all as long as its objects and
// trailer are there (pdf.js's bug1606566.pdf starts straight with `1 0 obj`). sohoa takes as
// a PDF what Poppler would open: a header in the first kilobyte, or, without one, an object
// at the start and the trailer's `startxref` or `%%EOF` at the end.
#include <filesystem>
#include <string>
#include <string_view>

namespace sohoa::pipeline {

enum class InputType { Pdf, Tiff, Jpeg, Png, Empty, Unknown };

InputType sniffInputType(const std::filesystem::path& file);
// The type told by a file's first and last kilobyte (the whole file when it is smaller).
InputType inputTypeOf(std::string_view head, std::string_view tail);
std::string inputTypeName(InputType type);        // "pdf", "tiff", "jpeg", "png", "empty", "unknown"
InputType inputTypeNamed(std::string_view name);  // the inverse, as the store records types

}  // namespace sohoa::pipeline
