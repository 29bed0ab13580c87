#pragma once
// The syllable model's text, generated at build time by ocr/text/make-syllable-model.py into the
// build tree (SyllableModelText.cpp there) from the dictionary and Vietnamese text on the
// machine. Only SyllableModel reads it.
#include <string_view>

namespace sohoa::ocr {

std::string_view syllableModelText();

}  // namespace sohoa::ocr
