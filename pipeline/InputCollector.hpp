#pragma once
// Expands the paths a clerk gives (files and folders, recursively, in name order) into the
// files to ingest, each remembered by the path as given joined with its path in the folder.
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
};

CollectedInputs collectInputs(const std::vector<std::string>& paths);

}  // namespace sohoa::pipeline
