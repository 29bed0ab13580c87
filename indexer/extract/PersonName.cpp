#include "indexer/extract/PersonName.hpp"

#include <algorithm>
#include <array>
#include <regex>
#include <string>

#include "indexer/text/VietnameseFolding.hpp"
#include "ocr/text/SyllableModel.hpp"
#include "ocr/text/VietnameseSyllable.hpp"

namespace sohoa::indexer {
namespace {

std::size_t firstLetterBytes(std::string_view word) {
  const auto lead = static_cast<unsigned char>(word.front());
  const std::size_t size = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return std::min(size, word.size());
}

std::string withoutEndPunctuation(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ';')) word.remove_suffix(1);
  return std::string(word);
}

// A name's first word without the pen's or the seal's marks OCR glued before it (`'Đỗ`, `_Đỗ`):
// ASCII marks only, so a letter is never taken.
std::string withoutLeadingMarks(std::string_view word) {
  while (word.size() > 1 && std::string_view("'`\"_-~.,").find(word.front()) != std::string_view::npos)
    word.remove_prefix(1);
  return std::string(word);
}

std::string folded(std::string_view word) {
  while (!word.empty() && word.back() == ':') word.remove_suffix(1);
  return lowerCase(foldMarks(withoutEndPunctuation(word)));
}

// Degrees and ranks printed before a signer's name: `BS.`, `ThS.`, `PGS.TS.`, `Trung tá`.
bool isTitle(std::string_view word) {
  static const std::array<std::string_view, 14> titles = {"bs", "ths", "ts",  "pgs",  "gs",    "ks",     "ls",
                                                          "ds", "cn",  "kts", "bsck", "bscki", "bsckii", "ncs"};
  if (word.find('.') == std::string_view::npos) return false;
  const std::string key = lowerCase(foldMarks(word));
  std::size_t start = 0;
  bool any = false;
  for (std::size_t i = 0; i <= key.size(); ++i) {
    if (i < key.size() && key[i] != '.') continue;
    const std::string_view part = std::string_view(key).substr(start, i - start);
    start = i + 1;
    if (part.empty()) continue;
    if (std::find(titles.begin(), titles.end(), part) == titles.end()) return false;
    any = true;
  }
  return any;
}

bool isRank(const std::string& first, const std::string& second) {
  static const std::array<std::string_view, 4> grades = {"thieu", "trung", "thuong", "dai"};
  return std::find(grades.begin(), grades.end(), first) != grades.end() &&
         (second == "ta" || second == "uy" || second == "tuong");
}

// Two words that open a form's label, not a name: "Giới tính", "Dân tộc", "Quốc tịch".
bool opensLabel(const std::string& first, const std::string& second) {
  static const std::array<std::string_view, 16> labels = {
      "gioi tinh", "dan toc", "quoc tich",  "ngay sinh", "nam sinh",    "noi cu",  "noi sinh", "que quan",
      "so dinh",   "so cccd", "ngay thang", "sinh ngay", "nghe nghiep", "dia chi", "ton giao", "noi thuong"};
  const std::string pair = first + " " + second;
  return std::find(labels.begin(), labels.end(), pair) != labels.end();
}

// Vietnam's surnames: a closed list, the first word of nearly every name.
constexpr std::array<std::string_view, 96> kSurnames = {
    "nguyễn", "trần",  "lê",    "phạm",  "hoàng", "huỳnh", "phan",   "vũ",    "võ",    "đặng",  "bùi",    "đỗ",
    "hồ",     "ngô",   "dương", "lý",    "đinh",  "đào",   "trương", "châu",  "lương", "tạ",    "quách",  "mai",
    "cao",    "tô",    "lâm",   "trịnh", "hà",    "đoàn",  "vương",  "kiều",  "lưu",   "thái",  "tăng",   "tống",
    "lại",    "triệu", "phùng", "lăng",  "mạc",   "la",    "từ",     "chu",   "nông",  "khổng", "âu",     "diệp",
    "hứa",    "doãn",  "lạc",   "thân",  "hầu",   "giang", "kim",    "trình", "lã",    "phí",   "quan",   "nghiêm",
    "ông",    "bạch",  "đàm",   "đồng",  "lò",    "lục",   "mã",     "ninh",  "tôn",   "vi",    "ưng",    "khúc",
    "cù",     "bế",    "lường", "bạc",   "cầm",   "quàng", "sầm",    "mẫn",   "lữ",    "nhữ",   "ôn",     "thạch",
    "thiều",  "tiêu",  "viên",  "vòng",  "ksor",  "đậu",   "đới",    "đường", "giáp",  "kha",   "khương", "lộc"};

// A word in the letter case of `like`: capitals, or a capital and small letters.
std::string inCaseOf(std::string_view word, std::string_view like) {
  if (upperCase(like) == like) return upperCase(word);
  const std::size_t head = firstLetterBytes(word);
  return upperCase(word.substr(0, head)) + std::string(word.substr(head));
}

// The one surname a word read with its marks lost or changed stands for (`Nguyên` → Nguyễn,
// `Trân` → Trần); none when the word is a surname already or could be two (`La`: La or Lã).
std::optional<std::string_view> surnameMarkedAs(std::string_view word) {
  const std::string key = lowerCase(foldMarks(word));
  std::optional<std::string_view> found;
  for (const auto surname : kSurnames) {
    if (lowerCase(foldMarks(surname)) != key) continue;
    if (found) return std::nullopt;
    found = surname;
  }
  return found;
}

// A word of a name with one small letter read as a capital (`THị`, the rim of a seal across
// it): the first letter a capital, then small letters but one.
bool titleWithStrayCapital(std::string_view word, std::size_t head) {
  const auto first = letterCases(word.substr(0, head)), rest = letterCases(word.substr(head));
  return first.upper == 1 && rest.upper == 1 && rest.lower >= 1;
}

// A word of one letter that Vietnamese text never writes as a syllable (`Ẵ`, `Ặ`): a speck of the
// pen or the seal read as a capital, not the `Ý` that ends a name.
bool unheardLetter(std::string_view word) {
  if (firstLetterBytes(word) != word.size()) return false;
  const auto syllable = ocr::readSyllable(word);
  const auto* id = syllable ? ocr::SyllableModel::vietnamese().find(syllable->key()) : nullptr;
  return !id || ocr::SyllableModel::vietnamese().count(*id) == 0;
}

// A word Vietnamese can write: its letters, vowel marks and tone make a syllable (`Việt`,
// `Quỳnh`; not `Việ`, whose ê wants a final). A word in mixed case (`THị`, a seal's rim across
// it) cannot be taken apart and is not judged.
bool isVietnameseSyllable(std::string_view word) {
  const auto syllable = ocr::readSyllable(word);
  return !syllable || ocr::SyllableModel::vietnamese().find(syllable->key()) != nullptr;
}

}  // namespace

bool isNameSyllable(std::string_view word, NameCase letterCase) {
  if (word.empty() || word.size() > 24 || unheardLetter(word)) return false;
  const std::string key = lowerCase(foldMarks(word));
  // Onset, one to three vowels, a final: the shape of every Vietnamese syllable.
  static const std::regex syllable(
      "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");
  if (!std::regex_match(key, syllable)) return false;
  const std::string lower = lowerCase(word);
  const std::size_t head = firstLetterBytes(word);
  const bool title = (upperCase(word.substr(0, head)) == word.substr(0, head) &&
                      lowerCase(word.substr(head)) == word.substr(head) && lower != word) ||
                     titleWithStrayCapital(word, head);
  const bool capitals = upperCase(word) == word && lower != word;
  switch (letterCase) {
    case NameCase::Title:
      return title;
    case NameCase::Capitals:
      return capitals;
    case NameCase::Either:
      return title || capitals;
  }
  return false;
}

std::string damagedNameNote(const std::string& word) {
  return "a word of the name is no Vietnamese syllable (a letter lost?): " + word;
}

std::optional<NameSpan> nameAt(const std::vector<ocr::Word>& words, std::size_t from, NameCase letterCase) {
  std::size_t i = from;
  while (i < words.size() && isTitle(words[i].text)) ++i;
  if (i + 1 < words.size() && isRank(folded(words[i].text), folded(words[i + 1].text))) i += 2;
  std::size_t end = i;
  while (end < words.size() && end - i < 5) {
    const std::string text = end == i ? withoutLeadingMarks(words[end].text) : words[end].text;
    if (text.find(':') != std::string::npos) break;  // a label
    const std::string bare = withoutEndPunctuation(text);
    if (!isNameSyllable(bare, letterCase)) break;
    if (end + 1 < words.size() && opensLabel(folded(text), folded(words[end + 1].text))) break;
    ++end;
    if (bare.size() != text.size()) break;  // "Hậu," ends it
  }
  if (end - i < 2) return std::nullopt;
  NameSpan span{i, end, false, std::nullopt};
  for (std::size_t k = i; k < end; ++k)
    if (const std::string bare = withoutEndPunctuation(k == i ? withoutLeadingMarks(words[k].text) : words[k].text);
        !isVietnameseSyllable(bare)) {
      span.damagedWord = bare;
      break;
    }
  return span;
}

std::optional<NameSpan> longestName(const std::vector<ocr::Word>& words, NameCase letterCase) {
  std::optional<NameSpan> best;
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto span = nameAt(words, i, letterCase);
    if (!span || (best && span->last - span->first <= best->last - best->first)) continue;
    span->afterNoise = i > 0;
    best = span;
  }
  return best;
}

bool isSurname(std::string_view word) {
  const std::string key = lowerCase(word);
  return std::find(kSurnames.begin(), kSurnames.end(), key) != kSurnames.end();
}

std::string nameText(const std::vector<ocr::Word>& words, const NameSpan& span) {
  std::string out;
  for (std::size_t i = span.first; i < span.last; ++i) {
    std::string word = i == span.first ? withoutLeadingMarks(words[i].text) : words[i].text;
    if (i + 1 == span.last) word = withoutEndPunctuation(word);
    if (const std::size_t head = firstLetterBytes(word); titleWithStrayCapital(word, head))
      word = word.substr(0, head) + lowerCase(word.substr(head));
    // Marks OCR loses on bold print, put back where the name's shape leaves one choice: the
    // surname from the closed list, and the women's middle name Thị (no middle name is Thi).
    const bool whole = span.last - span.first >= 3;  // two words may be a name cut short: Đình Dũng
    if (i == span.first && whole && !isSurname(word)) {
      if (const auto surname = surnameMarkedAs(word)) word = inCaseOf(*surname, word);
    } else if (i + 1 < span.last && whole && lowerCase(word) == "thi") {
      word = inCaseOf("thị", word);
    }
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

}  // namespace sohoa::indexer
