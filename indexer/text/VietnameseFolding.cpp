#include "indexer/text/VietnameseFolding.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

#include "ocr/text/UnicodeText.hpp"

namespace sohoa::indexer {
namespace {

bool isAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

icu::UnicodeString fromUtf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string toUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

const icu::Normalizer2& composer() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* instance = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU normaliser unavailable");
  return *instance;
}

}  // namespace

std::string lowerCase(std::string_view word) {
  if (isAscii(word)) {
    std::string out(word);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
  }
  icu::UnicodeString text = fromUtf8(word);
  text.toLower(icu::Locale::getRoot());
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString composed = composer().normalize(text, status);
  return toUtf8(U_SUCCESS(status) ? composed : text);
}

std::string upperCase(std::string_view text) {
  icu::UnicodeString unicode = fromUtf8(text);
  unicode.toUpper(icu::Locale::getRoot());
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString composed = composer().normalize(unicode, status);
  return toUtf8(U_SUCCESS(status) ? composed : unicode);
}

std::string foldMarks(std::string_view word) { return ocr::withoutMarks(word); }

std::string foldedLowerCase(std::string_view text) { return lowerCase(foldMarks(text)); }

bool hasMarks(std::string_view word) { return !isAscii(word) && foldMarks(word) != word; }

LetterCases letterCases(std::string_view word) {
  LetterCases out;
  const icu::UnicodeString text = fromUtf8(word);
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 point = text.char32At(i);
    if (u_isupper(point)) ++out.upper;
    if (u_islower(point)) ++out.lower;
  }
  return out;
}

}  // namespace sohoa::indexer
