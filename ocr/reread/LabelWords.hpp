#pragma once
// The printed label before a form's handwritten blank (`Số định danh cá nhân:`, `Ngày, tháng, năm
// đăng ký:`), found by its words' bare letters whatever marks and punctuation OCR gave them, and
// the printed word that ends the blank.
#include <optional>
#include <string>
#include <vector>

#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

// A word's bare letters as a Vietnamese syllable (`nhân:` → `nhan`), `cccd` for the card's
// abbreviation; empty for anything else.
std::string labelSkeleton(const Word& word);

// The index in `line` of the last word of the first of `labels` (each a run of bare letters) found there.
std::optional<std::size_t> labelEnd(const Line& line, const std::vector<std::vector<std::string>>& labels);

// The box of the label's typical word, from the label's last words ending at `end`: their median
// height (Tesseract now and then stretches one word's box over a streak or a rule under it:
// `nhân:` 84 px high beside `danh` 36, and the blank looked at would take in the rule), the x of
// the word at `end`.
Box labelLetters(const Line& line, std::size_t end);

// Read surely as a Vietnamese syllable of two letters or more: printed, not handwriting.
bool printedWord(const Word& word);

}  // namespace sohoa::ocr
