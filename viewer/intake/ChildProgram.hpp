#pragma once
// The `sohoa` program run as a child of the viewer (uploads read by `sohoa ingest`, pages
// scanned by `sohoa scan`): the viewer never links the pipeline, and a crash in reading a
// hostile file or in a scanner's driver cannot take it down. Children get OMP_THREAD_LIMIT=1
// (each runs its own OCR threads) and no standard input; their state lives in small JSON
// files replaced whole, so a reader never sees half of one.
#include <sys/types.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "indexer/store/StoreLayout.hpp"

namespace sohoa::viewer {

// The `sohoa` program beside this viewer (installed side by side, or in the build tree), or
// $SOHOA_PROGRAM.
std::filesystem::path sohoaProgram();

// Starts `sohoa` with `arguments` (after the program's name), stdout and stderr to `log`
// (appended to). Throws naming the program when it cannot start. The child is this viewer's
// own until `doneWaiting`.
pid_t startSohoa(const std::vector<std::string>& arguments, const std::filesystem::path& log);
// `sohoa ingest`'s first arguments for this store: `--store DIR`, or for a PostgreSQL store
// `--store URL --files ROOT --enqueue-only` (its workers read the pages).
std::vector<std::string> ingestArguments(const indexer::StoreLayout& layout);
// Waits for a child started above; true when it exited with 0.
bool waitForSohoa(pid_t pid);
// Called once how the child ended is written down. Until then its record says it runs while
// its process may be gone (reaped, its end about to be written): it is not lost.
void doneWaiting(pid_t pid);
// Whether a child its record says runs is lost: not one this viewer waits on (a viewer
// restarted while it ran lost the wait) and gone. A record read before this is asked may
// be stale: read it again before calling the child lost.
bool lostChild(pid_t pid);

// Runs `sohoa` with `arguments` to its end and returns what it wrote on stdout (at most 1 MB);
// `exitCode` gets its exit status.
std::string runSohoa(const std::vector<std::string>& arguments, int& exitCode);

// The name of an intake folder (an upload, a scan): when it began (UTC) and 8 random hex
// digits, so that names sort by time and two clerks never share one.
std::string newIntakeId();

void writeJsonFile(const std::filesystem::path& file, const nlohmann::ordered_json& value);
// The file's JSON, or a discarded value when it is missing or not JSON.
nlohmann::ordered_json readJsonFile(const std::filesystem::path& file);

}  // namespace sohoa::viewer
