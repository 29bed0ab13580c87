#pragma once
// One issuing body on a batch's papers. A commune's desk scans its own papers: the Ủy ban nhân
// dân of the commune issues the certificates, certifies the copies and heads the receipts. A
// certificate names it in its text beside a form's dotted leader, where OCR doubts the word the
// dots touch (`Lợi.` at 0.43), while the next paper prints it plainly in its header (`UBND XÃ MỸ
// LỢI` at 0.91). A body read doubtfully is confirmed when another paper of the batch gives the
// very same name, marks and all (`UBND` and `Ủy ban nhân dân` being one); anything else keeps
// waiting for review.
#include <vector>

#include "indexer/extract/DocumentExtraction.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

// `batch`: the extractions of one batch's documents.
void confirmBodiesAcrossBatch(const std::vector<DocumentExtraction*>& batch);

// A commune's name recurs on a batch's papers: in addresses (`xã Nghi Trung, huyện Nghi Lộc`),
// datelines and headers. A stored body whose place name the batch's pages spell otherwise more
// often, the same letters with other marks (`UBND XÃ NGHỊ TRUNG`, its `I` read with a seal's
// dot under it, where the papers read `Nghi Trung` nine times), goes to review under the
// batch's spelling: OCR misread one of them, most likely the lone one.
void doubtBodiesSpeltOtherwise(const std::vector<DocumentExtraction*>& batch,
                               const std::vector<const ocr::Page*>& pages);

// Every paper of a batch printing the body's header read it doubtfully (`UBND XÃ NGHI TRUNG` at
// 0.6–0.8, Tesseract unsure of the I's mark): readings of different sheets that agree letter for
// letter and mark for mark seldom share an error. A body read so on two papers stands when the
// batch's text also spells its place so (an address, a dateline) and no other way as often; one
// naming no place, when three papers read it alike.
void confirmBodiesReadAlike(const std::vector<DocumentExtraction*>& batch, const std::vector<const ocr::Page*>& pages);

// A dossier's result names its commune's committee in running text or beside a leader
// (`Ủy ban nhân dân xã Nghi Trung` at 0.63), where the dossier's receipt names the same body
// (`Bộ phận Tiếp nhận và Trả kết quả UBND xã Nghi Trung tiếp nhận hồ sơ của`). A body read
// doubtfully stands when the text of another paper of the same dossier holds the very same name,
// marks and all (`UBND` and `Ủy ban nhân dân` being one), and it names one place: two readings of
// different sheets seldom share an error. `pages[i]`: the pages of `dossier[i]`.
void confirmBodiesNamedInDossier(const std::vector<DocumentExtraction*>& dossier,
                                 const std::vector<std::vector<const ocr::Page*>>& pages);

}  // namespace sohoa::indexer
