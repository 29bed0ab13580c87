#pragma once
// A blank page (a back of a sheet, a separator) is told by its ink, not by what OCR makes
// of its specks: after the scanner's borders are whitened, no mark at least 1.5 mm tall and
// under 0.05 % of the page dark. Such a page is kept and marked blank, not read.
#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {

bool isBlankPage(Pix* page, int dpi);

}  // namespace sohoa::ocr
