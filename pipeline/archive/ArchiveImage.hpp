#pragma once
// The image of a page for its archive file, taken as the scan came: a JPEG (a JPEG file, or
// the JPEG inside a scanned PDF) is kept byte for byte; bilevel pages are kept lossless (CCITT
// Group 4, as fax-style TIFFs are); other pages are encoded as JPEG at their own resolution,
// never resampled.
#include <filesystem>
#include <string>

#include "pipeline/ingest/InputType.hpp"

namespace sohoa::pipeline {

struct ArchiveImage {
  std::string bytes;
  bool jpeg = false;   // DCTDecode bytes
  bool ccitt = false;  // CCITT Group 4 bytes (bilevel); otherwise raw samples (rows padded to bytes)
  int width = 0, height = 0;
  int components = 1;  // 1 grey, 3 colour
  int bitsPerComponent = 8;
  bool blackIsOne = false;  // bilevel samples where 1 is black
};

// A whole file's bytes (empty when it cannot be read).
std::string fileBytes(const std::filesystem::path& file);

// Page `page` (from 1) of an input file of type `type`.
ArchiveImage archiveImage(const std::filesystem::path& file, InputType type, int page);

}  // namespace sohoa::pipeline
