#include "ocr/InvisibleTextLayer.hpp"

#include <unicode/unistr.h>

#include <cmath>
#include <cstdio>
#include <numbers>

namespace sohoa::ocr {
namespace {

constexpr double kGlyphWidth = 0.5;  // em, the glyphless font's advance

std::string utf16Hex(const std::string& utf8) {
  const auto text = icu::UnicodeString::fromUTF8(utf8);
  std::string hex;
  char unit[8];
  for (int32_t i = 0; i < text.length(); ++i) {
    std::snprintf(unit, sizeof unit, "%04X", static_cast<unsigned>(text.charAt(i)));
    hex += unit;
  }
  return hex;
}

int unitCount(const std::string& utf8) { return icu::UnicodeString::fromUTF8(utf8).length(); }

int quarterTurns(int degrees) { return ((degrees / 90) % 4 + 4) % 4; }

}  // namespace

int displayRotation(const Page& page) { return (4 - quarterTurns(page.rotation)) % 4 * 90; }

void pointOnScan(const Page& page, const ScanGeometry& scan, double x, double y, double& scanX, double& scanY) {
  // Undo the straightening: Leptonica turned the upright page clockwise by `skew` degrees
  // about its centre.
  const double cx = page.width / 2.0, cy = page.height / 2.0;
  const double angle = -page.skew * std::numbers::pi / 180.0;
  const double ux = cx + (x - cx) * std::cos(angle) - (y - cy) * std::sin(angle);
  const double uy = cy + (x - cx) * std::sin(angle) + (y - cy) * std::cos(angle);
  // Undo the turn upright: the scan (or the flat page of a photo) shows the page turned
  // `rotation` degrees clockwise.
  const double width = page.sheet.flattened() ? page.sheet.flatWidth : scan.width;
  const double height = page.sheet.flattened() ? page.sheet.flatHeight : scan.height;
  double fx = ux, fy = uy;
  switch (quarterTurns(page.rotation)) {
    case 1:
      fx = width - uy, fy = ux;
      break;
    case 2:
      fx = width - ux, fy = height - uy;
      break;
    case 3:
      fx = uy, fy = height - ux;
      break;
    default:
      break;
  }
  // A photo's flat page lies on the photo where its sheet does.
  page.sheet.onPhoto(fx, fy, scanX, scanY);
}

std::string invisibleTextOperators(const Page& page, const ScanGeometry& scan, const std::string& fontName) {
  const double pointsPerPixel = 72.0 / (scan.dpi > 0 ? scan.dpi : 300);
  // Text runs along the upright page's x axis; on the scan that is turned with the scan.
  const double turn = -quarterTurns(page.rotation) * 90.0 * std::numbers::pi / 180.0;
  const double cosT = std::round(std::cos(turn)), sinT = std::round(std::sin(turn));
  std::string out = "BT\n3 Tr\n";
  char buffer[256];
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (std::size_t i = 0; i < line.words.size(); ++i) {
        const Word& word = line.words[i];
        if (word.box.empty() || word.text.empty()) continue;
        double sx = 0, sy = 0;
        pointOnScan(page, scan, word.box.x0, word.box.y1, sx, sy);  // the word's baseline start
        const double size = std::max(1.0, word.box.height() * pointsPerPixel);
        // The word and the space after it run up to where the next word starts, so that a
        // reader sees exactly one gap between them, never an overlap.
        const bool last = i + 1 == line.words.size();
        const int units = unitCount(word.text) + (last ? 0 : 1);
        const int toNext = last ? 0 : line.words[i + 1].box.x0 - word.box.x0;
        const int reach = toNext > 0 ? toNext : word.box.width();  // boxes OCR found overlapping: the next one wins
        const double scale = 100.0 * reach * pointsPerPixel / (size * kGlyphWidth * units);
        std::snprintf(buffer, sizeof buffer, "/%s %.2f Tf %.2f Tz %.0f %.0f %.0f %.0f %.2f %.2f Tm ", fontName.c_str(),
                      size, scale, cosT, sinT, -sinT, cosT, sx * pointsPerPixel, (scan.height - sy) * pointsPerPixel);
        out += buffer;
        // A space after each word but the last of its line, so that extracted text has them.
        // (Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict) on a chain of +.)
        out += '<';
        out += utf16Hex(word.text);
        if (!last) out += "0020";
        out += "> Tj\n";
      }
  out += "ET\n";
  return out;
}

}  // namespace sohoa::ocr
