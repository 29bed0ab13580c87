#include "ocr/prepare/SpeckledCopy.hpp"

#include <algorithm>
#include <opencv2/imgproc.hpp>

#include "ocr/PixMat.hpp"

namespace sohoa::ocr {
namespace {

int dpiOr300(int dpi) { return dpi > 0 ? dpi : 300; }

// An 8-bit page is a bilevel one stored as grey (a bilevel page in a PDF) when nearly all its
// pixels are near black or near white.
bool holdsTwoTones(Pix* grey) {
  NUMA* histogram = pixGetGrayHistogram(grey, 1);
  if (!histogram) return false;
  l_float32 all = 0, extremes = 0;
  for (int v = 0; v < 256; ++v) {
    l_float32 count = 0;
    numaGetFValue(histogram, v, &count);
    all += count;
    if (v < 48 || v > 207) extremes += count;
  }
  numaDestroy(&histogram);
  return all > 0 && extremes > 0.97f * all;
}

// The scan as 1 bit (ink = 1) when it is bilevel, else nullptr.
PixPtr asBilevel(Pix* scan) {
  if (pixGetDepth(scan) == 1) return PixPtr(pixClone(scan));
  if (pixGetDepth(scan) != 8 || pixGetColormap(scan) || !holdsTwoTones(scan)) return nullptr;
  return PixPtr(pixThresholdToBinary(scan, 128));
}

// A card's background printed dark, or darkening across it, is screened denser than its pale
// parts: smoothed, it stays a grey as dark as the letters on it, and Tesseract's one threshold
// loses them. Each point is divided by the grey of its surroundings (a Gaussian of 1/15 inch,
// taken at a quarter of the size), so the background is as light everywhere and the letters
// keep their contrast to it.
PixPtr evenlyLit(Pix* smooth, int dpi) {
  const cv::Mat grey = greyMat(smooth);
  if (grey.empty()) return nullptr;
  cv::Mat small, surroundings;
  cv::resize(grey, small, {}, 0.25, 0.25, cv::INTER_AREA);
  cv::GaussianBlur(small, small, {0, 0}, 5.0 * dpiOr300(dpi) / 300.0);
  cv::resize(small, surroundings, grey.size(), 0, 0, cv::INTER_LINEAR);
  cv::Mat ratio, limit;
  grey.convertTo(ratio, CV_32F);
  surroundings.convertTo(limit, CV_32F);
  ratio = ratio / cv::max(limit, 1.0f) * 230.0f;
  cv::Mat even;
  ratio.convertTo(even, CV_8U);  // saturates at white
  return greyPix(even, dpi);
}

// A card's background printed dark copies the other way round: ink with the paper showing through
// in specks. Found as the specks of the paper.
PixPtr darkScreens(Pix* bilevel, int dpi) {
  PixPtr paper(pixInvert(nullptr, bilevel));
  return paper ? speckledRegions(paper.get(), dpi) : nullptr;
}

// Smoothed and lit evenly, a dark screen's waves stay a grey Tesseract's one threshold takes for
// ink, and their shards ran through the print on it (a card's back read as `TPENML6936314510461ggaø`
// for its machine zone): there only the print is kept, black on white. The print lies well under
// this grey (of the 230 the paper is lit to), the waves over it, on the copies measured; 80 to
// 120 read alike.
constexpr int kScreenedPrint = 100;

void keepPrintOnly(Pix* even, Pix* screens) {
  PixPtr print(pixThresholdToBinary(even, kScreenedPrint));
  if (!print) return;
  PixPtr blackOnWhite(pixConvert1To8(nullptr, print.get(), 255, 0));
  pixCombineMasked(even, blackOnWhite.get(), screens);
}

}  // namespace

PixPtr speckledRegions(Pix* bilevel, int dpi) {
  const int resolution = dpiOr300(dpi);
  // Specks: pieces at most 1/4 mm across. The dots of a form's leaders are larger (at 1/3 mm
  // they lay as dense as a screen along the lines and were blurred into letters).
  const int speck = std::max(2, resolution * 3 / 300);
  l_int32 changed = 0;
  PixPtr specks(pixSelectBySize(bilevel, speck, speck, 8, L_SELECT_IF_BOTH, L_SELECT_IF_LTE, &changed));
  if (!specks) return nullptr;
  // Their share of the pixels around each point, over about 2 mm: measured 2.5-8 % on a
  // bilevel card copy's background, under 1 % on the paper around it and on bilevel forms.
  const int radius = std::max(4, resolution / 12);
  PixPtr share(pixConvert1To8(nullptr, specks.get(), 0, 255));
  PixPtr density(pixBlockconv(share.get(), radius, radius));
  if (!density) return nullptr;
  constexpr int kDense = 6;  // of 255: 2.4 %
  PixPtr dense(pixThresholdToBinary(density.get(), kDense));
  pixInvert(dense.get(), dense.get());  // 1 where the share is at least kDense
  // Joined across the letters inside; only places the size of a line of card print or larger
  // count (a few specks of toner are no screen). A screened place is a printed area (a card, a
  // photo): its whole bounding box is taken, bold print where specks are sparse included.
  const int across = resolution / 6;
  PixPtr joined(pixCloseSafeBrick(nullptr, dense.get(), across, across));
  BOXA* places = pixConnCompBB(joined.get(), 8);
  PixPtr regions(pixCreateTemplate(bilevel));
  for (l_int32 i = 0; i < boxaGetCount(places); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(places, i, &x, &y, &w, &h);
    if (std::max(w, h) < resolution / 2 || std::min(w, h) < resolution / 4) continue;
    ::Box* box = boxCreate(x, y, w, h);
    pixSetInRect(regions.get(), box);
    boxDestroy(&box);
  }
  boxaDestroy(&places);
  return regions;
}

PixPtr descreened(Pix* scan, int dpi) {
  PixPtr bilevel = asBilevel(scan);
  if (!bilevel) return nullptr;
  PixPtr regions = speckledRegions(bilevel.get(), dpi);
  PixPtr dark = darkScreens(bilevel.get(), dpi);
  if (regions && dark) pixOr(regions.get(), regions.get(), dark.get());
  l_int32 empty = 1;
  if (!regions || (pixZero(regions.get(), &empty), empty)) return nullptr;
  PixPtr grey(pixConvert1To8(nullptr, bilevel.get(), 255, 0));
  // A Gaussian of 1.5 pixels at 300 dpi: specks fade to grey, strokes of small print stay.
  const float sigma = 1.5f * dpiOr300(dpi) / 300.0f;
  const int half = std::max(1, static_cast<int>(sigma * 2 + 0.5f));
  L_KERNEL* gauss = makeGaussianKernel(half, half, sigma, 1.0f);
  PixPtr smooth(pixConvolve(grey.get(), gauss, 8, 1));
  kernelDestroy(&gauss);
  if (!smooth) return nullptr;
  PixPtr even = evenlyLit(smooth.get(), dpi);
  if (even && dark) keepPrintOnly(even.get(), dark.get());
  pixCombineMasked(grey.get(), even ? even.get() : smooth.get(), regions.get());
  return grey;
}

}  // namespace sohoa::ocr
