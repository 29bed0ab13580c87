#pragma once
// Dossier codes (mã hồ sơ): {agency code}-{yyMMdd receipt date}-{4-digit sequence}, e.g.
// 000.00.21.H08-250314-0042 or 38.98.H29-210519-0003; procedure codes (mã TTHC) d.dddddd.
#include <optional>
#include <string>
#include <string_view>

namespace sohoa::indexer {

// The code, digit confusions repaired, if it has the format and a real receipt date.
std::optional<std::string> readDossierCode(std::string_view token);
// d.dddddd (a provincial suffix is dropped), digit confusions repaired.
std::optional<std::string> readProcedureCode(std::string_view token);

}  // namespace sohoa::indexer
