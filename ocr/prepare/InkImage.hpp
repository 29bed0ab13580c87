#pragma once
// The ink of a page as a 1-bit image: dark marks on light paper, with the paper's unevenness
// (photocopy grey, shadows) taken out first by Leptonica's background normalisation, so a
// grey photocopy gives the same letters as a clean scan. Used to look at the page's marks
// (dotted leaders, ink no word was read from), not to recognise them.
#include "ocr/PixPtr.hpp"

namespace sohoa::ocr {

// `image`: 1 bit (returned as it is), 8 bits or colour.
PixPtr inkImage(Pix* image);

}  // namespace sohoa::ocr
