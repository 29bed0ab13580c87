#include <cstdio>
#include <iostream>
#include <memory>

#include "indexer/assembly/DocumentJson.hpp"
#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/cli/Commands.hpp"

namespace sohoa::pipeline {
namespace {

void printDocument(const indexer::DocumentRecord& document) {
  using indexer::filled;
  using indexer::tr;
  std::string pages;
  for (std::size_t i = 0; i < document.pages.size(); ++i)
    pages += (i == 0 ? "" : ", ") + std::to_string(document.pages[i].sourcePage);
  std::cout << filled(tr("Document %1"), {document.documentId}) << '\n'
            << "  "
            << filled(tr("source:  %1 (page %2)", "source:  %1 (pages %2)", document.pages.size()),
                      {indexer::printable(document.source), pages})
            << '\n'
            << "  " << filled(tr("kind:    %1"), {document.kind}) << '\n'
            << "  " << filled(tr("type:    %1"), {indexer::printable(document.typeLabel.value_or("-"))}) << '\n'
            << "  " << filled(tr("dossier: %1"), {indexer::printable(document.dossierCode.value_or("-"))});
  if (document.dossierPart) std::cout << " (" << *document.dossierPart << ")";
  std::cout << '\n';
  // Each value with where and how it was read, so that a clerk can check it on the page.
  for (const auto& field : document.fields) {
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", field.confidence);
    std::cout << "  " << field.name << ": " << indexer::printable(field.value) << "  (";
    for (const auto& page : document.pages)
      if (field.pageId && page.id == *field.pageId)
        std::cout << filled(tr("page %1"), {std::to_string(page.sourcePage)}) << ", ";
    std::cout << field.method << ", " << confidence << ")";
    if (field.needsReview) std::cout << tr("  TO REVIEW");
    if (!field.note.empty()) std::cout << ": " << indexer::printable(field.note);
    std::cout << '\n';
  }
  if (document.archiveFile)
    std::cout << "  " << filled(tr("archive: %1"), {indexer::printable(*document.archiveFile)}) << '\n';
  if (document.archiveMissingReason)
    std::cout << "  " << filled(tr("archive: none (%1)"), {indexer::printable(*document.archiveMissingReason)}) << '\n';
  for (const auto& page : document.pages) {
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", page.confidence);
    std::cout << "\n--- " << filled(tr("page %1"), {std::to_string(page.sourcePage)}) << " · "
              << (page.origin == "ocr"
                      ? filled(tr("OCR, %1 dpi, confidence %2"), {std::to_string(page.dpi.value_or(0)), confidence})
                      : std::string(tr("text layer of the PDF")))
              << " ---\n"
              << indexer::printable(page.text, indexer::LineBreaks::Kept);
  }
}

}  // namespace

CommandAction addShowCommand(CLI::App& app) {
  struct Options {
    std::string store;
    bool json = false;
    std::string id;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("show", indexer::tr("Print a document, or every document of a dossier"));
  command->add_option("--store", options->store,
                      indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data), or a PostgreSQL URL"));
  command->add_flag("--json", options->json, indexer::tr("JSON as in the export contract"));
  command->add_option("id", options->id, indexer::tr("Document ID or dossier code"))->required();
  return [options] {
    auto store = indexer::RecordStore::open(options->store, indexer::StoreAccess::ReadOnly);
    indexer::DocumentCatalog catalog(store);
    std::vector<indexer::DocumentRecord> documents;
    bool isDossier = false;
    if (auto document = catalog.find(options->id)) {
      documents.push_back(std::move(*document));
    } else {
      documents = catalog.ofDossier(options->id);
      isDossier = true;
    }
    if (documents.empty()) {
      std::cerr << "sohoa show: "
                << indexer::filled(indexer::tr("no document or dossier '%1' in the store"),
                                   {indexer::printable(options->id)})
                << '\n';
      return exitCodeFor(indexer::ErrorKind::NotFound);
    }
    if (options->json) {
      nlohmann::ordered_json out;
      if (isDossier) {
        out = {{"dossier_code", options->id}, {"documents", nlohmann::ordered_json::array()}};
        for (const auto& document : documents) out["documents"].push_back(indexer::documentToJson(document));
      } else {
        out = indexer::documentToJson(documents.front());
      }
      std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else {
      if (isDossier)
        std::cout << indexer::filled(indexer::tr("Dossier %1: %2 document(s)"),
                                     {indexer::printable(options->id), std::to_string(documents.size())})
                  << "\n\n";
      for (const auto& document : documents) printDocument(document);
    }
    return kExitOk;
  };
}

}  // namespace sohoa::pipeline
