#include "pipeline/ingest/InputCollector.hpp"

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
      const fs::path root = fs::weakly_canonical(path);
      for (const auto& entry : fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied)) {
        if (entry.path().filename().string().starts_with('.')) continue;
        if (entry.is_symlink(error)) {
          const fs::path target = fs::weakly_canonical(entry.path(), error);
          const auto inside = std::mismatch(root.begin(), root.end(), target.begin(), target.end()).first == root.end();
          if (error || !inside) {
            inputs.refusedLinks.push_back({(fs::path(given) / entry.path().lexically_relative(path)).string(),
                                           fs::read_symlink(entry.path(), error).string()});
            continue;
          }
        }
        if (entry.is_regular_file(error)) found.push_back(entry.path());
      }
      std::sort(found.begin(), found.end());
      std::sort(inputs.refusedLinks.begin(), inputs.refusedLinks.end(),
                [](const auto& a, const auto& b) { return a.link < b.link; });
      for (const auto& file : found) {
        const fs::path relative = file.lexically_relative(path);
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
