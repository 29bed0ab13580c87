#pragma once
// A printed line's own ink, without what was stamped or written over it. Under a commune's seal
// the signer's name shares its band with the seal's letters (set round the rim, upright to it,
// not to the line), the star's points and the signature's loose strokes; Tesseract reads them
// into the name (`Š#ĐịnH:Wóng` for Đinh Trọng). The line's letters all stand on one baseline and
// fill the band between it and the x-height, which the words read surely beside them show; a
// piece of ink that does not fill that band is no letter of the line, unless it is a mark above
// or below one that does (a tone mark, a dot below). Pieces joined to a letter (a stroke across
// it) stay with the letter.
#include <vector>

#include "ocr/PageModel.hpp"
#include "ocr/PixPtr.hpp"

struct Pix;

namespace sohoa::ocr {

// `dark`: the line's place, ink black on white (8 bits), cut from the page at `cut`; `sure`: the
// boxes, in the page's pixels, of words of the line read surely. Null when they show no band.
PixPtr alignedInk(Pix* dark, const Box& cut, const std::vector<Box>& sure);

}  // namespace sohoa::ocr
