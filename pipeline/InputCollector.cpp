#include "pipeline/InputCollector.hpp"

#include <algorithm>

namespace sohoa::pipeline {

CollectedInputs collectInputs(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  CollectedInputs inputs;
  for (const auto& given : paths) {
    std::error_code error;
    const fs::path path(given);
    if (fs::is_regular_file(path, error)) {
      inputs.files.push_back({path, given, {}});
    } else if (fs::is_directory(path, error)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied))
        if (entry.is_regular_file() && !entry.path().filename().string().starts_with('.'))
          found.push_back(entry.path());
      std::sort(found.begin(), found.end());
      for (const auto& file : found) {
        const fs::path relative = fs::relative(file, path);
        const std::string folder =
            relative.parent_path().empty() ? given : (fs::path(given) / relative.parent_path()).string();
        inputs.files.push_back({file, (fs::path(given) / relative).string(), folder});
      }
    } else {
      inputs.missing.push_back(given);
    }
  }
  return inputs;
}

}  // namespace sohoa::pipeline
