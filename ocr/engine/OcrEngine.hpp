#pragma once
// What sohoa asks of an OCR engine: the words of an image, with their boxes and confidences,
// read as a page, a block, a line or a word; and which way up a page stands. Tesseract is the
// engine today (ocr/engine/TesseractEngine); tests use a fake. Everything around recognition —
// preparing the scan, choosing its orientation, re-reading ink nothing was read from, the
// reading order — is in ocr/ScanReading, so a second engine (handwriting, a line recogniser)
// is one more class beside Tesseract, not a fork of it.
#include <string>
#include <vector>

#include "ocr/PageModel.hpp"

struct Pix;

namespace sohoa::ocr {

// How much of an image is text to be read, and how it is laid out (Tesseract's page
// segmentation modes 3, 6, 7 and 8).
// Page: Tesseract's own layout analysis; Sparse: as much text as it finds, in no order (what a
// sparse page that the layout analysis took for pictures still gives).
enum class Layout { Page, Sparse, Block, Line, Word };

struct Recognition {
  Page page;              // blocks and lines as the engine found them; boxes in the image's pixels
  bool sideways = false;  // the engine found the text lines standing up, not across
};

// A crop read as one line of digits and nothing else.
struct DigitLine {
  std::string digits;  // only 0-9 (and `/` from readDateLine); empty when nothing was read
  float confidence = 0;
};

struct Orientation {
  int degrees = 0;       // clockwise rotation the page was scanned with
  float confidence = 0;  // the engine's confidence; low on sparse pages
};

class OcrEngine {
 public:
  virtual ~OcrEngine() = default;
  // Reads an image (any depth) scanned at `dpi` (0: unknown); words come back NFC.
  virtual Recognition read(Pix* image, int dpi, Layout layout) = 0;
  // Which way up the page stands; confidence 0 when there is too little text to tell.
  virtual Orientation orientation(Pix* image, int dpi) = 0;
  // The lines of a machine-readable zone (an ID card's MRZ: capitals, digits and `<` only),
  // read with a model that knows that alphabet; none when the engine has no such reading.
  virtual std::vector<std::string> readMachineZone(Pix* /*image*/, int /*dpi*/) { return {}; }
  // A crop that should hold only a number, read as one line told to expect digits only, by a
  // model other than the page's where the engine has one (a second, independent opinion);
  // nothing read when the engine has no such reading.
  virtual DigitLine readDigitLine(Pix* /*image*/, int /*dpi*/) { return {}; }
  // The same for a date written with slashes (`19/09/2025`): digits and slashes only.
  virtual DigitLine readDateLine(Pix* /*image*/, int /*dpi*/) { return {}; }
};

}  // namespace sohoa::ocr
