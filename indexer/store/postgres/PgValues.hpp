#pragma once
// Values every PostgreSQL writer binds the same way: numbers as text in full precision, and
// the time now as the ISO text SQLite's strftime('%Y-%m-%dT%H:%M:%SZ', 'now') gives, so both
// stores keep the same timestamps.
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

#include "indexer/store/postgres/PgConnection.hpp"

namespace sohoa::indexer {

inline constexpr const char* kPgNowText = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

inline PgValue pgNumber(double value) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%.17g", value);
  return PgValue::text(digits);
}

inline PgValue pgNumber(std::int64_t value) { return PgValue::text(std::to_string(value)); }

inline PgValue pgOptionalText(const std::optional<std::string>& value) {
  return value ? PgValue::text(*value) : PgValue::null();
}

}  // namespace sohoa::indexer
