#pragma once
// A part of a page read again on its own: the steps that re-read (missed lines, lines crossed
// by a seal, names) cut a place out of the page, maybe clean or enlarge it, read it, and need
// the words back where they lie on the page.
#include <vector>

#include "ocr/PageModel.hpp"
#include "ocr/PixPtr.hpp"
#include "ocr/engine/OcrEngine.hpp"

struct Pix;

namespace sohoa::ocr {

// `image` cut out of the page at `cut`.
PixPtr cutFrom(Pix* image, const Box& cut);

// The lines read in `crop` — the page's pixels at `cut`, enlarged `scale` times — with their
// words' boxes moved onto the page.
std::vector<Line> linesReadIn(OcrEngine& engine, Pix* crop, int dpi, Layout layout, const Box& cut, double scale = 1);

// Every word of `lines`, in order.
std::vector<Word> wordsOf(const std::vector<Line>& lines);

// A word with no letter or digit in it: a rule's end, a speck or a piece of a seal's rim at the
// crop's edge read as a word (`-`, `¬`, `N\.»..`).
bool isShard(const Word& word);

// `words` without the shards at either end.
void dropEdgeShards(std::vector<Word>& words);

}  // namespace sohoa::ocr
