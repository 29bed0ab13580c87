#pragma once
// Personal identification numbers (CCCD, 12 digits): province code of birth registration,
// a century-and-sex digit, two digits of the birth year, six more digits. A number is
// valid only if its province exists and the birth year is not in the future. Old identity
// card numbers (CMND) have 9 digits and no structure to check.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sohoa::indexer {

// Why `digits` is not a valid CCCD number, or nothing when it is.
std::optional<std::string> cccdProblem(std::string_view digits, int currentYear);
bool isValidCccd(std::string_view digits, int currentYear);
// The birth year a valid CCCD number encodes.
int cccdBirthYear(std::string_view digits);

// OCR's usual misreadings inside a number (O/o/D→0, l/I/i/|→1, S/s→5, B→8, Z→2) mapped to
// the digit; nothing if the token has other letters or fewer than `minimumDigits` real digits.
std::optional<std::string> repairedDigits(std::string_view token, std::size_t minimumDigits);

int currentYear();

// Digits in which two numbers of the same length differ (SIZE_MAX when their lengths differ).
std::size_t differingDigits(std::string_view a, std::string_view b);

}  // namespace sohoa::indexer
