#pragma once
// Identifiers as exact keys: CCCD (12 digits) and CMND (9 digits) numbers, dossier codes
// (000.00.21.H08-250314-0042), procedure codes (1.001193), and number/notation of documents
// (15/QĐ-UBND, 09/2025/QĐ-TTg). Keys are normalised so that what a clerk types
// (15/qd-ubnd, "15 QĐ UBND", 5/QĐ-UBND) meets what was printed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sohoa::indexer {

struct IdentifierKey {
  std::string kind;  // cccd, cmnd, dossier, procedure, notation
  std::string key;
  bool operator==(const IdentifierKey&) const = default;
};

// Every identifier-shaped string in a page's text, once each.
std::vector<IdentifierKey> identifiersInText(std::string_view text);
// A CCCD or CMND number as a person types it: groups split by spaces, dots or hyphens
// (`0930 8027 4288`), or a CCCD without its leading zero (11 digits: a spreadsheet keeps
// numbers as numbers), as the 12 or 9 stored digits; nothing for any other text.
std::optional<std::string> citizenNumberAsTyped(std::string_view typed);
// What a query means when all of it is one identifier (spaces allowed in a notation and in
// a citizen's number).
std::optional<IdentifierKey> identifierInQuery(std::string_view query);
// Numbers one OCR confusion away from `digits`: one digit changed, or two neighbours swapped.
std::vector<std::string> oneConfusionAway(const std::string& digits);

}  // namespace sohoa::indexer
