#include "indexer/store/PageWords.hpp"

#include <cmath>
#include <sstream>

namespace sohoa::indexer {

std::string encodePageWords(const ocr::Page& page) {
  std::ostringstream out;
  for (std::size_t b = 0; b < page.blocks.size(); ++b)
    for (std::size_t l = 0; l < page.blocks[b].lines.size(); ++l)
      for (const auto& word : page.blocks[b].lines[l].words)
        out << b << ' ' << l << ' ' << word.box.x0 << ' ' << word.box.y0 << ' ' << word.box.x1 << ' ' << word.box.y1
            << ' ' << std::lround(word.confidence * 100) << (word.source == ocr::WordSource::Handwriting ? "h" : "")
            << ' ' << word.text << '\n';
  return out.str();
}

void decodePageWords(const std::string& encoded, ocr::Page& page) {
  page.blocks.clear();
  std::istringstream in(encoded);
  std::string row;
  while (std::getline(in, row)) {
    std::istringstream fields(row);
    std::size_t block = 0, line = 0;
    ocr::Word word;
    int percent = 0;
    fields >> block >> line >> word.box.x0 >> word.box.y0 >> word.box.x1 >> word.box.y1 >> percent;
    if (fields.peek() == 'h') word.source = ocr::WordSource::Handwriting;  // "93h": read from handwriting
    if (fields.peek() == 'h') fields.get();
    fields.get();  // the space before the text
    std::getline(fields, word.text);
    word.confidence = static_cast<float>(percent) / 100.0f;
    while (page.blocks.size() <= block) page.blocks.emplace_back();
    auto& lines = page.blocks[block].lines;
    while (lines.size() <= line) lines.emplace_back();
    lines[line].box = lines[line].box.united(word.box);
    page.blocks[block].box = page.blocks[block].box.united(word.box);
    lines[line].words.push_back(std::move(word));
  }
}

}  // namespace sohoa::indexer
