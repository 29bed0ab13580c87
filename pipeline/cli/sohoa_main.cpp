// sohoa: digitise a commune's paper dossiers into searchable records.
#include <leptonica/allheaders.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "ocr/engine/OpenMpThreadLimit.hpp"
#include "pipeline/cli/Commands.hpp"
#include "pipeline/cli/NearestCommand.hpp"
#include "pipeline/ingest/SaneDriver.hpp"

namespace {

// The first word that is no option, when it names no command: said so, with the command
// meant when one is near (CLI11 would say "arguments were not expected").
std::optional<std::string> unknownCommand(int argc, char** argv, const CLI::App& app) {
  std::vector<std::string> names;
  for (const auto* command : app.get_subcommands({})) names.push_back(command->get_name());
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word.starts_with("-")) continue;
    if (std::find(names.begin(), names.end(), word) != names.end()) return std::nullopt;
    const auto meant = sohoa::pipeline::nearestCommand(word, names);
    using sohoa::indexer::filled;
    using sohoa::indexer::tr;
    return meant ? filled(tr("'%1' is not a command; did you mean %2? (sohoa --help lists them)"),
                          {sohoa::indexer::printable(word), *meant})
                 : filled(tr("'%1' is not a command (sohoa --help lists them)"), {sohoa::indexer::printable(word)});
  }
  return std::nullopt;
}

// CLI11's own words in the help (labels, the help flag, the groups), in the reader's language.
// Set before the commands are added: each copies its parent's formatter, help flag and
// option defaults.
void speakReadersLanguage(CLI::App& app) {
  using sohoa::indexer::tr;
  auto formatter = app.get_formatter();
  for (const auto& [label, translated] :
       {std::pair{"Usage", tr("Usage")}, std::pair{"OPTIONS", tr("OPTIONS")},
        std::pair{"Positionals", tr("Positionals")}, std::pair{"REQUIRED", tr("REQUIRED")},
        std::pair{"Needs", tr("Needs")}, std::pair{"Excludes", tr("Excludes")},
        std::pair{"SUBCOMMAND", tr("SUBCOMMAND")}, std::pair{"SUBCOMMANDS", tr("SUBCOMMANDS")},
        std::pair{"Env", tr("Env")}})
    formatter->label(label, translated);
  app.set_help_flag("-h,--help", tr("Print this help message and exit"));
  app.option_defaults()->group(tr("Options"));
}

// The groups' headings in the help ("Options", "Subcommands") in the reader's language: the
// help flags each command made before its option defaults were set are moved in too.
void groupInReadersLanguage(CLI::App& app) {
  for (const char* flag : {"--help", "--help-all"})
    if (auto* option = app.get_option_no_throw(flag)) option->group(sohoa::indexer::tr("Options"));
  for (auto* command : app.get_subcommands({})) {
    command->group(sohoa::indexer::tr("Subcommands"));
    groupInReadersLanguage(*command);
  }
}

}  // namespace

int main(int argc, char** argv) {
  // The scanner's driver, started by `sohoa scan` itself (SaneDriver.hpp): not a command for people.
  if (argc > 1 && std::string_view(argv[1]) == sohoa::pipeline::kScanDriverCommand)
    sohoa::pipeline::runScanDriver(argc, argv);
  sohoa::ocr::ensureSingleThreadedOpenMp(argv);
  sohoa::indexer::useReadersLanguage();
  // Leptonica reports its internal errors on stderr; sohoa reports failures itself, with
  // the file and page, so the library's own lines are turned off.
  setMsgSeverity(L_SEVERITY_NONE);
  using namespace sohoa::pipeline;
  using sohoa::indexer::tr;
  CLI::App app{tr("sohoa: scanned dossiers in, searchable Vietnamese records out")};
  speakReadersLanguage(app);
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", tr("Help for every command"));
  app.set_version_flag("--version", "sohoa " SOHOA_VERSION, tr("Display program version information and exit"));
  std::map<CLI::App*, CommandAction> actions;
  for (auto add :
       {addIngestCommand, addSearchCommand, addShowCommand, addExportCommand, addReindexCommand, addReassembleCommand,
        addRegisterCommand, addReuseCommand, addReportCommand, addArchiveCommand, addPreviewsCommand, addWatchCommand,
        addScanCommand, addStoreCommand, addWorkerCommand, addQueueCommand}) {
    const std::size_t before = app.get_subcommands({}).size();
    auto action = add(app);
    actions[app.get_subcommands({})[before]] = std::move(action);
  }
  groupInReadersLanguage(app);
  if (const auto unknown = unknownCommand(argc, argv, app)) {
    std::cerr << "sohoa: " << *unknown << '\n';
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int status = app.exit(error);
    return status == 0 ? kExitOk : kExitUsage;
  }
  try {
    for (auto* command : app.get_subcommands()) return actions.at(command)();
  } catch (const sohoa::indexer::StoreError& error) {  // each kind its own status (ExitStatus.hpp)
    std::cerr << "sohoa: " << sohoa::indexer::printable(error.what()) << '\n';
    return exitCodeFor(error.kind());
  } catch (const std::exception& error) {
    std::cerr << "sohoa: " << sohoa::indexer::printable(error.what()) << '\n';
    return kExitSomeFailed;
  }
  return kExitUsage;
}
