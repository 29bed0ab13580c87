#pragma once
// Two columns side by side read column by column. Tesseract joins words on one baseline into
// one line even across a wide gutter, so the Nghị định 30 header comes out row by row
// ("UBND XÃ TÂY THUẬN Độc lập - Tự do - Hạnh phúc"). Consecutive lines that each split in
// two at a gap wider than max(3 letter heights, 1/25 of the page) around one shared gutter
// become a block of their left parts followed by a block of their right parts: the issuing
// body, number and notation first, then the national title, motto, place and date — the
// order in which the document is read (and in which the truth of the evaluation is written).
// Lines with one gap or none, and rows with several gaps (tables), stay as they are.
#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

void readColumnsInOrder(Page& page);
// Words of a line further apart than this stand in different columns: max(3 letter heights,
// 1/25 of the page). Extraction's layout cuts lines by the same rule.
int columnGap(const std::vector<Word>& line, int pageWidth);

}  // namespace sohoa::ocr
