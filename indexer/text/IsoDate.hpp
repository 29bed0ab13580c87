#pragma once
// A day as the store and every export keep it, yyyy-mm-dd, made only from a day that exists
// (no 30 February) in the years papers of a commune office can carry (1900–2100): what
// extraction, a clerk's correction and the register's dates all check a day against.
#include <optional>
#include <string>

namespace sohoa::indexer {

// ISO date if day/month/year exist.
std::optional<std::string> isoDate(int day, int month, int year);

}  // namespace sohoa::indexer
