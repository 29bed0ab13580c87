#pragma once
// Which words of a block are a person's name: the capitalised words after `Ông`, `Bà` or
// `Ông/Bà`, and a run of capitalised syllables starting with one of the common family names
// (`Trần Phước Hiền`, `NGUYỄN VĂN A`). No language model knows the marks of a name, so the mark
// correction leaves these as read.
#include <vector>

#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

// One flag per word, in the order given.
std::vector<bool> personNames(const std::vector<Word*>& words);

}  // namespace sohoa::ocr
