#pragma once
// Expands the paths a clerk gives (files and folders, recursively, in name order) into the
// files to ingest, each remembered by the path as given joined with its path in the folder.
// A symbolic link inside a folder is followed only when it leads to something inside that
// folder: one leading out of it (to /etc/passwd, to another office's share) is refused and
// named with where it points, never read.
#include <filesystem>
#include <string>
#include <vector>

namespace sohoa::pipeline {

struct InputFile {
  std::filesystem::path file;
  std::string givenPath;
  std::string folder;  // the folder it was found in (as given, joined), empty for a file given by name
};

struct CollectedInputs {
  std::vector<InputFile> files;
  std::vector<std::string> missing;  // given paths that do not exist
  struct RefusedLink {
    std::string link;    // as given, joined with its path in the folder
    std::string target;  // where it points
  };
  std::vector<RefusedLink> refusedLinks;  // links out of a folder given
};

CollectedInputs collectInputs(const std::vector<std::string>& paths);

}  // namespace sohoa::pipeline
