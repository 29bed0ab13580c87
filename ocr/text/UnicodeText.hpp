#pragma once
// Unicode normalisation of text entering the system (ICU). Scanner software, Word files
// and Tesseract do not all emit NFC; everything stored and compared is NFC.
#include <string>
#include <string_view>

namespace sohoa::ocr {

std::string toNfc(std::string_view utf8);

// The letters without their tone and vowel marks (`ô`, `ơ`, `Ộ` as `o`, `o`, `O`); letters that
// are no letter and mark (`đ`, `Ø`) stay as they are.
std::string withoutMarks(std::string_view utf8);

}  // namespace sohoa::ocr
