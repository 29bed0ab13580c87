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

namespace sohoa::indexer {

// `batch`: the extractions of one batch's documents.
void confirmBodiesAcrossBatch(const std::vector<DocumentExtraction*>& batch);

}  // namespace sohoa::indexer
