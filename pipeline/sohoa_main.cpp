// sohoa: digitise a commune's paper dossiers into searchable records.
#include <leptonica/allheaders.h>

#include <iostream>
#include <map>

#include "indexer/PrintableText.hpp"
#include "ocr/OpenMpThreadLimit.hpp"
#include "pipeline/Commands.hpp"

int main(int argc, char** argv) {
  sohoa::ocr::ensureSingleThreadedOpenMp(argv);
  // Leptonica reports its internal errors on stderr; sohoa reports failures itself, with
  // the file and page, so the library's own lines are turned off.
  setMsgSeverity(L_SEVERITY_NONE);
  using namespace sohoa::pipeline;
  CLI::App app{"sohoa: scanned dossiers in, searchable Vietnamese records out"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Help for every command");
  std::map<CLI::App*, CommandAction> actions;
  for (auto add : {addIngestCommand, addSearchCommand, addShowCommand, addExportCommand, addReindexCommand,
                   addReassembleCommand, addRegisterCommand, addReuseCommand, addReportCommand, addArchiveCommand,
                   addPreviewsCommand, addWatchCommand, addScanCommand}) {
    const std::size_t before = app.get_subcommands({}).size();
    auto action = add(app);
    actions[app.get_subcommands({})[before]] = std::move(action);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int status = app.exit(error);
    return status == 0 ? kExitOk : kExitUsage;
  }
  try {
    for (auto* command : app.get_subcommands()) return actions.at(command)();
  } catch (const std::exception& error) {
    std::cerr << "sohoa: " << sohoa::indexer::printable(error.what()) << '\n';
    return kExitSomeFailed;
  }
  return kExitUsage;
}
