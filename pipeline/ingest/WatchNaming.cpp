#include "pipeline/ingest/WatchNaming.hpp"

#include <array>
#include <cctype>
#include <string_view>
#include <utility>

#include "indexer/extract/DossierCode.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::pipeline {

namespace fs = std::filesystem;

namespace {

// The letters of the words after the code, marks and case dropped: "Kết quả" -> "ketqua".
std::string foldedLetters(const std::string& text) {
  std::string letters;
  for (unsigned char c : indexer::foldMarks(indexer::lowerCase(text)))
    if (std::isalnum(c)) letters += static_cast<char>(c);
  return letters;
}

std::optional<indexer::DossierPart> partFromWords(const std::string& words) {
  using indexer::DossierPart;
  static const std::array<std::pair<std::string_view, DossierPart>, 7> prefixes = {{
      {"ketqua", DossierPart::Result},
      {"result", DossierPart::Result},
      {"kq", DossierPart::Result},
      {"thanhphan", DossierPart::Component},
      {"component", DossierPart::Component},
      {"tp", DossierPart::Component},
      {"hoso", DossierPart::Component},
  }};
  const std::string letters = foldedLetters(words);
  for (const auto& [prefix, part] : prefixes)
    if (letters.starts_with(prefix)) return part;
  return std::nullopt;
}

}  // namespace

std::optional<DossierFromName> dossierFromName(const fs::path& file) {
  const std::string stem = fs::is_directory(file) ? file.filename().string() : file.stem().string();
  const std::size_t cut = stem.find_first_of("_ ");
  const auto code = indexer::readDossierCode(stem.substr(0, cut));
  if (!code) return std::nullopt;
  DossierFromName named{*code, std::nullopt};
  if (cut != std::string::npos) named.part = partFromWords(stem.substr(cut + 1));
  return named;
}

fs::path freeNameIn(const fs::path& folder, const fs::path& name) {
  fs::path candidate = folder / name;
  for (int n = 2; fs::exists(candidate) || fs::is_symlink(candidate); ++n)
    candidate = folder / (name.stem().string() + " (" + std::to_string(n) + ")" + name.extension().string());
  return candidate;
}

}  // namespace sohoa::pipeline
