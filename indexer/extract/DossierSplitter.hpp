#pragma once
// Cuts a scanned batch into documents and dossiers. A document starts at a page with a type
// heading (or the national title at its top); other pages continue the document before
// them. A dossier starts at each receipt sheet, or at a document whose dossier code (QR or
// printed) differs from the open dossier's; it closes after its result. Documents outside
// any dossier stand alone (an archived decision). `--dossier CODE` files everything under
// one dossier.
#include <optional>
#include <string>
#include <vector>

#include "indexer/extract/CalendarDay.hpp"
#include "indexer/extract/DocumentTypes.hpp"
#include "ocr/PageModel.hpp"

namespace sohoa::indexer {

enum class DossierPart { Receipt, Component, Result };
std::string partName(DossierPart part);  // receipt, component, result
std::optional<DossierPart> partFromName(const std::string& name);

struct PageSignals {
  bool startsDocument = false;
  std::optional<TypeHeading> heading;
  std::optional<std::string> dossierCode;  // from a QR code, else printed
};

// What a page says about where it belongs.
PageSignals pageSignals(const ocr::Page& page, const CalendarDay& today);

struct SplitOptions {
  std::optional<std::string> dossier;  // file everything under this dossier
  std::optional<DossierPart> part;     // and as this part
};

struct BatchDocument {
  std::vector<std::size_t> pages;  // indexes into the batch's pages
  std::optional<std::string> dossierCode;
  std::optional<DossierPart> part;  // absent for a document standing alone
  int dossier = -1;                 // which dossier of the batch, -1 for none
};

std::vector<BatchDocument> splitBatch(const std::vector<PageSignals>& pages, const SplitOptions& options);

}  // namespace sohoa::indexer
