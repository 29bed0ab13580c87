#pragma once
// Streaks whitened before a page is read. A dirty copier or scanner glass draws a thin dark
// line down the whole sheet, along the paper's travel; a copy scanned askew has it a few
// degrees off the vertical. Tesseract takes such a line for a column rule: it cuts the lines
// it crosses in two (`TRUNG TÂM Y TẾ HUYỆN T` … `ÂY SƠN`) and drops the letters under it (`GIẤY
// BÁO` for `GIẤY BÁO TỬ`). A streak is found as a thin straight band of ink running down most of
// the page's height — no letter, word or column of text does that. Its pixels go where the
// band's ink is the band alone; where a letter's stroke runs across it, the row is kept. A
// landscape image of a portrait sheet (a card copy scanned sideways) has its copier's streaks
// across the image: there they are looked for both ways.
#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {

// Whitens the streaks of `page` (1, 8 or 32 bits, no colour map) in place; returns how many
// were found.
int whitenScanStreaks(Pix* page, int dpi);

}  // namespace sohoa::ocr
