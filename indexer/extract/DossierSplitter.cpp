#include "indexer/extract/DossierSplitter.hpp"

#include "indexer/extract/HeaderFields.hpp"
#include "indexer/extract/PersonFields.hpp"
#include "indexer/extract/QrPayload.hpp"

namespace sohoa::indexer {

std::string partName(DossierPart part) {
  switch (part) {
    case DossierPart::Receipt:
      return "receipt";
    case DossierPart::Component:
      return "component";
    case DossierPart::Result:
      return "result";
  }
  return "component";
}

std::optional<DossierPart> partFromName(const std::string& name) {
  if (name == "receipt") return DossierPart::Receipt;
  if (name == "component") return DossierPart::Component;
  if (name == "result") return DossierPart::Result;
  return std::nullopt;
}

PageSignals pageSignals(const ocr::Page& page, const CalendarDay& today) {
  PageSignals signals;
  const PageLayout layout(page);
  bool headingStarts = false;
  if (auto heading = findTypeHeading(layout)) {
    signals.heading = heading->type;
    headingStarts = heading->startsDocument;
  }
  bool nationalTitle = false;
  for (const auto& segment : layout.segments)
    if (layout.inTop(segment, 0.2) && isNationalTitle(segment.text())) nationalTitle = true;
  signals.startsDocument = headingStarts || nationalTitle;
  for (const auto& code : page.codes)
    if (auto payload = readQrPayload(code.text, today.year); payload.dossierCode && !signals.dossierCode)
      signals.dossierCode = payload.dossierCode;
  if (!signals.dossierCode)
    if (auto printed = printedDossierCode(layout)) signals.dossierCode = printed->value;
  return signals;
}

std::vector<BatchDocument> splitBatch(const std::vector<PageSignals>& pages, const SplitOptions& options) {
  // Documents first: a page that starts one, and the pages that continue it.
  struct Draft {
    std::vector<std::size_t> pages;
    std::optional<TypeHeading> heading;
    std::optional<std::string> code;
  };
  std::vector<Draft> drafts;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (drafts.empty() || pages[i].startsDocument) drafts.push_back({{}, pages[i].heading, std::nullopt});
    drafts.back().pages.push_back(i);
    if (!drafts.back().code) drafts.back().code = pages[i].dossierCode;
  }
  // Then dossiers.
  std::vector<BatchDocument> documents;
  int dossier = -1, dossiers = 0;
  std::optional<std::string> openCode;
  bool open = false;
  for (auto& draft : drafts) {
    const DocumentKind kind = draft.heading ? draft.heading->kind : DocumentKind::Other;
    BatchDocument document{draft.pages, std::nullopt, std::nullopt, -1};
    if (options.dossier) {
      document.dossierCode = options.dossier;
      document.dossier = 0;
    } else {
      const bool newCode = draft.code && draft.code != openCode;
      if (draft.code && draft.code == openCode) open = true;  // a later part of the same dossier
      if (kind == DocumentKind::Receipt || newCode) {
        dossier = dossiers++;
        openCode = draft.code;
        open = true;
      }
      if (open) {
        document.dossier = dossier;
        document.dossierCode = openCode;
      }
    }
    if (document.dossier >= 0) {
      document.part = kind == DocumentKind::Receipt                                    ? DossierPart::Receipt
                      : kind == DocumentKind::Result || kind == DocumentKind::Decision ? DossierPart::Result
                                                                                       : DossierPart::Component;
      if (options.part) document.part = options.part;
      // A dossier ends with its result; what follows without a code stands alone.
      if (document.part == DossierPart::Result && !options.dossier) open = false;
    }
    documents.push_back(std::move(document));
  }
  return documents;
}

}  // namespace sohoa::indexer
