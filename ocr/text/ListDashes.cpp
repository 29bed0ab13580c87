#include "ocr/text/ListDashes.hpp"

#include <string>

#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

bool readAsDash(const std::string& text) { return text == "~" || text == "\xC2\xAC"; }  // ~ or ¬

// A word proper: no punctuation before it, letters in it, not a number.
bool isWord(const std::string& text) {
  const WordParts parts = splitPunctuation(text);
  return parts.lead.empty() && !parts.core.empty() && !isNumber(parts.core) && lettersAndDigits(parts.core) > 0;
}

}  // namespace

std::size_t mendListDashes(Page& page) {
  std::size_t mended = 0;
  for (auto& block : page.blocks)
    for (auto& line : block.lines)
      if (line.words.size() >= 2 && readAsDash(line.words[0].text) && isWord(line.words[1].text)) {
        line.words[0].text.assign(1, '-');
        ++mended;
      }
  return mended;
}

}  // namespace sohoa::ocr
