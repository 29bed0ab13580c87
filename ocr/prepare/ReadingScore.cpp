#include "ocr/prepare/ReadingScore.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string_view>

namespace sohoa::ocr {
namespace {

// Letters (or digits) the word is made of, 0 when it mixes them or holds anything else
// but closing punctuation.
int cleanLetters(std::string_view word) {
  while (!word.empty() && std::string_view(".,;:)!?\"'").find(word.back()) != std::string_view::npos)
    word.remove_suffix(1);
  while (!word.empty() && std::string_view("(\"'").find(word.front()) != std::string_view::npos) word.remove_prefix(1);
  int letters = 0, digits = 0, other = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
    if (u_isalpha(c))
      ++letters;
    else if (u_isdigit(c))
      ++digits;
    else if (c != '/' && c != '-')
      ++other;
  }
  if (other > 0 || (letters > 0 && digits > 0)) return 0;
  return letters + digits;
}

}  // namespace

bool mostWordsStandUp(const Page& page) {
  std::size_t longWords = 0, standing = 0;
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words)
        if (word.text.size() >= 4) {
          ++longWords;
          standing += word.box.height() > word.box.width() ? 1 : 0;
        }
  return longWords > 0 && standing * 2 > longWords;
}

double readingScore(const Page& page) {
  double score = 0;
  for (const auto& block : page.blocks)
    for (const auto& line : block.lines)
      for (const auto& word : line.words) {
        if (word.text.starts_with("IDVNM")) score += 1000;  // a card's machine-readable zone
        const int letters = cleanLetters(word.text);
        if (letters >= 2) score += letters * word.confidence;
      }
  return mostWordsStandUp(page) ? score / 4 : score;
}

}  // namespace sohoa::ocr
