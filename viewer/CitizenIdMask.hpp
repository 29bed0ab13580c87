#pragma once
// What an auditor sees of a personal identification number: its first 3 digits (the
// province) and last 2, the rest as '*' ("052*******34"). Any run of exactly 9 or 12
// digits in a text is taken for one.
#include <string>
#include <string_view>

namespace sohoa::viewer {

std::string maskedCitizenIds(std::string_view text);
bool looksLikeCitizenId(std::string_view token);

}  // namespace sohoa::viewer
