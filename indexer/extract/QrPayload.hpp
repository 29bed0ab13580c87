#pragma once
// What a QR code on a receipt or result says. The national platform's codes carry at least
// the dossier code, the procedure code, the applicant's identifier and the document's name,
// in no format fixed by law, so each is recognised by its own shape wherever it stands.
#include <optional>
#include <string>
#include <string_view>

namespace sohoa::indexer {

struct QrPayload {
  std::optional<std::string> dossierCode;
  std::optional<std::string> procedureCode;
  std::optional<std::string> citizenId;  // a valid CCCD number
};

// `year`: this year, after which no CCCD holder is born.
QrPayload readQrPayload(std::string_view text, int year);

}  // namespace sohoa::indexer
