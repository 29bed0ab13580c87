#include "indexer/assembly/BatchPages.hpp"

#include <map>

#include "indexer/extract/BatchBodies.hpp"
#include "indexer/extract/BatchSigners.hpp"
#include "indexer/extract/DossierApplicant.hpp"
#include "indexer/extract/DossierDates.hpp"
#include "indexer/extract/DossierIds.hpp"
#include "indexer/extract/DossierNames.hpp"
#include "indexer/extract/DossierResults.hpp"

namespace sohoa::indexer {

std::vector<PlannedDocument> planDocuments(const std::vector<BatchPage>& pages, const SplitOptions& options,
                                           const CalendarDay& today) {
  std::vector<PageSignals> signals;
  for (const auto& page : pages) signals.push_back(pageSignals(page.page, today));
  std::vector<PlannedDocument> planned;
  for (auto& cut : splitBatch(signals, options)) {
    std::vector<const ocr::Page*> documentPages;
    for (std::size_t index : cut.pages) documentPages.push_back(&pages[index].page);
    const BatchPage& first = pages[cut.pages.front()];
    std::string publicId = first.sha256.substr(0, 12) + "-p" + std::to_string(first.sourcePage);
    planned.push_back({std::move(cut), extractDocument(documentPages, today), std::move(publicId)});
  }
  std::map<int, std::vector<DossierPaper>> dossiers;
  std::map<int, std::vector<std::vector<const ocr::Page*>>> dossierPages;  // each paper's pages, in the same order
  for (auto& document : planned) {
    if (document.cut.dossier < 0) continue;
    dossiers[document.cut.dossier].push_back({document.cut.part, &document.extraction});
    auto& paper = dossierPages[document.cut.dossier].emplace_back();
    for (std::size_t index : document.cut.pages) paper.push_back(&pages[index].page);
  }
  for (const auto& [dossier, papers] : dossiers) {
    std::vector<DocumentExtraction*> documents;
    for (const auto& paper : papers) documents.push_back(paper.extraction);
    confirmBodiesNamedInDossier(documents, dossierPages[dossier]);
    chooseSpouseAcrossDossier(documents);  // before the names are settled: its name is one of them
    settleNamesAcrossDossier(documents);
    confirmDatesAcrossDossier(documents);
    confirmIdsAcrossDossier(documents);
    giveResultsTheReceiptsProcedure(papers);
  }
  std::vector<DocumentExtraction*> batch;
  for (auto& document : planned) batch.push_back(&document.extraction);
  std::vector<const ocr::Page*> batchPages;
  for (const auto& page : pages) batchPages.push_back(&page.page);
  doubtBodiesSpeltOtherwise(batch, batchPages);
  confirmBodiesAcrossBatch(batch);
  confirmBodiesReadAlike(batch, batchPages);
  settleSignersAcrossBatch(batch);
  return planned;
}

}  // namespace sohoa::indexer
