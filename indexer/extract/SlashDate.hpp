#pragma once
// A date written with separators, `22/11/2024` (or `22-11-2024`, `22.11.2024`), as a paper
// prints it and a clerk types it, read as ISO. OCR's letters for digits inside it (`O3`, `l5`)
// are repaired as in any number extraction reads; the day must exist.
#include <optional>
#include <string>
#include <string_view>

namespace sohoa::indexer {

// A "dd/mm/yyyy" (or dd-mm-yyyy, dd.mm.yyyy) token as ISO.
std::optional<std::string> slashDate(std::string_view token);

}  // namespace sohoa::indexer
