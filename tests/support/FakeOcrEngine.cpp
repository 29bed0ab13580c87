#include "tests/support/FakeOcrEngine.hpp"

#include "ocr/PixPtr.hpp"

namespace sohoa::test {
namespace {

bool markAtTopLeft(Pix* grey) {
  l_uint32 value = 255;
  pixGetPixel(grey, 6, 6, &value);
  return value < 128;
}

}  // namespace

ocr::Recognition FakeOcrEngine::read(Pix* image, int dpi, ocr::Layout layout) {
  readsAsked.push_back(layout);
  ocr::PixPtr grey(pixGetDepth(image) == 8 ? pixClone(image) : pixConvertTo8(image, 0));
  ocr::PixPtr ink(pixThresholdToBinary(grey.get(), 128));
  const bool wholePage = layout == ocr::Layout::Page || layout == ocr::Layout::Sparse;
  const bool upright = !wholePage || markAtTopLeft(grey.get());
  const int height = static_cast<int>(pixGetHeight(image));
  ocr::Recognition found;
  found.page.width = static_cast<int>(pixGetWidth(image));
  found.page.height = height;
  found.page.dpi = dpi;
  BOXA* boxes = pixConnCompBB(ink.get(), 8);
  ocr::Line line;
  for (l_int32 i = 0; i < boxaGetCount(boxes); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    if (w <= 12 && h <= 12) continue;  // the orientation mark, specks
    if (layout == ocr::Layout::Page && y > pageDropsBelow * height) continue;
    const ocr::Box box{x, y, x + w, y + h};
    line.words.push_back(upright ? ocr::Word{"chữ", box, 0.95f} : ocr::Word{"ẩ'|", box, 0.5f});
    line.box = line.box.united(box);
  }
  boxaDestroy(&boxes);
  if (!line.words.empty()) found.page.blocks.push_back({line.box, {line}});
  return found;
}

}  // namespace sohoa::test
