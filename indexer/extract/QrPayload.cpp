#include "indexer/extract/QrPayload.hpp"

#include <cctype>
#include <vector>

#include "indexer/extract/CitizenId.hpp"
#include "indexer/extract/DossierCode.hpp"

namespace sohoa::indexer {

QrPayload readQrPayload(std::string_view text, int year) {
  // Tokens between separators: what the payload's keys and values are.
  std::vector<std::string_view> tokens;
  std::size_t start = 0;
  auto isSeparator = [](char c) {
    return c == '|' || c == ';' || c == ',' || c == ':' || c == '=' || c == '&' || c == '"' || c == '{' || c == '}' ||
           std::isspace(static_cast<unsigned char>(c));
  };
  for (std::size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || isSeparator(text[i])) {
      if (i > start) tokens.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  QrPayload payload;
  for (auto token : tokens) {
    if (!payload.dossierCode) payload.dossierCode = readDossierCode(token);
    if (!payload.procedureCode) payload.procedureCode = readProcedureCode(token);
    if (!payload.citizenId && token.size() == 12 && isValidCccd(token, year)) payload.citizenId = std::string(token);
  }
  return payload;
}

}  // namespace sohoa::indexer
