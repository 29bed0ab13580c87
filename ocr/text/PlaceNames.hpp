#pragma once
// Which words of a block are a place's name: the capitalised words after a word naming a kind of
// place (`xã Nghi Trung`, `huyện Nghi Lộc`, `tỉnh Bình Định`, `Thôn Vĩnh Lộc`), and those of a
// dateline before its `, ngày` (`Nghi Trung, ngày 14 tháng 4`). Like a person's name, a place's
// marks are its own: the language model, which has seen `nghị` beside `trung` in `Nghị định`
// text, made `Nghi Trung` into `Nghị Trung`. The mark correction leaves these as read.
#include <vector>

#include "ocr/PageModel.hpp"

namespace sohoa::ocr {

// One flag per word, in the order given.
std::vector<bool> placeNames(const std::vector<Word*>& words);

}  // namespace sohoa::ocr
