#pragma once
// Who signed a document: the signing block of Nghị định 30 (Phụ lục I) at the bottom right of
// its last page, whatever page the header is on. The block is the authority lines (`TM.`,
// `KT.`, `TL.`, `TUQ.`, `Q.`), the position (`PHÓ CHÁNH VĂN PHÒNG`), a gap where the signature
// and seal are (read by OCR as noise) and the signer's name, with a title or rank before it that
// is not part of the name (`BS.`, `Trung tá`). Only the right-hand column is read: the
// `Nơi nhận:` list on the left is not the signer, nor is the police director printed on a
// citizen's card copy (a card page's block is the certification under it, when there is one).
// Under `KT. X` the deputy signs (PHÓ X; THỨ TRƯỞNG for a BỘ TRƯỞNG), under `TM.` of a people's
// committee or council its chairman (CHỦ TỊCH): a position line the seal damaged (`ÓGI M ĐỐC`),
// hid, or left only the last word of right under the authority line (`TỊCH`) is taken as that.
#include <string>
#include <vector>

#include "indexer/extract/ExtractedField.hpp"
#include "indexer/extract/PageLayout.hpp"

namespace sohoa::indexer {

// True when `value` is a position that signs, spelled as printed (CHỦ TỊCH, PHÓ GIÁM ĐỐC…).
bool isSigningPosition(const std::string& value);
// signer_position and signer_name, from the last page that has a signing block.
std::vector<ExtractedField> signerFields(const std::vector<PageLayout>& pages);

}  // namespace sohoa::indexer
