#include "pipeline/ingest/SignatureStamps.hpp"

// qpdf 11: use std::shared_ptr, not the deprecated PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <climits>
#include <system_error>

namespace sohoa::pipeline {
namespace {

constexpr long long kHiddenFlag = 2;  // PDF 32000 12.5.3, annotation flags: bit 2
// Poppler takes a copy's length as an int; a scanned PDF is far smaller.
constexpr std::uintmax_t kLargestCopied = INT_MAX / 2;
constexpr int kDeepestField = 32;

// The widget's field, or a field it inherits from, is a signature (/FT /Sig).
bool signsTheDocument(QPDFObjectHandle field) {
  for (int depth = 0; depth < kDeepestField && field.isDictionary(); ++depth) {
    if (auto type = field.getKey("/FT"); type.isName()) return type.getName() == "/Sig";
    field = field.getKey("/Parent");
  }
  return false;
}

}  // namespace

std::shared_ptr<Buffer> withSignatureStampsHidden(const std::filesystem::path& file) {
  std::error_code error;
  if (const auto size = std::filesystem::file_size(file, error); error || size > kLargestCopied) return nullptr;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processFile(file.c_str());
    int hidden = 0;
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
      auto annotations = page.getObjectHandle().getKey("/Annots");
      if (!annotations.isArray()) continue;
      for (auto annotation : annotations.aitems()) {
        if (!annotation.isDictionary()) continue;
        auto subtype = annotation.getKey("/Subtype");
        if (!subtype.isName() || subtype.getName() != "/Widget" || !signsTheDocument(annotation)) continue;
        auto flags = annotation.getKey("/F");
        annotation.replaceKey(
            "/F", QPDFObjectHandle::newInteger((flags.isInteger() ? flags.getIntValue() : 0) | kHiddenFlag));
        ++hidden;
      }
    }
    if (hidden == 0) return nullptr;
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.write();
    return writer.getBufferSharedPointer();
  } catch (const std::exception&) {
    return nullptr;  // rendered as it is
  }
}

}  // namespace sohoa::pipeline
