#pragma once
// A page's picture as an auditor sees it: black over every word the personal-data mask
// hides (found by masking each line of the page's words and taking the words the masked
// spans touch, so the picture hides what the text hides), and over every code that may
// carry the same data: the QR codes ingest read (their boxes are stored with the page), and
// whatever ZXing finds on the picture itself (QR, Data Matrix, PDF417, Aztec, bar codes),
// each with a margin.
#include <string>
#include <vector>

#include "ocr/PageModel.hpp"
#include "viewer/masking/PersonalDataMask.hpp"

namespace sohoa::viewer {

// Boxes (in the page's pixels) of the words `mask` hides.
std::vector<ocr::Box> maskedWordBoxes(const ocr::Page& page, const PersonalDataMask& mask);
// The JPEG with those words and codes blacked out; empty when it cannot be decoded.
std::string maskedPageImage(const std::string& jpeg, const ocr::Page& page, const std::vector<ocr::Box>& storedCodes,
                            const PersonalDataMask& mask);

}  // namespace sohoa::viewer
