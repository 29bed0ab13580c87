#pragma once
// A form laid out as a ruled table read row by row. A tờ khai or a receipt may put each label in
// a cell and its value in the cell beside it; Tesseract cuts the page into the column of labels
// and the column of values, so `Họ, chữ đệm, tên` came out ten lines before `Nguyễn Thị Minh
// Thư`, and extraction, which reads a value on its label's line, found none. A table row is a
// band between two long horizontal rules of one table, crossed from rule to rule by a vertical
// rule inside it (the line between two cells): a box around a note, a card's outline, the rules
// under a form's values and a copier's streak are no such thing. The words in a row's band
// become its lines, read across the cells (a cell's first line beside the first line of the
// cell next to it), in a block of their own where the table's first words stood.
#include <vector>

#include "ocr/PageModel.hpp"

struct Pix;

namespace sohoa::ocr {

// The bands of `image` (any depth, upright and straight, scanned at `dpi`) that are rows of a
// ruled table, top down, in its pixels.
std::vector<Box> findTableRows(Pix* image, int dpi);

// Gathers the words standing in each row into lines read across its cells. Nothing changes
// when `rows` is empty.
void readTableRowsAcross(Page& page, const std::vector<Box>& rows);

}  // namespace sohoa::ocr
