#pragma once
// Where a photographed sheet lies in its photo: its four corners (top left, top right, bottom
// right, bottom left, in the photo's pixels), and the size of the flat page it was read as.
// A point of the flat page maps back onto the photo through the projective map of the
// rectangle onto the four corners (Heckbert's square-to-quad), so that word boxes, read on
// the flat page, can be drawn on the photo as it came.
#include <string>

namespace sohoa::ocr {

struct SheetCorners {
  double x[4] = {0, 0, 0, 0}, y[4] = {0, 0, 0, 0};
  int flatWidth = 0, flatHeight = 0;  // 0: the page is no photo, nothing was flattened

  bool flattened() const { return flatWidth > 0 && flatHeight > 0; }
  // A point of the flat page, on the photo.
  void onPhoto(double flatX, double flatY, double& photoX, double& photoY) const;
  // "x0 y0 x1 y1 x2 y2 x3 y3 width height" as stored (hOCR, the store); empty when not flattened.
  std::string text() const;
  static SheetCorners fromText(const std::string& text);
};

}  // namespace sohoa::ocr
