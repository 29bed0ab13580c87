#pragma once
// A tờ khai's date written by hand on its signing line, vouched for by the dossier's receipt.
// The citizen signs the tờ khai (or đơn) when handing it in, or a few days before: the desk's
// receipt, printed by its software, dates the same dossier. A day or month only the digit
// classifier read (no second reader) waits for review on its own; it is stored when it falls in
// the week before the receipt's printed date, up to that day. A misread month lands months
// away, and a day read later than the receipt is impossible: both stay in review.
// A date read only in part (the month's blank left empty, the year's last digit unread) is
// completed when exactly one day of that week fits what was read; the day must be among it.
// On the dev families this completed 11 dates, all right (eval-extract, five seeds).
#include <vector>

#include "indexer/extract/DocumentExtraction.hpp"

namespace sohoa::indexer {

// How long before the receipt a tờ khai may be signed and still be vouched for by it.
inline constexpr int kSignedBeforeReceiptDays = 7;

// `dossier`: the extractions of one dossier's documents.
void confirmDatesAcrossDossier(const std::vector<DocumentExtraction*>& dossier);

}  // namespace sohoa::indexer
