#pragma once
// The subcommands of the `sohoa` program. Each adds itself to the command line and returns
// the action to run once the arguments are parsed; the action returns the exit status.
#include <CLI/CLI.hpp>
#include <functional>

namespace sohoa::pipeline {

using CommandAction = std::function<int()>;

CommandAction addIngestCommand(CLI::App& app);
CommandAction addSearchCommand(CLI::App& app);
CommandAction addShowCommand(CLI::App& app);
CommandAction addExportCommand(CLI::App& app);

// Exit statuses of the command-line contract.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;

}  // namespace sohoa::pipeline
