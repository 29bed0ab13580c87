#include "indexer/text/PrintableText.hpp"

#include <cstdio>

namespace sohoa::indexer {
namespace {

// The length of the well-formed UTF-8 sequence at `at` and its code point, or 0.
std::size_t sequenceAt(std::string_view text, std::size_t at, char32_t& codePoint) {
  const auto lead = static_cast<unsigned char>(text[at]);
  std::size_t length = 0;
  char32_t minimum = 0;
  if (lead < 0x80) {
    codePoint = lead;
    return 1;
  }
  if (lead >= 0xC2 && lead <= 0xDF)
    length = 2, minimum = 0x80, codePoint = lead & 0x1F;
  else if (lead >= 0xE0 && lead <= 0xEF)
    length = 3, minimum = 0x800, codePoint = lead & 0x0F;
  else if (lead >= 0xF0 && lead <= 0xF4)
    length = 4, minimum = 0x10000, codePoint = lead & 0x07;
  else
    return 0;
  if (at + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[at + i]);
    if ((next & 0xC0) != 0x80) return 0;
    codePoint = (codePoint << 6) | (next & 0x3F);
  }
  if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) return 0;
  return length;
}

void escapeByte(std::string& out, unsigned char byte) {
  char escaped[8];
  std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
  out += escaped;
}

std::string printableUpTo(std::string_view text, LineBreaks lineBreaks, std::size_t characters) {
  std::string out;
  std::size_t shown = 0;
  for (std::size_t at = 0; at < text.size();) {
    if (shown == characters) return out + "…";
    char32_t codePoint = 0;
    const std::size_t length = sequenceAt(text, at, codePoint);
    const bool control = codePoint < 0x20 || codePoint == 0x7F || (codePoint >= 0x80 && codePoint < 0xA0);
    const bool keptBreak = lineBreaks == LineBreaks::Kept && (codePoint == '\n' || codePoint == '\t');
    if (length == 0) {
      escapeByte(out, static_cast<unsigned char>(text[at]));
      at += 1;
    } else if (control && !keptBreak) {
      for (std::size_t i = 0; i < length; ++i) escapeByte(out, static_cast<unsigned char>(text[at + i]));
      at += length;
    } else {
      out.append(text.substr(at, length));
      at += length;
    }
    ++shown;
  }
  return out;
}

}  // namespace

std::string printable(std::string_view text, LineBreaks lineBreaks) {
  return printableUpTo(text, lineBreaks, std::string_view::npos);
}

std::string printableShort(std::string_view text, std::size_t characters) {
  return printableUpTo(text, LineBreaks::Escaped, characters);
}

bool isValidUtf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    char32_t codePoint = 0;
    const std::size_t length = sequenceAt(text, at, codePoint);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

}  // namespace sohoa::indexer
