#pragma once
// Citizens' cards photocopied on an A4 sheet, each read as one piece. A card (ID-1 size, 85.6 ×
// 54 mm) copies as a grey rounded rectangle, or as its outline on a bilevel copy; front and back
// often stand side by side. Tesseract joins words on one baseline across both cards into one
// line and orders its blocks row by row, so the front's fields and the back's came out
// interleaved (`CĂN CƯỚC`, then the back's `Nơi cư trú`, then the front's `IDENTITY CARD`).
// The cards are found by their shape (OpenCV contours on a small copy: a filled or outlined
// rectangle of a card's size and proportions, darker than the page's paper or than the paper
// around it on a copy lit unevenly), and the page's words are regrouped so that each
// card's lines come together, the cards in reading order (left before right, top before bottom)
// where the first of them is met, each card's blocks row by row from its top; words outside any
// card keep their place.
#include <vector>

#include "ocr/PageModel.hpp"

struct Pix;

namespace sohoa::ocr {

// The cards on `image` (any depth, scanned at `dpi`), as boxes on its pixels.
std::vector<Box> findCards(Pix* image, int dpi);

// Splits lines that cross a card's edge and puts each card's blocks together. Nothing changes
// when `cards` is empty.
void readCardsInOrder(Page& page, const std::vector<Box>& cards);

}  // namespace sohoa::ocr
