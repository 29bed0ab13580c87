#pragma once
// The rims of round seals on a page, and the page without them. A commune's seal is a circle
// 30-45 mm across with one or two rims; stamped over the signer's name, a rim crosses the name's
// letters and Tesseract loses the words it crosses (`Khánh` for Trần Văn Khánh). Where the seal's
// ink is as dark as print (a bilevel scan, a photocopy, a black stamp) no threshold separates
// them, but the rim's shape does: a circle of ink all round its centre, which no line of text is.
// The circle is found with OpenCV's Hough transform on a small copy of the page and measured on
// the page itself: a rim is a run of radii where nearly every pixel of the circle is ink. Only
// those radii are whitened, and not where a stroke crosses the rim (ink just inside it and just
// outside it): a letter of the name the rim runs through keeps its stroke (`P` of Phan whole,
// not a stem with its top cut off), at the cost of a stub of rim beside it.
#include <vector>

#include "ocr/PageModel.hpp"
#include "ocr/PixPtr.hpp"

struct Pix;

namespace sohoa::ocr {

struct SealRim {
  double centreX = 0, centreY = 0;
  double inner = 0, outer = 0;  // radii in pixels of the ink run
};

struct Seal {
  Box box;  // the outermost rim's square
  std::vector<SealRim> rims;
};

// `image`: the page (1 or 8 bits), scanned at `dpi`.
std::vector<Seal> findSeals(Pix* image, int dpi);

// An 8-bit copy of `image` with the seals' rims whitened.
PixPtr withoutSealRims(Pix* image, const std::vector<Seal>& seals);

}  // namespace sohoa::ocr
