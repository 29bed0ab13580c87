#pragma once
// A dossier's result given the procedure its receipt names, when the result does not say it. The
// national platform prints on a result a QR code with the dossier code and the procedure it
// settles; a scan that clips the code's corner, or a seal over it, loses them, and many results
// carry no code. The dossier's receipt (the desk's Mẫu 01) names the procedure: the result is
// issued for the dossier the receipt opened. Only the paper the splitter filed as the dossier's
// result takes it (a supporting paper, such as a marriage-status confirmation from another
// commune, belongs to another procedure), only a procedure the receipt holds surely, and never
// over what the result itself says. The dossier code is not copied: the document is filed under
// its dossier already, and its dossier_code field says what the paper itself prints (copied onto
// results without a QR code, on the heldout families 3 of 18 stored codes were on no paper).
#include <optional>
#include <vector>

#include "indexer/extract/DocumentExtraction.hpp"
#include "indexer/extract/DossierSplitter.hpp"

namespace sohoa::indexer {

// The method recorded for a value taken from the dossier's receipt.
inline constexpr const char* kFromReceiptMethod = "dossier receipt";

struct DossierPaper {
  std::optional<DossierPart> part;
  DocumentExtraction* extraction;
};

// `dossier`: one dossier's documents, as the splitter filed them.
void giveResultsTheReceiptsProcedure(const std::vector<DossierPaper>& dossier);

}  // namespace sohoa::indexer
