#pragma once
// A labelled number Tesseract read with little confidence (`Số: 192` at 0.6, `Số chứng thực:
// 986` at 0.8), read again alone: a certificate's register number has no notation to check
// it by, so extraction leaves an unsure one for a clerk. The word's stretch of the line, up to
// the next word, is read again as one line (DigitReread); where that reading is the very same
// digits, surely, the two readings agree and the word takes the re-read's confidence. Any other
// outcome — other digits, a digit more that the first read missed (`5` for a handwritten 58),
// letters, an unsure re-read — leaves the word as it was.
#include "ocr/PageModel.hpp"
#include "ocr/reread/DigitReread.hpp"

struct Pix;

namespace sohoa::ocr {

// Numbers of up to this many digits are re-read (register and certification numbers; a
// CCCD's 12 digits have their own checks).
inline constexpr std::size_t kLongestUnsureNumber = 6;

// `image`: the pixels the page's word boxes refer to. Returns how many words were confirmed.
int confirmUnsureNumbers(Pix* image, Page& page, const DigitReader& reread);

}  // namespace sohoa::ocr
