#pragma once
// The subcommands of the `sohoa` program. Each adds itself to the command line and returns
// the action to run once the arguments are parsed; the action returns the exit status.
#include <CLI/CLI.hpp>
#include <functional>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "pipeline/cli/ExitStatus.hpp"

namespace sohoa::pipeline {

using CommandAction = std::function<int()>;

CommandAction addIngestCommand(CLI::App& app);
CommandAction addSearchCommand(CLI::App& app);
CommandAction addShowCommand(CLI::App& app);
CommandAction addExportCommand(CLI::App& app);
CommandAction addReindexCommand(CLI::App& app);
CommandAction addReassembleCommand(CLI::App& app);
CommandAction addRegisterCommand(CLI::App& app);
CommandAction addReuseCommand(CLI::App& app);
CommandAction addReportCommand(CLI::App& app);
CommandAction addArchiveCommand(CLI::App& app);
CommandAction addPreviewsCommand(CLI::App& app);
CommandAction addWatchCommand(CLI::App& app);
CommandAction addScanCommand(CLI::App& app);
CommandAction addStoreCommand(CLI::App& app);
CommandAction addWorkerCommand(CLI::App& app);
CommandAction addQueueCommand(CLI::App& app);

// Indexes what an upgrade left unindexed before new work starts.
void catchUpIndex(indexer::RecordStore& store, bool showProgress);

}  // namespace sohoa::pipeline
