#include "indexer/extract/CitizenId.hpp"

#include <cctype>
#include <chrono>
#include <cstdint>

#include "indexer/extract/DomainTables.hpp"

namespace sohoa::indexer {

std::optional<std::string> cccdProblem(std::string_view digits, int year) {
  if (digits.size() != 12) return "not 12 digits";
  for (char c : digits)
    if (!std::isdigit(static_cast<unsigned char>(c))) return "not all digits";
  if (!provinceCodes().contains(std::string(digits.substr(0, 3))))
    return "no province has code " + std::string(digits.substr(0, 3));
  if (cccdBirthYear(digits) > year) return "birth year " + std::to_string(cccdBirthYear(digits)) + " is in the future";
  return std::nullopt;
}

bool isValidCccd(std::string_view digits, int year) { return !cccdProblem(digits, year); }

int cccdBirthYear(std::string_view digits) {
  // 0/1: 1900s (male/female), 2/3: 2000s, 4/5: 2100s, ...
  const int century = 1900 + (digits[3] - '0') / 2 * 100;
  return century + (digits[4] - '0') * 10 + (digits[5] - '0');
}

std::optional<std::string> repairedDigits(std::string_view token, std::size_t minimumDigits) {
  std::string out;
  std::size_t realDigits = 0;
  for (char c : token) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      out += c;
      ++realDigits;
      continue;
    }
    switch (c) {
      case 'O':
      case 'o':
      case 'D':
      case 'Q':
        out += '0';
        break;
      case 'l':
      case 'I':
      case 'i':
      case '|':
      case '!':
        out += '1';
        break;
      case 'S':
      case 's':
        out += '5';
        break;
      case 'B':
        out += '8';
        break;
      case 'Z':
      case 'z':
        out += '2';
        break;
      default:
        return std::nullopt;
    }
  }
  if (realDigits < minimumDigits) return std::nullopt;
  return out;
}

int currentYear() {
  const auto today =
      std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  return static_cast<int>(today.year());
}

std::size_t differingDigits(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return SIZE_MAX;
  std::size_t count = 0;
  for (std::size_t i = 0; i < a.size(); ++i) count += a[i] != b[i] ? 1 : 0;
  return count;
}

}  // namespace sohoa::indexer
