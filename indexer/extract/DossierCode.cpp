#include "indexer/extract/DossierCode.hpp"

#include <cctype>
#include <vector>

#include "indexer/extract/CitizenId.hpp"
#include "indexer/text/IsoDate.hpp"
#include "indexer/text/TextSplitting.hpp"

namespace sohoa::indexer {
namespace {

std::optional<std::string> digitsOfLength(std::string_view token, std::size_t length) {
  auto digits = repairedDigits(token, length > 2 ? length - 2 : 1);
  if (!digits || digits->size() != length) return std::nullopt;
  return digits;
}

}  // namespace

std::optional<std::string> readDossierCode(std::string_view token) {
  const auto parts = splitAt(token, '-');
  if (parts.size() != 3) return std::nullopt;
  const auto groups = splitAt(parts[0], '.');
  if (groups.size() < 3 || groups.size() > 4) return std::nullopt;
  std::string agency;
  for (std::size_t i = 0; i + 1 < groups.size(); ++i) {
    const auto digits = repairedDigits(groups[i], 1);
    if (!digits || digits->size() < 2 || digits->size() > 3) return std::nullopt;
    agency += *digits + ".";
  }
  // The last group is a letter and two digits (H08): the province of the agency.
  const std::string_view last = groups.back();
  if (last.size() != 3 || !std::isalpha(static_cast<unsigned char>(last[0]))) return std::nullopt;
  const auto province = digitsOfLength(last.substr(1), 2);
  if (!province) return std::nullopt;
  agency += static_cast<char>(std::toupper(static_cast<unsigned char>(last[0]))) + *province;
  const auto date = digitsOfLength(parts[1], 6);
  const auto sequence = digitsOfLength(parts[2], 4);
  if (!date || !sequence) return std::nullopt;
  if (!isoDate(std::stoi(date->substr(4, 2)), std::stoi(date->substr(2, 2)), 2000 + std::stoi(date->substr(0, 2))))
    return std::nullopt;
  return agency + "-" + *date + "-" + *sequence;
}

std::optional<std::string> readProcedureCode(std::string_view token) {
  if (token.size() < 8 || token[1] != '.') return std::nullopt;
  if (token.size() > 8 && token[8] != '.') return std::nullopt;
  const auto head = repairedDigits(token.substr(0, 1), 1);
  const auto body = digitsOfLength(token.substr(2, 6), 6);
  if (!head || !body || (*head != "1" && *head != "2" && *head != "3")) return std::nullopt;
  return *head + "." + *body;
}

}  // namespace sohoa::indexer
