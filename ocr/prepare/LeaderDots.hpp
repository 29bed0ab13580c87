#pragma once
// Dotted leaders whitened before a page is read. Forms (tờ khai, receipts, certificates) put
// their values on rows of dots (`Họ, chữ đệm, tên: ……………`); Tesseract reads the dots as
// letters (`Cha……c c2 c2 2222`, `NỮ……QQQQ Q Q ng ng`) and its page segmentation drops whole
// label/value blocks beside them. A leader is a row of at least six dot-sized marks on one
// baseline, evenly spaced — marks of letters (the dot of `ị`, `ạ`) never line up like that;
// the row is followed as it falls on a page scanned askew, and down the columns of a page
// scanned sideways. The dots go, with those of the same
// row left between the words of a value typed over it; the label, the value and everything
// else stay.
#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {

// Whitens the dotted leaders of `page` (1 or 8 bits) in place; returns how many dots went.
int whitenLeaderDots(Pix* page, int dpi);

}  // namespace sohoa::ocr
