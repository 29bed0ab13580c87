#include <iostream>
#include <memory>

#include "indexer/assembly/DocumentJson.hpp"
#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/archive/ArchiveBuilder.hpp"
#include "pipeline/cli/Commands.hpp"

namespace sohoa::pipeline {

CommandAction addExportCommand(CLI::App& app) {
  struct Options {
    std::string store;
    bool jsonl = false;
    std::string dossier;
    std::string out;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand(
      "export",
      indexer::tr(
          "Every document as one JSON object a line (--jsonl), or a dossier's archive files (--dossier --out)"));
  command->add_option("--store", options->store,
                      indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data), or a PostgreSQL URL"));
  auto* jsonl = command->add_flag("--jsonl", options->jsonl, indexer::tr("JSON Lines on standard output"));
  auto* dossier =
      command->add_option("--dossier", options->dossier,
                          indexer::tr("A dossier's documents in chronological order as PDF/A files plus one XML"));
  auto* out = command->add_option("--out", options->out, indexer::tr("Folder for --dossier"))->needs(dossier);
  dossier->needs(out)->excludes(jsonl);
  command->callback([command, jsonl, dossier] {
    if (jsonl->count() == 0 && dossier->count() == 0) throw CLI::RequiredError("--jsonl or --dossier CODE --out DIR");
  });
  return [options] {
    auto store = indexer::RecordStore::open(options->store, indexer::StoreAccess::ReadOnly);
    if (!options->dossier.empty()) {
      const int count = exportDossier(store, options->dossier, options->out);
      std::cout << indexer::filled(
                       indexer::tr("%1 document(s) of %2 written to %3"),
                       {std::to_string(count), indexer::printable(options->dossier), indexer::printable(options->out)})
                << '\n';
      return kExitOk;
    }
    indexer::DocumentCatalog(store).forEach([](const indexer::DocumentRecord& document) {
      std::cout << indexer::documentToJson(document).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << '\n';
    });
    return kExitOk;
  };
}

}  // namespace sohoa::pipeline
