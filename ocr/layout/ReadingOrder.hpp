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

// Blocks as print is read: row by row from the top, left to right in a row (blocks whose heights
// overlap by half the smaller one's stand in one row). A card's blocks (CardRegions) and a page
// Tesseract cut into lines of their own, which it ordered down its left side and then its right.
std::vector<Block> blocksInRows(std::vector<Block> blocks);
void readRowsInOrder(Page& page);

void readColumnsInOrder(Page& page);
// A header's two columns, when Tesseract gave them as blocks side by side, read column by column
// with the rows it read across them: the issuing body, its number and what stands under it, then
// the national title, the motto, the place and date (as the truth of the evaluation is written).
// The columns are the first two blocks side by side in the page's top third, with no labelled
// field on the right (a form's row cut in two, `Sinh ngày: …` | `Giới tính: Nữ`, is read across).
// Rows above them read across their gutter (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …`, too narrow a gap
// for readColumnsInOrder) are cut at it; below them, in the blocks that follow (a page cut into a
// block a line), a line that follows the left column within a line space and stops short of the
// right column is the left column's (a công văn's `V/v …` subject under its number), one that
// follows the right column on its side is the right one's (`Nghi Lộc, ngày …`), and a row with a
// gap across the gutter is cut at it (`Số: /QĐ-UBND`, the number's blank wide too, | `Quảng Ngãi,
// ngày …`). Called after readColumnsInOrder.
void readHeaderColumnsInOrder(Page& page);
// Blocks side by side at the page's end read column by column: a Nghị định 30 document ends
// with the recipients (`Nơi nhận: …`, a list often ten lines long) on the left and the signing
// block on the right, and Tesseract cuts both into blocks it orders by height, so the two lists
// come out interleaved. The longest run of last blocks none of which crosses one gutter as
// wide as a column gap, with blocks on both sides standing beside each other, becomes its left
// blocks followed by its right ones (each side in its own order). Called after
// readColumnsInOrder, whose split lines take part.
void readEndColumnsInOrder(Page& page);
// Words of a line further apart than this stand in different columns: max(3 letter heights,
// 1/25 of the page). Extraction's layout cuts lines by the same rule.
int columnGap(const std::vector<Word>& line, int pageWidth);

}  // namespace sohoa::ocr
