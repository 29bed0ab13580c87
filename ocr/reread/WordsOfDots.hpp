#pragma once
// Words Tesseract read out of a dotted leader or a scan's specks: `Hồ Thu Vy Hàm š`, the leader's
// dots after the name read as two more words, which spoil the name (its confidence is the least of
// its words') and the text. Such a word is read unsurely, and no piece of ink in its box stands a
// quarter as tall as the line's letters: a letter's stem does, even broken into the specks of a
// halftoned card copy (18 pixels of 60-pixel word boxes measured there); a leader's dot or a speck
// (1–8 pixels) never. A word with a digit stays (a handwritten day, a number).
#include <cstddef>

#include "ocr/PageModel.hpp"

struct Pix;

namespace sohoa::ocr {

// `image` is the page as read (any depth, upright, straightened); returns how many words went.
std::size_t dropWordsOfDots(Pix* image, Page& page);

}  // namespace sohoa::ocr
