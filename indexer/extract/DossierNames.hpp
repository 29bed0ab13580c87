#pragma once
// One person's name on a dossier's papers. The receipt, the tờ khai, the card copy and the
// result all print the applicant's name, and OCR loses or swaps a mark on one of them (Hậu
// read Hâu on the receipt, Trọng read Trong on the extract). Readings that differ only in their
// marks are settled by the dossier's papers: the spelling most papers give stands for all of
// them; where the papers are evenly split, the one whose syllables alone all occur in Vietnamese
// text, or that every other is with marks lost (not a dot below alone), or that alone was read
// surely; failing those, the disputed readings wait for review. A paper that
// itself names two people so spelled (a father Hùng and his son Hưng) keeps what it read. A name
// OCR scored too low to store on one paper stands when another paper reads the same spelling surely,
// and one read without its surname (lost in the leader dots) is completed from a paper that read
// it whole about the same person. A card copy whose front name was not read names its holder by the
// MRZ alone, without marks: it stands as the one paper's spelling, read surely, whose letters are the MRZ's;
// so does one whose front was read otherwise than its MRZ, or its front's reading stands when another paper
// reads it so, surely.
#include <vector>

#include "indexer/extract/DocumentExtraction.hpp"

namespace sohoa::indexer {

// `dossier`: the extractions of one dossier's documents.
void settleNamesAcrossDossier(const std::vector<DocumentExtraction*>& dossier);

}  // namespace sohoa::indexer
