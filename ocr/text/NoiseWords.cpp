#include "ocr/text/NoiseWords.hpp"

#include <algorithm>
#include <string>

namespace sohoa::ocr {
namespace {

// Under this Tesseract doubts the word (its 0.9+ for print, 0.5-0.7 for print it half saw).
constexpr float kUnsure = 0.7f;
constexpr std::size_t kMostLetters = 2;

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Letters in UTF-8 text: ASCII ones, and the Latin letters with marks (Vietnamese), whose lead
// bytes are 0xC3-0xC6 (À-ƿ) or 0xE1 0xBA/0xBB (Ạ-ỹ). Symbols (`¬`, `—`, `ˆ`) are none of these.
// Not WordParts' lettersAndDigits: to ICU a modifier such as `ˆ` is a letter, and noise reads as
// such marks (measured: CER a little higher with it, every card kind).
std::size_t lettersIn(const std::string& text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (isAsciiLetter(text[i])) {
      ++count;
    } else if (c >= 0xC3 && c <= 0xC6) {
      ++count;
      ++i;
    } else if (c == 0xE1 && i + 1 < text.size() &&
               (static_cast<unsigned char>(text[i + 1]) == 0xBA || static_cast<unsigned char>(text[i + 1]) == 0xBB)) {
      ++count;
      i += 2;
    }
  }
  return count;
}

bool hasDigit(const std::string& text) { return std::any_of(text.begin(), text.end(), isDigit); }

bool kept(const Word& word) { return word.source == WordSource::Handwriting || word.confidence >= kUnsure; }

bool isNoiseLine(const Line& line) {
  std::size_t letters = 0;
  for (const auto& word : line.words) {
    if (kept(word) || hasDigit(word.text)) return false;
    letters += lettersIn(word.text);
  }
  return letters <= kMostLetters;
}

}  // namespace

bool isNoiseWord(const Word& word) { return !kept(word) && !hasDigit(word.text) && lettersIn(word.text) == 0; }

std::size_t dropNoiseWords(Page& page) {
  std::size_t dropped = 0;
  for (auto& block : page.blocks) {
    for (auto& line : block.lines) {
      dropped += std::erase_if(line.words, isNoiseWord);
      if (!line.words.empty() && isNoiseLine(line)) {
        dropped += line.words.size();
        line.words.clear();
      }
    }
    std::erase_if(block.lines, [](const Line& line) { return line.words.empty(); });
  }
  std::erase_if(page.blocks, [](const Block& block) { return block.lines.empty(); });
  return dropped;
}

}  // namespace sohoa::ocr
