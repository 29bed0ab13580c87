#pragma once
// Dates of the dossier register: ISO `YYYY-MM-DD[ HH:MM[:SS]]` (also with a `T`) or
// `DD/MM/YYYY[ HH:MM[:SS]]`, kept as `YYYY-MM-DD HH:MM` so that text order is time order.
#include <optional>
#include <string>
#include <string_view>

namespace sohoa::indexer {

// The date-time in storage form, or nothing if it is not one of the forms or does not exist.
std::optional<std::string> readRegisterDate(std::string_view text);
// A day a person typed as a filter: `DD/MM/YYYY` (also `D/M/YYYY`) or ISO `YYYY-MM-DD`, as
// ISO; nothing for any other form or a day that does not exist (2025-13-45, 31/02/2025).
std::optional<std::string> readTypedDay(std::string_view text);
// Minutes from 2000-01-01 00:00 to a storage-form date-time (differences are durations).
long long minutesOf(const std::string& stored);

}  // namespace sohoa::indexer
