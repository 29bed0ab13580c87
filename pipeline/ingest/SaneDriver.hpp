#pragma once
// The scanner's driver in a process of its own (`sohoa scan-driver`, started by SaneScanner).
// A SANE backend runs inside the program that calls it, threads and all; one that hangs or
// crashes (a reader thread cancelled inside malloc leaves a lock held for good, seen after a
// jam) would take the scan, or the viewer's intake, down with it. In a process of its own it
// is stopped with SIGKILL instead, and the pages already saved are kept.
#include "pipeline/ingest/SaneScanner.hpp"

namespace sohoa::pipeline {

// The name of the hidden command sohoa runs its driver process with.
inline constexpr const char* kScanDriverCommand = "scan-driver";

// `sohoa scan-driver DEVICE SOURCE MODE DPI`, with the socket to SaneScanner as standard
// input: opens the device and serves pages until told to quit or the socket closes. Ends the
// process itself (_exit): nothing of sohoa's runs after a backend.
[[noreturn]] void runScanDriver(int argc, char** argv);

}  // namespace sohoa::pipeline
