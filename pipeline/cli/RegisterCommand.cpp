#include <fstream>
#include <iostream>
#include <memory>

#include "indexer/register/DossierRegister.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/cli/Commands.hpp"

namespace sohoa::pipeline {

CommandAction addRegisterCommand(CLI::App& app) {
  struct Options {
    std::string store;
    std::string file;
    std::string proceduresFile;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("register", indexer::tr("The desk's dossier register and the procedure table"));
  command->add_option("--store", options->store,
                      indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data), or a PostgreSQL URL"));
  command->require_subcommand(1);
  auto* import = command->add_subcommand(
      "import",
      indexer::tr("Import the register exported by the one-stop system (UTF-8 CSV; see README); again updates rows"));
  import->add_option("--store", options->store,
                     indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data), or a PostgreSQL URL"));
  import->add_option("file", options->file, indexer::tr("The register, CSV"))->required()->check(CLI::ExistingFile);
  auto* procedures = command->add_subcommand(
      "procedures",
      indexer::tr("Replace the procedure table with the commune's own (TSV: code, name, field, result_document, "
                  "paper_result yes/no)"));
  procedures->add_option("--store", options->store,
                         indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data), or a PostgreSQL URL"));
  procedures->add_option("file", options->proceduresFile, indexer::tr("The table, TSV with a header row"))
      ->required()
      ->check(CLI::ExistingFile);
  return [options, import] {
    auto store = indexer::RecordStore::open(options->store, indexer::StoreAccess::Update);
    indexer::migrateStore(store);
    if (!import->parsed()) {
      std::ifstream in(options->proceduresFile);
      const int count = indexer::replaceProcedures(store, in);
      std::cout << indexer::filled(indexer::tr("%1 procedure(s) in the table"), {std::to_string(count)}) << '\n';
      return kExitOk;
    }
    std::ifstream in(options->file, std::ios::binary);
    const auto report = indexer::importRegister(store, in);
    for (const auto& problem : report.problems)
      std::cerr << "sohoa: "
                << indexer::filled(indexer::tr("%1: line %2: %3"),
                                   {indexer::printable(options->file), std::to_string(problem.line),
                                    indexer::printable(problem.reason)})
                << '\n';
    std::cout << indexer::filled(indexer::tr("register: %1 dossier(s) added, %2 updated"),
                                 {std::to_string(report.added), std::to_string(report.updated)});
    if (!report.problems.empty())
      std::cout << indexer::filled(indexer::tr(", %1 row(s) refused (see above)"),
                                   {std::to_string(report.problems.size())});
    std::cout << '\n';
    return report.problems.empty() ? kExitOk : kExitSomeFailed;
  };
}

}  // namespace sohoa::pipeline
