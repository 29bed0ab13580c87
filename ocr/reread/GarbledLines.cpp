#include "ocr/reread/GarbledLines.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <utility>
#include <vector>

#include "ocr/PixMat.hpp"
#include "ocr/reread/CropReading.hpp"
#include "ocr/text/VietnameseSyllable.hpp"
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
  bool piece = false;  // a piece of the line read whole (garbledPieces): its new reading must be syllables
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

// A word of a piece read again: a Vietnamese syllable, with its punctuation. Handwriting in a
// blank read alone comes out as sure digits or letters that spell no syllable.
bool isSyllable(const Word& word) {
  const std::string_view core = splitPunctuation(word.text).core;
  return !core.empty() && readSyllable(core).has_value();
}

// A piece of a line most of whose words are guesses, broken up by a digit or a half-sure word
// read in the noise (`2À YỆ 10a! 5k né tàbÀỂ` for `HUYỆN PHÙ MỸ` framed with its rule): half its
// words at least are guesses and its mean score is under a half. A line is cut into pieces where
// a gap wider than three letters' height parts its words (the header's other column).
std::vector<Run> garbledPieces(const Line& line) {
  std::vector<Run> pieces;
  for (std::size_t first = 0; first < line.words.size();) {
    std::size_t last = first + 1;
    while (last < line.words.size() &&
           line.words[last].box.x0 - line.words[last - 1].box.x1 < 3 * line.words[last - 1].box.height())
      ++last;
    std::size_t guesses = 0;
    float total = 0;
    int letters = 0;
    Run piece{first, last, line.words[first].box, true};
    for (std::size_t i = first; i < last; ++i) {
      guesses += guessed(line.words[i]) ? 1 : 0;
      total += line.words[i].confidence;
      letters += lettersAndDigits(line.words[i].text);
      piece.box = piece.box.united(line.words[i].box);
    }
    const std::size_t count = last - first;
    if (count >= 3 && guesses * 2 >= count && total < 0.5f * static_cast<float>(count) && letters >= kFewestLetters)
      pieces.push_back(piece);
    first = last;
  }
  return pieces;
}

// The crop without its horizontal rules (ink running on longer than twice the crop is high, which
// no letter does), or null when it has none. The rule under an issuing body's name, close under
// its letters, is framed with them (the run's box reaches down over it) and read into them.
PixPtr withoutRules(Pix* crop) {
  cv::Mat grey = greyMat(crop);
  if (grey.empty()) return nullptr;
  cv::Mat ink, rules;
  cv::threshold(grey, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  cv::morphologyEx(ink, rules, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, {2 * grey.rows, 1}));
  if (cv::countNonZero(rules) == 0) return nullptr;
  cv::dilate(rules, rules, cv::getStructuringElement(cv::MORPH_RECT, {3, 3}));  // the rule's grey edges
  grey.setTo(255, rules);
  return greyPix(grey);
}

// A garbled reading's boxes may stop short of its ink (`Tá` ended where `MỸ` still ran on): the
// place reaches over ink beside them, letter by letter, up to this many letter heights.
constexpr int kInkReach = 4;

// The first and last columns of ink in `reach` joined to the run's `box` by gaps narrower than
// half a letter height, rules left out.
std::pair<int, int> inkAround(Pix* image, const Box& reach, const Box& box, int h) {
  std::pair<int, int> ends{box.x0, box.x1};
  PixPtr crop = cutFrom(image, reach);
  if (!crop) return ends;
  PixPtr ruleless = withoutRules(crop.get());
  cv::Mat grey = greyMat(ruleless ? ruleless.get() : crop.get());
  if (grey.empty()) return ends;
  cv::Mat ink, columns;
  cv::threshold(grey, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
  cv::reduce(ink, columns, 0, cv::REDUCE_MAX);
  const auto inked = [&](int x) { return x >= reach.x0 && x < reach.x1 && columns.at<uchar>(0, x - reach.x0) > 0; };
  for (int x = box.x1, gap = 0; x < reach.x1 && gap < h / 2; ++x) {
    gap = inked(x) ? 0 : gap + 1;
    if (inked(x)) ends.second = x;
  }
  for (int x = box.x0, gap = 0; x >= reach.x0 && gap < h / 2; --x) {
    gap = inked(x) ? 0 : gap + 1;
    if (inked(x)) ends.first = x;
  }
  return ends;
}

// Where a run is read: first its words' place with a little room around it, as the page's other
// words leave it; then, that reading unsure, as far as its ink reaches within `wide`.
struct Place {
  Box cut, wide;
  Box words;   // the run's words
  int height;  // their height, the letters' and the rule's under them
};

// The wide place narrowed to the ink joined to the run's words (looked for only when needed).
Box overInk(Pix* image, const Place& place) {
  const auto [left, right] = inkAround(image, place.wide, place.words, place.height);
  Box wide = place.wide;
  wide.x0 = std::clamp(left - place.height / 2, wide.x0, place.words.x0);
  wide.x1 = std::clamp(right + place.height / 2, place.words.x1, wide.x1);
  return wide;
}

Place placeOf(const Page& page, const Line& line, const Run& run, int width, int height) {
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
  // Short of every other word: those above and below (its box may reach down over a rule) and
  // those beside it on the same rows (the rest of its line, the other column of a header).
  others([&](const Box& word) {
    if (!shareColumns(word, box)) return;
    if (word.y1 < middle) cut.y0 = std::max(cut.y0, word.y1 + 1);
    if (word.y0 > middle) cut.y1 = std::min(cut.y1, word.y0 - 1);
  });
  // Wide: as far as its ink reaches, short of the words beside it on its rows (a word whose middle
  // lies beside the run, though its box touch the run's: `xã` before `Đức :Lạng`).
  Box wide{std::max(0, box.x0 - kInkReach * h), cut.y0, std::min(width, box.x1 + kInkReach * h), cut.y1};
  others([&](const Box& word) {
    if (sharedRows(word, cut) <= 0) return;
    const int centre = (word.x0 + word.x1) / 2;
    if (centre < box.x0) wide.x0 = std::max(wide.x0, word.x1 + 1);
    if (centre > box.x1) wide.x1 = std::min(wide.x1, word.x0 - 1);
  });
  wide.x0 = std::min(wide.x0, box.x0);
  wide.x1 = std::max(wide.x1, box.x1);
  others([&](const Box& word) {
    if (sharedRows(word, cut) == 0 || shareColumns(word, box)) return;
    if (word.x1 <= box.x0) cut.x0 = std::max(cut.x0, word.x1 + 1);
    if (word.x0 >= box.x1) cut.x1 = std::min(cut.x1, word.x0 - 1);
  });
  return {cut, wide, box, h};
}

// The words read in `crop` (cut from the page at `cut`), when every one of them is sure.
std::optional<std::vector<Word>> sureReading(OcrEngine& engine, Pix* crop, int dpi, const Box& cut) {
  std::vector<Word> words = wordsOf(linesReadIn(engine, crop, dpi, Layout::Line, cut));
  dropEdgeShards(words);
  const bool sure = !words.empty() && std::all_of(words.begin(), words.end(), [](const Word& word) {
    return word.confidence >= kSure && !isShard(word);
  });
  if (!sure) return std::nullopt;
  return words;
}

// The run read alone, when every word of the reading is sure. Unsure, it is read over its ink,
// then without the rule in that place: readings there must also be syllables (a wider place holds
// specks and other ink, read into words: `_§ỞYTẾBÌNHĐỊNH`).
std::optional<std::vector<Word>> readAlone(OcrEngine& engine, Pix* image, int dpi, const Place& place) {
  PixPtr crop = cutFrom(image, place.cut);
  if (!crop) return std::nullopt;
  if (auto words = sureReading(engine, crop.get(), dpi, place.cut)) return words;
  const Box reach = overInk(image, place);
  PixPtr wide = cutFrom(image, reach);
  if (!wide) return std::nullopt;
  const auto syllables = [](const std::optional<std::vector<Word>>& words) {
    return words && std::all_of(words->begin(), words->end(), isSyllable);
  };
  if (auto words = sureReading(engine, wide.get(), dpi, reach); syllables(words)) return words;
  PixPtr ruleless = withoutRules(wide.get());
  if (!ruleless) return std::nullopt;
  if (auto words = sureReading(engine, ruleless.get(), dpi, reach); syllables(words)) return words;
  return std::nullopt;
}

}  // namespace

int rereadGarbledLines(OcrEngine& engine, Pix* image, int dpi, Page& page) {
  const int width = static_cast<int>(pixGetWidth(image)), height = static_cast<int>(pixGetHeight(image));
  int tried = 0, replaced = 0;
  for (auto& block : page.blocks)
    for (auto& line : block.lines) {
      // From the line's end back: replacing a run leaves the places of the runs before it as they were.
      // A piece of guesses is read whole, in place of the runs it overlaps; its new reading must be
      // syllables, not a number's digits.
      const auto pieces = garbledPieces(line);
      std::vector<Run> runs;
      for (const auto& run : guessedRuns(line))
        if (std::none_of(pieces.begin(), pieces.end(),
                         [&](const Run& piece) { return run.first < piece.last && piece.first < run.last; }))
          runs.push_back(run);
      runs.insert(runs.end(), pieces.begin(), pieces.end());
      std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.first < b.first; });
      for (auto run = runs.rbegin(); run != runs.rend() && tried < kMostRuns; ++run) {
        ++tried;
        auto words = readAlone(engine, image, dpi, placeOf(page, line, *run, width, height));
        if (!words || (run->piece && !std::all_of(words->begin(), words->end(), isSyllable))) continue;
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
