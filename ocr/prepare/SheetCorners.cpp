#include "ocr/prepare/SheetCorners.hpp"

#include <sstream>

namespace sohoa::ocr {

void SheetCorners::onPhoto(double flatX, double flatY, double& photoX, double& photoY) const {
  if (!flattened()) {
    photoX = flatX, photoY = flatY;
    return;
  }
  // Heckbert, "Fundamentals of Texture Mapping and Image Warping" (1989), §2.2.3: the unit
  // square onto a quadrilateral.
  const double u = flatX / flatWidth, v = flatY / flatHeight;
  const double dx1 = x[1] - x[2], dx2 = x[3] - x[2], sx = x[0] - x[1] + x[2] - x[3];
  const double dy1 = y[1] - y[2], dy2 = y[3] - y[2], sy = y[0] - y[1] + y[2] - y[3];
  const double det = dx1 * dy2 - dx2 * dy1;
  const double g = det == 0 ? 0 : (sx * dy2 - dx2 * sy) / det;
  const double h = det == 0 ? 0 : (dx1 * sy - sx * dy1) / det;
  const double a = x[1] - x[0] + g * x[1], b = x[3] - x[0] + h * x[3], c = x[0];
  const double d = y[1] - y[0] + g * y[1], e = y[3] - y[0] + h * y[3], f = y[0];
  const double w = g * u + h * v + 1;
  photoX = (a * u + b * v + c) / w;
  photoY = (d * u + e * v + f) / w;
}

std::string SheetCorners::text() const {
  if (!flattened()) return {};
  std::ostringstream out;
  for (int i = 0; i < 4; ++i) out << x[i] << ' ' << y[i] << ' ';
  out << flatWidth << ' ' << flatHeight;
  return out.str();
}

SheetCorners SheetCorners::fromText(const std::string& text) {
  SheetCorners sheet;
  std::istringstream in(text);
  for (int i = 0; i < 4; ++i) in >> sheet.x[i] >> sheet.y[i];
  in >> sheet.flatWidth >> sheet.flatHeight;
  return in ? sheet : SheetCorners{};
}

}  // namespace sohoa::ocr
