#pragma once
// Unicode normalisation of text entering the system (ICU). Scanner software, Word files
// and Tesseract do not all emit NFC; everything stored and compared is NFC.
#include <string>
#include <string_view>

namespace sohoa::ocr {

std::string toNfc(std::string_view utf8);

// The letters without their tone and vowel marks (`ô`, `ơ`, `Ộ` as `o`, `o`, `O`), `đ`/`Đ` as
// `d`/`D` (and `Ð`, which OCR returns for `Đ` now and then); case is kept. The indexer's folding
// (indexer/text/VietnameseFolding) is this. Text ICU cannot normalise is returned as it is.
std::string withoutMarks(std::string_view utf8);

}  // namespace sohoa::ocr
