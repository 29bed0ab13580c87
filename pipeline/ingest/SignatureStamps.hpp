#pragma once
// A PDF signed on a government portal carries each digital signature's stamp (the signer's
// name or body, an e-mail address, the signing time, a logo) as a widget annotation drawn over
// the scan. It is not on the paper: OCR would read it into the page's text, where a scan stored
// as a JPEG, read from its own pixels, never shows it. For rendering, the stamps are hidden.
#include <filesystem>
#include <memory>

class Buffer;  // qpdf's

namespace sohoa::pipeline {

// The file's bytes rewritten with every signature widget flagged Hidden (which renderers honour),
// or nothing when it has none, is too large to copy, or qpdf cannot rewrite it.
std::shared_ptr<Buffer> withSignatureStampsHidden(const std::filesystem::path& file);

}  // namespace sohoa::pipeline
