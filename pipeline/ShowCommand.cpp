#include <cstdio>
#include <iostream>
#include <memory>

#include "indexer/DocumentCatalog.hpp"
#include "indexer/DocumentJson.hpp"
#include "indexer/PrintableText.hpp"
#include "pipeline/Commands.hpp"

namespace sohoa::pipeline {
namespace {

void printDocument(const indexer::DocumentRecord& document) {
  std::cout << "Document " << document.documentId << '\n'
            << "  source:  " << indexer::printable(document.source) << " (page";
  if (document.pages.size() > 1) std::cout << "s";
  for (std::size_t i = 0; i < document.pages.size(); ++i)
    std::cout << (i == 0 ? " " : ", ") << document.pages[i].sourcePage;
  std::cout << ")\n"
            << "  kind:    " << document.kind << '\n'
            << "  type:    " << indexer::printable(document.typeLabel.value_or("-")) << '\n'
            << "  dossier: " << indexer::printable(document.dossierCode.value_or("-"));
  if (document.dossierPart) std::cout << " (" << *document.dossierPart << ")";
  std::cout << '\n';
  // Each value with where and how it was read, so that a clerk can check it on the page.
  for (const auto& field : document.fields) {
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", field.confidence);
    std::cout << "  " << field.name << ": " << indexer::printable(field.value) << "  (";
    for (const auto& page : document.pages)
      if (field.pageId && page.id == *field.pageId) std::cout << "page " << page.sourcePage << ", ";
    std::cout << field.method << ", " << confidence << ")";
    if (field.needsReview) std::cout << "  TO REVIEW";
    if (!field.note.empty()) std::cout << ": " << indexer::printable(field.note);
    std::cout << '\n';
  }
  if (document.archiveFile) std::cout << "  archive: " << indexer::printable(*document.archiveFile) << '\n';
  if (document.archiveMissingReason)
    std::cout << "  archive: none (" << indexer::printable(*document.archiveMissingReason) << ")\n";
  for (const auto& page : document.pages) {
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", page.confidence);
    std::cout << "\n--- page " << page.sourcePage << " · "
              << (page.origin == "ocr"
                      ? "OCR, " + std::to_string(page.dpi.value_or(0)) + " dpi, confidence " + confidence
                      : std::string("text layer of the PDF"))
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
  auto* command = app.add_subcommand("show", "Print a document, or every document of a dossier");
  command->add_option("--store", options->store, "Store folder (default: $SOHOA_STORE or ./sohoa-data)");
  command->add_flag("--json", options->json, "JSON as in the export contract");
  command->add_option("id", options->id, "Document ID or dossier code")->required();
  return [options] {
    indexer::RecordStore store(indexer::StoreLayout::resolve(options->store), indexer::StoreAccess::ReadOnly);
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
      std::cerr << "sohoa show: no document or dossier '" << indexer::printable(options->id) << "' in the store\n";
      return kExitSomeFailed;
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
        std::cout << "Dossier " << indexer::printable(options->id) << ": " << documents.size() << " document(s)\n\n";
      for (const auto& document : documents) printDocument(document);
    }
    return kExitOk;
  };
}

}  // namespace sohoa::pipeline
