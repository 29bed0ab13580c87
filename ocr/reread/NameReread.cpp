#include "ocr/reread/NameReread.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "ocr/PixPtr.hpp"
#include "ocr/engine/OcrEngine.hpp"
#include "ocr/reread/CropReading.hpp"
#include "ocr/text/PersonNames.hpp"
#include "ocr/text/VietnameseSyllable.hpp"
#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

// A word the second reading adds to a name must be read at least this surely; one it spells
// otherwise, this surely to count against the first reading.
constexpr float kSureAdded = 0.5f;
constexpr float kSureOtherwise = 0.8f;
// Names have two to four syllables (two names in a row aside); longer capitalised runs are headings.
constexpr std::size_t kLongestName = 4;

// A word as the two readings are compared: its syllable's letters and tone, any case; the bare
// core where it is no syllable (`A`, an initial). `Thi` is `Thị`: no name has a `Thi`, and
// extraction puts the women's middle name's mark back (indexer PersonName).
std::string spelling(const std::string& text) {
  const std::string_view core = splitPunctuation(text).core;
  const auto syllable = readSyllable(core);
  if (!syllable) return std::string(core);
  const std::string key = syllable->key();
  return key == "thi0" ? "thi5" : key;
}

bool capitalisedSyllable(const std::string& text) {
  const WordParts parts = splitPunctuation(text);
  return parts.lead.empty() && isCapitalisedSyllable(parts.core);
}

// A word that is no word: letters glued to stray marks (`],ộc`), what a misread name word looks like.
bool misread(const Word& word) {
  const WordParts parts = splitPunctuation(word.text);
  if (parts.core.empty()) return false;
  return !readSyllable(parts.core) || (!parts.lead.empty() && parts.lead != "(" && parts.lead != "\"");
}

// A capitalised run that is a heading's words, not a name: too long for one (`HÀ TĨNH CỘNG HÒA
// XÃ HỘI…`), or in capitals after more capitals (`GIẤY TIẾP NHẬN HỒ SƠ`: `Hồ` is a surname too).
bool inHeading(const std::vector<Word>& words, std::size_t first, std::size_t last) {
  if (last - first + 1 > kLongestName) return true;
  if (first == 0) return false;
  const WordParts before = splitPunctuation(words[first - 1].text);
  const auto syllable = readSyllable(before.core);
  return before.trail.empty() && syllable && syllable->letterCase == LetterCase::Upper;
}

// The words of a reading of `cut` alone, boxes moved onto the page.
std::vector<Word> readAlone(OcrEngine& engine, Pix* image, int dpi, const Box& cut) {
  const PixPtr crop = cutFrom(image, cut);
  if (!crop) return {};
  return wordsOf(linesReadIn(engine, crop.get(), dpi, Layout::Line, cut));
}

int centre(const Box& box) { return (box.x0 + box.x1) / 2; }

// A second reading's word as the syllables in it: leader dots or a stray mark can glue two
// (`Trần.Thu`, `.Lý`), each part keeps the word's score.
struct Token {
  std::string spelt;
  float confidence = 0;
  // Read from a word with no stray mark before it: `'Phẩm` (a signature's tail glued to `Phạm`)
  // or `“Trân` says nothing against the first reading, though Tesseract may be sure of it.
  bool clean = true;
};

std::vector<Token> tokensOf(const std::vector<Word>& words) {
  std::vector<Token> tokens;
  for (const auto& word : words) {
    const bool clean = splitPunctuation(word.text).lead.empty();
    std::string part;
    auto flush = [&] {
      const std::string_view core = splitPunctuation(part).core;
      if (!core.empty()) tokens.push_back({spelling(std::string(core)), word.confidence, clean});
      part.clear();
    };
    for (const char c : word.text) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x80 && !std::isalnum(byte))
        flush();
      else
        part += c;
    }
    flush();
  }
  return tokens;
}

// How the two readings of a name compare, word by word of the first.
struct Comparison {
  std::vector<std::optional<float>> agreed;  // the second reading's score where it spells the word the same
  std::vector<bool> otherwise;               // where it surely spells it otherwise
};

// The name words the second reading spells the same, and those it spells otherwise, surely. The
// two readings are aligned (a longest common sequence of spellings); a word left out of it is
// doubted only where the second reading is sure of all it read in its place: a stroke of the
// signature read into the name (`“Hebný: j anh` for `Hoàng Thanh`), or nothing, is no evidence
// against the first.
Comparison compared(const std::vector<std::string>& first, const std::vector<Token>& again) {
  const std::size_t n = first.size(), m = again.size();
  std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      common[i][j] =
          first[i] == again[j].spelt ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
  std::vector<std::optional<std::size_t>> match(n);  // the token each first word is matched to
  for (std::size_t i = 0, j = 0; i < n && j < m;) {
    if (first[i] == again[j].spelt) {
      match[i++] = j++;
    } else if (common[i + 1][j] >= common[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  Comparison out{std::vector<std::optional<float>>(n), std::vector<bool>(n, false)};
  for (std::size_t i = 0; i < n; ++i) {
    if (match[i]) {
      out.agreed[i] = again[*match[i]].confidence;
      continue;
    }
    std::size_t from = 0, to = m;  // the tokens between the matched neighbours
    for (std::size_t k = i; k-- > 0;)
      if (match[k]) {
        from = *match[k] + 1;
        break;
      }
    for (std::size_t k = i + 1; k < n; ++k)
      if (match[k]) {
        to = *match[k];
        break;
      }
    out.otherwise[i] =
        from < to &&
        std::all_of(again.begin() + static_cast<std::ptrdiff_t>(from), again.begin() + static_cast<std::ptrdiff_t>(to),
                    [](const Token& token) { return token.clean && token.confidence >= kSureOtherwise; });
  }
  return out;
}

// Checks the name words [first, last] of `line` against a second reading; returns how many
// were left unconfirmed or added.
int checkName(OcrEngine& engine, Pix* image, int dpi, Line& line, std::size_t first, std::size_t last) {
  auto& words = line.words;
  const int imageWidth = static_cast<int>(pixGetWidth(image)), imageHeight = static_cast<int>(pixGetHeight(image));
  Box around = words[first].box;
  for (std::size_t i = first + 1; i <= last; ++i) around = around.united(words[i].box);
  const int h = std::max(around.height(), 8);
  // Misread words right after the name are read again with it; the stretch ends at the next
  // word read, or five letter heights on where the line ends (a long syllable: `Phượng`).
  std::size_t end = last + 1;  // first word not in the stretch
  while (end < words.size() && misread(words[end]) && words[end].box.x0 - words[end - 1].box.x1 < h) ++end;
  const int x0 = std::max({0, around.x0 - h / 2, first > 0 ? words[first - 1].box.x1 + 1 : 0});
  const int right = end > last + 1 ? words[end - 1].box.x1 + h / 2 : around.x1 + 5 * h;
  const int x1 = std::min({imageWidth, right, end < words.size() ? words[end].box.x0 - 1 : imageWidth});
  // Marks stand above the box Tesseract gives a word (the grave of `Trần` over its circumflex):
  // framed a quarter of a letter higher, the reading drops them.
  const int y0 = std::max(0, around.y0 - h / 2), y1 = std::min(imageHeight, around.y1 + h / 4);
  if (x1 <= x0 || y1 <= y0) return 0;
  const std::vector<Word> again = readAlone(engine, image, dpi, {x0, y0, x1, y1});
  int changed = 0;
  std::vector<std::string> spelt;
  for (std::size_t i = first; i <= last; ++i) spelt.push_back(spelling(words[i].text));
  const Comparison comparison = compared(spelt, tokensOf(again));
  for (std::size_t i = first; i <= last; ++i) {
    if (const auto& agreed = comparison.agreed[i - first])  // two readings, the surer one counts
      words[i].confidence = std::max(words[i].confidence, *agreed);
    if (comparison.otherwise[i - first]) {
      words[i].confidence = std::min(words[i].confidence, kUnconfirmedName);
      ++changed;
    }
  }
  // Name words read only the second time, right after the last one read the first time.
  std::vector<Word> added;
  for (const auto& word : again) {
    // A word starting over the last one is that word read again, its box swollen by what
    // follows it (`Oanh` framed to x 1119 with the blank's dots after it), not a word after it.
    if (centre(word.box) <= words[last].box.x1 || word.box.x0 < words[last].box.x1 - h / 4) continue;
    if (!capitalisedSyllable(word.text) || word.confidence < kSureAdded) break;
    added.push_back(word);
    added.back().text = std::string(splitPunctuation(word.text).core);  // leader dots read with it dropped
    added.back().confidence = std::min(word.confidence, kUnconfirmedName);
  }
  if (added.empty()) {
    // A misread word glued to the name that the second reading does not make a name word of:
    // the name may still be cut (`Huỳnh Thế ],ộc`, read again `luộc`).
    if (end > last + 1) {
      words[last].confidence = std::min(words[last].confidence, kUnconfirmedName);
      ++changed;
    }
    return changed;
  }
  words.erase(words.begin() + static_cast<std::ptrdiff_t>(last + 1), words.begin() + static_cast<std::ptrdiff_t>(end));
  words.insert(words.begin() + static_cast<std::ptrdiff_t>(last + 1), added.begin(), added.end());
  for (const auto& word : added) line.box = line.box.united(word.box);
  return changed + static_cast<int>(added.size());
}

}  // namespace

int confirmNames(OcrEngine& engine, Pix* image, int dpi, Page& page) {
  if (!image) return 0;
  int changed = 0;
  for (auto& block : page.blocks)
    for (auto& line : block.lines) {
      std::vector<Word*> pointers;
      for (auto& word : line.words) pointers.push_back(&word);
      const std::vector<bool> names = personNames(pointers);
      std::vector<std::pair<std::size_t, std::size_t>> runs;  // [first, last] of each printed name
      for (std::size_t i = 0; i < names.size(); ++i) {
        if (!names[i] || line.words[i].source != WordSource::Print) continue;
        if (!runs.empty() && runs.back().second + 1 == i)
          runs.back().second = i;
        else
          runs.emplace_back(i, i);
      }
      // From the last name back: words added to one do not move the ones before it.
      for (auto run = runs.rbegin(); run != runs.rend(); ++run)
        if (!inHeading(line.words, run->first, run->second))
          changed += checkName(engine, image, dpi, line, run->first, run->second);
    }
  return changed;
}

}  // namespace sohoa::ocr
