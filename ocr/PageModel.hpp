#pragma once
// The page model every part speaks: page -> blocks -> lines -> words, each word with
// its box (pixels of the page image, origin top left) and a confidence in [0, 1].
#include <string>
#include <vector>

#include "ocr/prepare/SheetCorners.hpp"

namespace sohoa::ocr {

struct Box {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  int width() const { return x1 - x0; }
  int height() const { return y1 - y0; }
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  Box united(const Box& other) const;
  bool operator==(const Box&) const = default;
};

// Pixel rows two boxes share (zero or less when one stands above the other).
int sharedRows(const Box& a, const Box& b);
// Pixels two boxes share (0 when apart).
long sharedArea(const Box& a, const Box& b);
// The boxes share more than half of the smaller one: one reading of the other's place.
bool overlapsMostly(const Box& a, const Box& b);

// What read a word: Tesseract, as printed text, or the handwritten digit classifier, in a
// printed blank (a number or day written in by hand; see HandwrittenNumbers).
enum class WordSource { Print, Handwriting };
// The confidence of handwriting only the digit classifier read (surely, but no second reader
// saw the same): kept in the text for a clerk, never enough on its own for a stored field.
inline constexpr float kOneReaderConfidence = 0.3f;

struct Word {
  std::string text;  // UTF-8, NFC
  Box box;
  float confidence = 0;  // Tesseract's, or the digit classifier's least sure digit
  WordSource source = WordSource::Print;
};

// The median height of the words' boxes: the letter size of a line; 0 for no words.
int medianHeight(const std::vector<Word>& words);
// The box around the words (at least one).
Box wordsBox(const std::vector<Word>& words);

struct Line {
  Box box;
  std::vector<Word> words;
  std::string text() const;  // words joined by single spaces
};

// The rows a line's words stand on: their middle top and middle bottom, across the line's box.
// A line's own box swells with a signature's stroke through it or a number written large above.
Box wordRows(const Line& line);

struct Block {
  Box box;
  std::vector<Line> lines;
};

enum class TextOrigin { Ocr, PdfTextLayer };

// A machine-readable code printed on the page (a QR code), with what it says.
struct PageCode {
  std::string text;  // UTF-8, NFC
  Box box;           // in the page's pixels, like the words
  bool operator==(const PageCode&) const = default;
};

struct Page {
  int width = 0, height = 0;  // pixels
  int dpi = 0;                // 0 where the page has no scan resolution (born-digital)
  int rotation = 0;           // degrees clockwise the scan was turned to read upright
  double skew = 0;            // degrees the scan was deskewed by
  TextOrigin origin = TextOrigin::Ocr;
  bool blank = false;  // no text on it (a back of a sheet): not read, kept as a page
  // Of the page's text-like ink, the share no word was read from (ocr/reread/MissedInk); -1 where
  // not measured (a born-digital page, a blank one).
  double uncoveredInk = -1;
  SheetCorners sheet;  // a photo of a paper: where the sheet lies in it (flattened before reading)
  std::vector<Block> blocks;
  std::vector<PageCode> codes;

  // Lines separated by '\n', blocks by an empty line.
  std::string text() const;
  // Mean word confidence weighted by word length; 0 for a page without words.
  double meanConfidence() const;
  std::size_t wordCount() const;
};

}  // namespace sohoa::ocr
