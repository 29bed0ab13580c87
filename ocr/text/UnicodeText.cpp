#include "ocr/text/UnicodeText.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

namespace sohoa::ocr {

std::string toNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normaliser unavailable");
  const auto input = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (nfc->isNormalized(input, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  const icu::UnicodeString normalised = nfc->normalize(input, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalisation failed");
  std::string out;
  normalised.toUTF8String(out);
  return out;
}

std::string withoutMarks(std::string_view utf8) {
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normaliser unavailable");
  const auto input = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  const icu::UnicodeString parts = nfd->normalize(input, status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString letters;
  for (int32_t i = 0; i < parts.length();) {
    const UChar32 c = parts.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    // đ/Đ are letters of their own, with no decomposition: folded by hand.
    if (c == 0x0111)
      letters.append(static_cast<UChar32>('d'));
    else if (c == 0x0110 || c == 0x00D0)
      letters.append(static_cast<UChar32>('D'));
    else
      letters.append(c);
  }
  std::string out;
  letters.toUTF8String(out);
  return out;
}

}  // namespace sohoa::ocr
