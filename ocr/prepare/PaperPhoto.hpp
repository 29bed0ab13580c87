#pragma once
// A photo of a paper — what citizens bring from their phones — made into a flat page before
// it is read: the sheet is found by its outline against the darker surface around it, its
// perspective undone (the sheet's corners mapped to a rectangle of the sheet's own
// proportions, A4 when it is near A4), and its uneven light (a shadow across it, a lamp's
// hot spot) divided out against the paper's brightness estimated by a closing wider than
// letters. A sheet photographed squarely keeps its shape and has only its light evened, when
// the light is uneven (a dark-bordered scan's is not). A scan, whose paper fills the image to
// its edges, is no photo and is left alone, as is a picture in which no sheet stands out.
#include <optional>

#include "ocr/PixPtr.hpp"
#include "ocr/prepare/SheetCorners.hpp"

namespace sohoa::ocr {

struct FlatPage {
  PixPtr image;        // 8 bits
  int dpi = 0;         // as an A4 sheet's width gives it, at least 200; 0: the photo's own
  SheetCorners sheet;  // not flattened when only the light was evened
};

// The sheet found in a grey `photo` (8 bits), flattened (or only evenly lit when it lies
// squarely in the picture); nothing when it is no photo.
std::optional<FlatPage> flattenedPhoto(Pix* photo);
// The flat page again from the same photo and corners (previews, older stores).
PixPtr flattenedAgain(Pix* photo, const SheetCorners& sheet);

}  // namespace sohoa::ocr
