#pragma once
// The largest image a PDF's bytes claim, read without parsing the file: for a damaged PDF that
// qpdf cannot read (so PdfImageWork cannot count what its pages draw) but Poppler renders. A
// 1 KB file whose xref qpdf gave up on claimed a 60000×60000 image and kept Poppler busy 10 s
// (found by fuzzing). Every dictionary naming /Subtype /Image, and every inline image (`BI`),
// is taken at its /Width and /Height (/W, /H); what an object stream compresses is not seen.
#include <cstdint>
#include <filesystem>
#include <string_view>

namespace sohoa::pipeline {

// Width × height of the largest image claimed in `bytes`; 0 when none is.
std::int64_t largestImageClaimed(std::string_view bytes);
// The same over a file, read a piece at a time.
std::int64_t largestImageClaimed(const std::filesystem::path& file);

}  // namespace sohoa::pipeline
