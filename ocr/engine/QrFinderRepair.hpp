#pragma once
// A QR code with one of its three finder patterns (the nested squares at its corners) spoilt: a
// seal's rim, a pen stroke or a heading's last letter printed across it. A decoder must find
// all three finders before it reads a module, so such a code is lost although its error
// correction would mend the modules the ink covers. The finders carry no data: where two are
// found, the third stands at a corner the two fix (beside either of them, or across when the two
// are diagonal), and it is drawn there again, on a copy, for each corner it may be; the decoder's
// error correction says which, if any, was right.
#include <opencv2/core.hpp>
#include <vector>

struct Pix;

namespace sohoa::ocr {

// A copy of a region of the scan with a lost finder drawn back, and where the region lies.
struct RepairedRegion {
  cv::Mat grey;      // 8-bit
  cv::Point origin;  // the region's top-left corner on the scan
};

// The regions of `scan` (any depth) to decode again; none when no two finder patterns of one
// code are found without their third.
std::vector<RepairedRegion> regionsWithFinderRestored(Pix* scan);

}  // namespace sohoa::ocr
