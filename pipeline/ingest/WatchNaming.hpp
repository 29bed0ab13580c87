#pragma once
// Names in a watched scanner folder. A desk that scans a dossier's papers to a shared folder
// names the file after the dossier's code and what the papers are, as the provincial system
// prints the code: `000.21.25.H08-250106-0001_ketqua.pdf` is that dossier's result,
// `…_thanhphan.pdf` one of its components (`kết quả` / `thành phần`, with or without marks,
// `kq` / `tp`, or `result` / `component`); a file named by the code alone is filed under the
// dossier with its part read from its pages. Files handled are moved to done/ or failed/ under
// a name no earlier file holds there (`name (2).pdf`), so nothing dropped is ever overwritten.
#include <filesystem>
#include <optional>
#include <string>

#include "indexer/extract/DossierSplitter.hpp"

namespace sohoa::pipeline {

struct DossierFromName {
  std::string dossier;
  std::optional<indexer::DossierPart> part;
};

// The dossier a file's name files it under, or nothing when the name holds no dossier code.
std::optional<DossierFromName> dossierFromName(const std::filesystem::path& file);

// `folder / name`, or `folder / "stem (N)ext"` with the smallest N free.
std::filesystem::path freeNameIn(const std::filesystem::path& folder, const std::filesystem::path& name);

}  // namespace sohoa::pipeline
