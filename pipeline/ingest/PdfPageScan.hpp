#pragma once
// Whether a PDF page is a scan and nothing else: its content draws exactly one image, upright
// and filling the page, and nothing visible besides (text drawn invisibly, as OCR layers are,
// does not count). Only such a page may be read from its embedded scan: a letterhead JPEG with
// typed text, stamps or other images drawn over it must be rendered whole, or what was drawn
// over it is lost. Annotations are not page content: the digital signature that the
// province's signed scans carry (a seal image and "Ký bởi …" text) lives in a widget
// annotation, and their pages stay scans.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDFPageObjectHelper.hh>

#include <optional>

namespace sohoa::pipeline {

// The image that is all the page draws, or nothing.
std::optional<QPDFObjectHandle> soleScanImage(QPDFPageObjectHelper& page);

}  // namespace sohoa::pipeline
