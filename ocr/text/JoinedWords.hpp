#pragma once
// Words Tesseract ran together: where the gap between two words is narrow or the line leans
// (a name under a signature, a heading on a curled copy), it reads `TạThếAn` for Tạ Thế An,
// `NGƯỜITIẾP NHẬNHỒ SƠ`, `LýKim Tuyết`, `ngày20`. Such a word is no syllable and its bare letters
// are none either (so it is no syllable with its marks misread, which MarkCorrection mends),
// but it parts into syllables the model's text uses, each of two letters or more (where a small
// letter runs on into a small letter, two the text has side by side), or into a syllable and a
// number. It is parted there, its box shared out by letters; the parts are then words
// like any other (their marks corrected, a name found in them). Only words with a Vietnamese
// letter (`ạ`, `Ư`, `đ`) are parted: English on a card (`IDENTITY`) and codes stay as read.
#include <cstddef>

#include "ocr/PageModel.hpp"
#include "ocr/text/SyllableModel.hpp"

namespace sohoa::ocr {

// Parts the page's run-together words in place; returns how many words were parted.
std::size_t splitJoinedWords(Page& page, const SyllableModel& model);

}  // namespace sohoa::ocr
