#pragma once
// A printed line crossed by a seal's rim or a signature's stroke: the signer's name under the
// commune's seal. Tesseract reads the crossing ink into the letters, and loses the name's first
// word or reads it as noise (`Hữu Tuấn` for Châu Hữu Tuấn). On a grey scan a seal's ink is
// lighter than print: the line is read again, widened to the left where the lost word stands,
// with only the darkest ink kept, and the new reading takes the line's place when it reads
// surely and more surely than the old one. Bilevel scans have no lighter ink to drop, and a
// black stamp none darker: there, and where no depth reads surely, the line is read once more
// from the page with the seal's rims whitened (SealRings), on the same terms, and once more with
// only the ink that stands on the line's baseline (AlignedInk: the seal's letters, set round its
// rim, and the signature's loose strokes left out; `'Tạ Thị Mai` for `lạ Thị Mai`). A signature's
// stroke through a line (`(Ký, ghi rõ họ, chữ đệm, tên)` under `Người yêu cầu`) swells the line
// to the stroke's height; it is cut at the height of its surely read words, most of the stroke left out.
#include "ocr/engine/OcrEngine.hpp"

namespace sohoa::ocr {

// `image` is the page as read (upright, straightened); its words are in `page`.
void rereadCrossedLines(OcrEngine& engine, Pix* image, int dpi, Page& page);

}  // namespace sohoa::ocr
