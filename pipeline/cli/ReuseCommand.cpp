#include <cstdlib>
#include <iostream>
#include <memory>

#include "indexer/register/DossierRegister.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/cli/Commands.hpp"

namespace sohoa::pipeline {

CommandAction addReuseCommand(CLI::App& app) {
  struct Options {
    std::string store;
    std::string dossier;
    std::string document;
    std::string by;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand(
      "reuse", indexer::tr("Record that a dossier's component was taken from an already digitised document"));
  command->add_option("--store", options->store,
                      indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data), or a PostgreSQL URL"));
  command->add_option("--dossier", options->dossier, indexer::tr("The dossier that reuses it"))->required();
  command->add_option("--document", options->document, indexer::tr("The digitised document's ID (sohoa search, show)"))
      ->required();
  command->add_option("--by", options->by, indexer::tr("Who records it (default: $USER)"));
  return [options] {
    auto store = indexer::RecordStore::open(options->store, indexer::StoreAccess::Update);
    indexer::migrateStore(store);
    std::string by = options->by;
    if (by.empty()) by = std::getenv("USER") ? std::getenv("USER") : "unknown";
    indexer::recordReuse(store, options->dossier, options->document, by);
    std::cout << indexer::filled(indexer::tr("reuse recorded: dossier %1 <- document %2 (by %3)"),
                                 {indexer::printable(options->dossier), indexer::printable(options->document),
                                  indexer::printable(by)})
              << '\n';
    return kExitOk;
  };
}

}  // namespace sohoa::pipeline
