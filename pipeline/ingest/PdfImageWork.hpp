#pragma once
// How many image pixels rendering a PDF page decodes. Poppler decodes every pixel of an image
// each time it is drawn, whatever size it is drawn at: a 1 KB page whose image claims to be
// 60000×60000 kept Poppler busy 11 s, and a form that draws an image a thousand times costs a
// thousand decodes (found by fuzzing). The count is taken from the content streams before
// anything is decoded: image XObjects, inline images, forms as often as they are drawn, and
// the annotations' appearances, which Poppler renders with the page.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDFPageObjectHelper.hh>

#include <cstdint>

namespace sohoa::pipeline {

// The pixels of every image the page draws, each time it is drawn; counting stops a little
// above `enough`. Content qpdf cannot parse counts what was read before it.
std::int64_t imagePixelsDrawn(QPDFPageObjectHelper& page, std::int64_t enough);

}  // namespace sohoa::pipeline
