#pragma once
// A citizen's ID number written by hand, vouched for by the dossier's other papers. The same
// number is written on the receipt, the tờ khai and the certificate, each time by hand; the
// digit classifier reads some of them unsurely (HandwrittenIds: a guess, in review). Two papers
// whose readings agree digit for digit seldom share an error: a guess another paper of the dossier
// reads the same way, surely or not, is stored; so is a guess a digit or two off a number another
// paper of the dossier holds surely (typed on the receipt, read surely), as that number. Where no
// paper is sure, three unsure readings or more, each its own way, give the number most of them
// read digit by digit, when one of them read exactly that and it passes the ID checks. Two unsure
// readings alike but where the ID checks refuse each (one its province, the other its year) give
// the number each reads where it passes. Last, a paper whose one number is a guess, beside its
// applicant's name, takes the number of that person's card copy in the dossier, when the card's
// is held surely.
#include <vector>

#include "indexer/extract/DocumentExtraction.hpp"

namespace sohoa::indexer {

// `dossier`: the extractions of one dossier's documents.
void confirmIdsAcrossDossier(const std::vector<DocumentExtraction*>& dossier);

}  // namespace sohoa::indexer
