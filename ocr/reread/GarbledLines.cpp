#include "ocr/reread/GarbledLines.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "ocr/reread/CropReading.hpp"
#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

// Every word of the new reading must reach this.
constexpr float kSure = 0.7f;
// Fewer letters than this are a speck or a rule read as `Í` or `|`: not worth a reading.
constexpr int kFewestLetters = 3;
// Reading a line costs as much as a tenth of the page: a page of noise is not read line by line.
constexpr int kMostRuns = 6;

bool guessed(const Word& word) { return word.confidence < kGarbled && word.source == WordSource::Print; }

bool hasDigit(const Word& word) {
  return std::any_of(word.text.begin(), word.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool shareColumns(const Box& a, const Box& b) { return std::min(a.x1, b.x1) > std::max(a.x0, b.x0); }

// Words [first, last) of a line, all guesses.
struct Run {
  std::size_t first, last;
  Box box;
};

// The runs of guessed words in `line` with letters enough to be worth reading. A run with a digit
// in it is left to the steps that read numbers: a handwritten ID or date read again alone can
// come out as sure digits, wrong ones, that would pass for typed.
std::vector<Run> guessedRuns(const Line& line) {
  std::vector<Run> runs;
  for (std::size_t i = 0; i < line.words.size();) {
    if (!guessed(line.words[i])) {
      ++i;
      continue;
    }
    Run run{i, i, line.words[i].box};
    int letters = 0;
    bool digits = false;
    for (; run.last < line.words.size() && guessed(line.words[run.last]); ++run.last) {
      run.box = run.box.united(line.words[run.last].box);
      letters += lettersAndDigits(line.words[run.last].text);
      digits = digits || hasDigit(line.words[run.last]);
    }
    if (letters >= kFewestLetters && !digits) runs.push_back(run);
    i = run.last;
  }
  return runs;
}

// The run's place with a little room around it, short of every other word: those above and
// below (its box may reach down over a rule) and those beside it on the same rows (the rest of
// its line, the other column of a header).
Box placeOf(const Page& page, const Line& line, const Run& run, int width, int height) {
  const Box& box = run.box;
  const int h = box.height();
  const int middle = (box.y0 + box.y1) / 2;
  Box cut{std::max(0, box.x0 - h / 2), std::max(0, box.y0 - h / 4), std::min(width, box.x1 + h / 2),
          std::min(height, box.y1 + h / 4)};
  const auto others = [&](auto&& visit) {
    for (const auto& block : page.blocks)
      for (const auto& other : block.lines)
        for (std::size_t i = 0; i < other.words.size(); ++i)
          if (&other != &line || i < run.first || i >= run.last) visit(other.words[i].box);
  };
  others([&](const Box& word) {
    if (!shareColumns(word, box)) return;
    if (word.y1 < middle) cut.y0 = std::max(cut.y0, word.y1 + 1);
    if (word.y0 > middle) cut.y1 = std::min(cut.y1, word.y0 - 1);
  });
  others([&](const Box& word) {
    if (sharedRows(word, cut) == 0 || shareColumns(word, box)) return;
    if (word.x1 <= box.x0) cut.x0 = std::max(cut.x0, word.x1 + 1);
    if (word.x0 >= box.x1) cut.x1 = std::min(cut.x1, word.x0 - 1);
  });
  return cut;
}

// The run read alone, when every word of the reading is sure.
std::optional<std::vector<Word>> readAlone(OcrEngine& engine, Pix* image, int dpi, const Box& cut) {
  PixPtr crop = cutFrom(image, cut);
  if (!crop) return std::nullopt;
  std::vector<Word> words = wordsOf(linesReadIn(engine, crop.get(), dpi, Layout::Line, cut));
  dropEdgeShards(words);
  const bool sure = !words.empty() && std::all_of(words.begin(), words.end(), [](const Word& word) {
    return word.confidence >= kSure && !isShard(word);
  });
  if (!sure) return std::nullopt;
  return words;
}

}  // namespace

int rereadGarbledLines(OcrEngine& engine, Pix* image, int dpi, Page& page) {
  const int width = static_cast<int>(pixGetWidth(image)), height = static_cast<int>(pixGetHeight(image));
  int tried = 0, replaced = 0;
  for (auto& block : page.blocks)
    for (auto& line : block.lines) {
      // From the line's end back: replacing a run leaves the places of the runs before it as they were.
      const auto runs = guessedRuns(line);
      for (auto run = runs.rbegin(); run != runs.rend() && tried < kMostRuns; ++run) {
        ++tried;
        auto words = readAlone(engine, image, dpi, placeOf(page, line, *run, width, height));
        if (!words) continue;
        line.words.erase(line.words.begin() + static_cast<std::ptrdiff_t>(run->first),
                         line.words.begin() + static_cast<std::ptrdiff_t>(run->last));
        line.words.insert(line.words.begin() + static_cast<std::ptrdiff_t>(run->first), words->begin(), words->end());
        for (const auto& word : *words) line.box = line.box.united(word.box);
        block.box = block.box.united(line.box);
        ++replaced;
      }
    }
  return replaced;
}

}  // namespace sohoa::ocr
