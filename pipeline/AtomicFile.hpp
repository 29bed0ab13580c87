#pragma once
// Every file sohoa writes (originals, each page's hOCR and preview, archive PDFs and their
// XML, a report or a dossier exported) is written whole or not at all: under a temporary
// name unique to the process and the write (`<name>.<pid>-<n>.tmp`, so two runs sharing a
// store never write the same temporary), flushed to disk with fsync, then renamed over the
// final name, and the folder synced. A full disk (ENOSPC, EFBIG) or a killed run leaves at
// most a temporary file, never a short file under the final name, and the database names a
// file only once it is whole. Temporaries of processes that are gone are removed by
// `removeStaleTemporaries`; those of a live process (another run on the store) are left.
#include <filesystem>
#include <string_view>

namespace sohoa::pipeline {

// Throws std::runtime_error naming the file and the system's reason.
void writeFileAtomically(const std::filesystem::path& file, std::string_view bytes);
// The copy gets `permissions`; throws as above.
void copyFileAtomically(const std::filesystem::path& from, const std::filesystem::path& to,
                        std::filesystem::perms permissions);

// Removes, under `folder`, the temporary files of writes that did not finish (by processes no
// longer running, or by older versions' fixed names `.tmp`, `.part`); returns how many.
int removeStaleTemporaries(const std::filesystem::path& folder);

}  // namespace sohoa::pipeline
