#include "ocr/text/JoinedWords.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ocr/text/VietnameseSyllable.hpp"
#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

constexpr std::size_t kMostParts = 6;    // a heading run together whole: `NGƯỜITIẾPNHẬNHỒSƠ`
constexpr std::uint32_t kLeastSeen = 1;  // times in the model's text (`tạ` twice, `Àng` never)

// Byte offsets of the code points of UTF-8 `text`, and its end.
std::vector<std::size_t> codePointStarts(std::string_view text) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  starts.push_back(text.size());
  return starts;
}

bool hasNonAscii(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

bool isDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct Part {
  SyllableModel::Id id;
  LetterCase letterCase;
};

// The model's syllable for `text` as written, if the model's text uses it: a part only
// phonotactics allows (`Àng` of a name read `HoÀng`) is likelier a misread than a word.
std::optional<Part> syllableOf(std::string_view text, const SyllableModel& model) {
  const auto read = readSyllable(text);
  if (!read) return std::nullopt;
  const SyllableModel::Id* id = model.find(read->key());
  if (!id || model.count(*id) < kLeastSeen) return std::nullopt;
  return Part{*id, read->letterCase};
}

// Whether a part may follow the one before: where nothing shows a new word begins (a small
// letter after a small letter: `ngườiyêu`), the model's text must have the two side by side;
// a capital after a small letter, or a word all in capitals, shows it. Seal text and card
// backgrounds read as letters part into syllables too (`niân`), never into words seen together.
bool mayFollow(const Part& part, SyllableModel::Id before, LetterCase beforeCase, const SyllableModel& model) {
  if (part.letterCase != LetterCase::Lower || beforeCase == LetterCase::Upper) return true;
  return model.bigramCount(before, part.id) > 0;
}

// Whether `core` may be mended by its marks alone: a syllable, or bare letters some syllable has.
bool isSyllableUpToMarks(std::string_view core, const SyllableModel& model) {
  const auto read = readSyllable(core);
  return read && (model.find(read->key()) || !model.withSkeleton(read->skeleton()).empty());
}

// A syllable and a number run together (`ngày20`, `20tháng`): where they meet.
std::optional<std::vector<std::size_t>> syllableAndNumber(std::string_view core, const SyllableModel& model) {
  const auto firstDigit = core.find_first_of("0123456789");
  if (firstDigit == std::string_view::npos) return std::nullopt;
  const auto lastDigit = core.find_last_of("0123456789");
  std::size_t cut = 0;
  if (firstDigit > 0 && lastDigit == core.size() - 1)
    cut = firstDigit;  // letters then digits
  else if (firstDigit == 0)
    cut = core.find_first_not_of("0123456789");  // digits then letters
  else
    return std::nullopt;
  const std::string_view left = core.substr(0, cut), right = core.substr(cut);
  const std::string_view letters = isDigits(left) ? right : left, digits = isDigits(left) ? left : right;
  if (!isDigits(digits) || codePointStarts(letters).size() < 3 || !syllableOf(letters, model)) return std::nullopt;
  return std::vector<std::size_t>{0, cut, core.size()};
}

// Syllables run together (`TạThếAn`, `NGƯỜITIẾP`): the fewest parts, each a syllable of two
// letters or more; among as few, the likeliest by the bigram model.
std::optional<std::vector<std::size_t>> syllables(std::string_view core, const SyllableModel& model) {
  const std::vector<std::size_t> starts = codePointStarts(core);
  const std::size_t n = starts.size() - 1;
  struct Best {
    std::size_t parts = std::numeric_limits<std::size_t>::max();
    double score = -std::numeric_limits<double>::infinity();
    std::size_t from = 0;
    SyllableModel::Id last = SyllableModel::kBoundary;
    LetterCase lastCase = LetterCase::Upper;  // the word's start: no part before to vouch for
  };
  std::vector<Best> best(n + 1);
  best[0].parts = 0;
  best[0].score = 0;
  for (std::size_t end = 2; end <= n; ++end) {
    for (std::size_t begin = 0; begin + 2 <= end; ++begin) {
      if (best[begin].parts >= kMostParts) continue;
      const auto part = syllableOf(core.substr(starts[begin], starts[end] - starts[begin]), model);
      if (!part || !mayFollow(*part, best[begin].last, best[begin].lastCase, model)) continue;
      const std::size_t parts = best[begin].parts + 1;
      const double score = best[begin].score + model.logProbability(best[begin].last, part->id);
      if (parts < best[end].parts || (parts == best[end].parts && score > best[end].score))
        best[end] = {parts, score, begin, part->id, part->letterCase};
    }
  }
  if (best[n].parts < 2 || best[n].parts == std::numeric_limits<std::size_t>::max()) return std::nullopt;
  std::vector<std::size_t> cuts{starts[n]};
  for (std::size_t at = n; at > 0; at = best[at].from) cuts.push_back(starts[best[at].from]);
  std::reverse(cuts.begin(), cuts.end());
  return cuts;
}

// Where `core` parts, as byte offsets from 0 to its end; nullopt to keep it whole.
std::optional<std::vector<std::size_t>> partsOf(std::string_view core, const SyllableModel& model) {
  if (core.empty() || !hasNonAscii(core) || isSyllableUpToMarks(core, model)) return std::nullopt;
  if (core.find_first_of("0123456789") != std::string_view::npos) return syllableAndNumber(core, model);
  return syllables(core, model);
}

// The word parted at `cuts` of its core: its box shared out by letters, punctuation kept on
// the first and last part.
std::vector<Word> parted(const Word& word, const WordParts& parts, const std::vector<std::size_t>& cuts) {
  const std::size_t letters = codePointStarts(word.text).size() - 1;
  const std::size_t leadLetters = codePointStarts(parts.lead).size() - 1;
  const int width = word.box.x1 - word.box.x0;
  std::vector<Word> out;
  std::size_t before = 0;  // code points of the word left of the part
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    std::string text(parts.core.substr(cuts[i], cuts[i + 1] - cuts[i]));
    std::size_t count = codePointStarts(text).size() - 1;
    if (i == 0) {
      text.insert(0, parts.lead);
      count += leadLetters;
    }
    if (i + 2 == cuts.size()) {
      text.append(parts.trail);
      count += codePointStarts(parts.trail).size() - 1;
    }
    Word piece = word;
    piece.text = std::move(text);
    piece.box.x0 = word.box.x0 + static_cast<int>(std::lround(double(width) * double(before) / double(letters)));
    piece.box.x1 =
        word.box.x0 + static_cast<int>(std::lround(double(width) * double(before + count) / double(letters)));
    before += count;
    out.push_back(std::move(piece));
  }
  return out;
}

}  // namespace

std::size_t splitJoinedWords(Page& page, const SyllableModel& model) {
  std::size_t split = 0;
  for (auto& block : page.blocks) {
    for (auto& line : block.lines) {
      std::vector<Word> words;
      words.reserve(line.words.size());
      for (auto& word : line.words) {
        const WordParts parts = splitPunctuation(word.text);
        const auto cuts = word.source == WordSource::Print ? partsOf(parts.core, model) : std::nullopt;
        if (!cuts) {
          words.push_back(std::move(word));
          continue;
        }
        for (auto& piece : parted(word, parts, *cuts)) words.push_back(std::move(piece));
        ++split;
      }
      line.words = std::move(words);
    }
  }
  return split;
}

}  // namespace sohoa::ocr
