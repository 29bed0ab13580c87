#pragma once
// Dates of the dossier register: ISO `YYYY-MM-DD[ HH:MM[:SS]]` (also with a `T`) or
// `DD/MM/YYYY[ HH:MM[:SS]]`, kept as `YYYY-MM-DD HH:MM` so that text order is time order.
#include <optional>
#include <string>
#include <string_view>

namespace sohoa::indexer {

// The date-time in storage form, or nothing if it is not one of the forms or does not exist.
std::optional<std::string> readRegisterDate(std::string_view text);
// Minutes from 2000-01-01 00:00 to a storage-form date-time (differences are durations).
long long minutesOf(const std::string& stored);

}  // namespace sohoa::indexer
