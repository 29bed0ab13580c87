#pragma once
// A scanned page read into words, in the order of the steps a careful reader takes, each a
// named function of its own in ocr/: a photo of a paper flattened (PaperPhoto), the scanner's dark borders and punch
// holes whitened (ScanBorders), a blank page told apart (BlankPage), forms' dotted leaders whitened (LeaderDots), the
// page straightened (deskew) and read (an OcrEngine); a page that reads badly turned upright (its QR codes, the
// engine's orientation model, or — when neither can tell, as on a photocopied ID card — readings in every direction
// compared by ReadingScore); the text-like ink nothing was read from read again (MissedLines); the number and day
// written by hand into the header's blanks read (HandwrittenNumbers); a labelled number read unsurely read again
// alone (UnsureNumbers); two-column blocks put in
// reading order (ReadingOrder). QR codes are read from the scan and kept on the page, turned upright with it.
#include "ocr/engine/OcrEngine.hpp"
#include "ocr/engine/TesseractEngine.hpp"

namespace sohoa::ocr {

// `scan` is the page as scanned (grey or bilevel; colour ink already dropped); the page's
// boxes are in the pixels of the scan turned upright and straightened (asRecognised).
Page readScan(OcrEngine& engine, Pix* scan, int dpi, const OcrSettings& settings);
// The image a page was read from, made again from its scan (flattened when it is a photo,
// turned upright, straightened): what a viewer shows under the page's word boxes.
PixPtr pageAsRead(Pix* scan, const Page& page);

}  // namespace sohoa::ocr
