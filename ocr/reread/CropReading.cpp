#include "ocr/reread/CropReading.hpp"

#include <leptonica/allheaders.h>

#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {

PixPtr cutFrom(Pix* image, const Box& cut) {
  ::Box* region = boxCreate(cut.x0, cut.y0, cut.width(), cut.height());
  PixPtr crop(pixClipRectangle(image, region, nullptr));
  boxDestroy(&region);
  return crop;
}

std::vector<Line> linesReadIn(OcrEngine& engine, Pix* crop, int dpi, Layout layout, const Box& cut, double scale) {
  const auto onPage = [&](int v) { return static_cast<int>(v / scale); };
  std::vector<Line> lines;
  const Recognition found = engine.read(crop, dpi, layout);
  for (const auto& block : found.page.blocks)
    for (Line line : block.lines) {
      for (Word& word : line.words)
        word.box = {cut.x0 + onPage(word.box.x0), cut.y0 + onPage(word.box.y0), cut.x0 + onPage(word.box.x1),
                    cut.y0 + onPage(word.box.y1)};
      line.box = {cut.x0 + onPage(line.box.x0), cut.y0 + onPage(line.box.y0), cut.x0 + onPage(line.box.x1),
                  cut.y0 + onPage(line.box.y1)};
      lines.push_back(std::move(line));
    }
  return lines;
}

std::vector<Word> wordsOf(const std::vector<Line>& lines) {
  std::vector<Word> words;
  for (const auto& line : lines) words.insert(words.end(), line.words.begin(), line.words.end());
  return words;
}

bool isShard(const Word& word) { return lettersAndDigits(word.text) == 0; }

void dropEdgeShards(std::vector<Word>& words) {
  while (!words.empty() && isShard(words.front())) words.erase(words.begin());
  while (!words.empty() && isShard(words.back())) words.pop_back();
}

}  // namespace sohoa::ocr
