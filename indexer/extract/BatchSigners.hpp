#pragma once
// One signer's name on a batch's papers. The name sits under the seal and the signature, where
// Tesseract scores a wrong mark as high as a right one: of the signer names it doubted at all
// (OCR 0.3–0.9, stored at 0.85), 3 in 11 were wrong on the dev seeds (`Trần Đính Dũng` for
// Đình, `Kim Phượng` with the surname under the seal), far from what 0.85 promises. The
// commune's chairman and vice-chairmen sign paper after paper of a batch: a doubted name, or
// one waiting for review, is taken as another paper of the batch reads it surely when that
// reading alone has its letters, or ends with them (`Kim Phượng` → `Bùi Kim Phượng`); a doubted
// name no sure reading vouches for waits for review.
#include <vector>

#include "indexer/extract/DocumentExtraction.hpp"

namespace sohoa::indexer {

// `batch`: the extractions of one batch's documents.
void settleSignersAcrossBatch(const std::vector<DocumentExtraction*>& batch);

}  // namespace sohoa::indexer
