#pragma once
// A list's dash read as a symbol. Signed documents list their recipients and their points with
// a dash at the start of each line (`- Ban Bí thư Trung ương Đảng;`); on a scan the short dash,
// thickened or touched by a speck, is read `~` or `¬` (6 of the 207 dashes of the real scans).
// Vietnamese writes neither as a word: where one opens a line and a word follows, it is the dash.
#include <cstddef>

#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

// Writes `-` for the `~` or `¬` that opens a line of `page` before a word; returns how many.
std::size_t mendListDashes(Page& page);

}  // namespace sohoa::ocr
