#include "ocr/text/WordParts.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace sohoa::ocr {
namespace {

constexpr std::array<std::string_view, 7> kOpening = {"\"", "'", "“", "‘", "(", "[", "«"};
constexpr std::array<std::string_view, 14> kClosing = {"\"", "'", "”", "’", ")", "]", "»",
                                                       ".",  ",", ";", ":", "!", "?", "…"};

}  // namespace

WordParts splitPunctuation(std::string_view text) {
  WordParts parts{{}, text, {}};
  for (bool more = true; more;) {
    more = false;
    for (auto mark : kOpening)
      if (parts.core.starts_with(mark)) {
        parts.core.remove_prefix(mark.size());
        more = true;
      }
  }
  parts.lead = text.substr(0, text.size() - parts.core.size());
  for (bool more = true; more;) {
    more = false;
    for (auto mark : kClosing)
      if (parts.core.ends_with(mark)) {
        parts.core.remove_suffix(mark.size());
        more = true;
      }
  }
  parts.trail = text.substr(parts.lead.size() + parts.core.size());
  return parts;
}

bool endsClause(std::string_view trail) { return !trail.empty() && !trail.ends_with("'") && !trail.ends_with("’"); }

bool isNumber(std::string_view core) {
  return core.find_first_of("0123456789") != std::string_view::npos &&
         core.find_first_not_of("0123456789.,/-") == std::string_view::npos;
}

int lettersAndDigits(std::string_view text) {
  int count = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    count += u_isalnum(c) ? 1 : 0;
  }
  return count;
}

}  // namespace sohoa::ocr
