#pragma once
// The exit statuses of the `sohoa` command line, and the one place a kind of failure
// (indexer/store/StoreError) becomes one: a script tells "no such store" from "the store is
// busy, run me again later" from "the store is broken" without reading the message.
#include "indexer/store/StoreError.hpp"

namespace sohoa::pipeline {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;  // some inputs failed (each named), or any other failure
inline constexpr int kExitUsage = 2;       // wrong usage, or input the command cannot take
inline constexpr int kExitNotFound = 3;    // no store there, or no such record
inline constexpr int kExitBusy = 4;        // another program is writing the store: try again later
inline constexpr int kExitStorage = 5;     // the store cannot be read or written (damaged, full, read-only, too old)

int exitCodeFor(indexer::ErrorKind kind);

}  // namespace sohoa::pipeline
