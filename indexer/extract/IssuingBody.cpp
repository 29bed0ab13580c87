#include "indexer/extract/IssuingBody.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "indexer/extract/DomainTables.hpp"
#include "indexer/extract/NameShapedWords.hpp"
#include "indexer/text/EditDistance.hpp"
#include "indexer/text/TextSplitting.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

// How the names of bodies open (folded): state bodies, their offices and units, public
// service units, the Party and mass organisations.
constexpr std::array<std::string_view, 31> kBodyHeads = {
    "uy ban",    "ubnd",      "hoi dong",  "hdnd",    "so",        "phong",    "bo",       "ban",
    "trung tam", "benh vien", "tram",      "cong an", "van phong", "chi cuc",  "cuc",      "tong cuc",
    "truong",    "chinh phu", "dang uy",   "tinh uy", "huyen uy",  "thanh uy", "mat tran", "doan",
    "hoi",       "kho bac",   "chi nhanh", "toa an",  "vien",      "quan doi", "bo phan"};

bool opensBody(const std::string& folded) {
  return std::any_of(kBodyHeads.begin(), kBodyHeads.end(), [&](std::string_view head) {
    return folded.starts_with(head) && (folded.size() == head.size() || folded[head.size()] == ' ');
  });
}

// A body's name standing alone: its kind without its place (ỦY BAN NHÂN DÂN) or a unit cut
// short (BỘ PHẬN TIẾP NHẬN) is continued by the next line.
bool wantsMore(const std::string& folded) {
  return folded == "uy ban nhan dan" || folded == "ubnd" || folded == "hoi dong nhan dan" ||
         folded == "bo phan tiep nhan" || folded == "trung tam y te";
}

// Two words or more, mostly letters: UBND XÃ TÂY THUẬN, CHÍNH PHỦ, BAN CHỈ ĐẠO 138.
bool looksLikeBodyName(const std::vector<ocr::Word>& words) {
  if (words.size() < 2) return false;
  std::size_t letters = 0, digits = 0, others = 0;
  for (const auto& word : words)
    for (char c : foldMarks(word.text)) {
      const auto u = static_cast<unsigned char>(c);
      (std::isalpha(u) ? letters : std::isdigit(u) ? digits : others) += 1;
    }
  return letters >= 4 * others && letters >= 2 * digits;
}

// The words of a header row left of the national title, when OCR read both as one line
// (UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM).
std::vector<ocr::Word> leftOfTitle(const TextSegment& segment) {
  for (std::size_t i = 1; i + 1 < segment.folded.size(); ++i) {
    const std::string pair = segment.folded[i] + " " + segment.folded[i + 1];
    if (pair == "cong hoa" || pair == "doc lap")
      return {segment.words.begin(), segment.words.begin() + static_cast<std::ptrdiff_t>(i)};
  }
  return segment.words;
}

std::string foldedWords(const std::vector<ocr::Word>& words) {
  std::string out;
  for (const auto& word : words) {
    const std::string folded = trimmedPunctuation(lowerCase(foldMarks(word.text)));
    if (!folded.empty()) out += (out.empty() ? "" : " ") + folded;
  }
  return out;
}

// The words every body's name is made of, spelled right: the kinds of bodies, the levels of
// government and the provinces. OCR drops or changes their marks (TĨNH, ĐÔNG, GNGÃI).
struct KnownPhrase {
  std::string key;  // folded
  std::string text;
  bool level = false;     // a level of government: the words after it name a place
  bool province = false;  // a place the tables spell
};

const std::vector<KnownPhrase>& knownPhrases() {
  static const std::vector<KnownPhrase> phrases = [] {
    std::vector<KnownPhrase> out;
    const auto add = [&](std::string text, bool level, bool province) {
      out.push_back({lowerCase(foldMarks(text)), std::move(text), level, province});
    };
    for (const char* kind : {"ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN CHỈ ĐẠO", "BỘ PHẬN TIẾP NHẬN",
                             "VÀ TRẢ KẾT QUẢ", "TRUNG TÂM Y TẾ", "VĂN PHÒNG", "SỞ", "PHÒNG"})
      add(kind, false, false);
    for (const char* level : {"TỈNH", "HUYỆN", "XÃ", "PHƯỜNG", "THỊ TRẤN", "THÀNH PHỐ", "THỊ XÃ", "QUẬN"})
      add(level, true, false);
    for (const auto& province : provinceNames()) add(upperCase(province), false, true);
    // Longest first, so that THỊ XÃ is taken before XÃ.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.key.size() > b.key.size(); });
    return out;
  }();
  return phrases;
}

// True when `read` is `key` with one word cut in two (`bo ph an tiep nhan`): OCR parts a word
// where its letters stand apart, and the halves, no words at all, would be stored as the name.
bool splitOnce(const std::string& read, const std::string& key) {
  if (read.size() != key.size() + 1) return false;
  for (std::size_t at = read.find(' '); at != std::string::npos; at = read.find(' ', at + 1))
    if (read.compare(0, at, key, 0, at) == 0 && read.compare(at + 1, std::string::npos, key, at) == 0) return true;
  return false;
}

// The name as read, its known words spelled right; `allKnown` says whether every word was, and
// `uncheckedScore` is the lowest OCR score of the words no table spells (1 when there are none).
std::string spelledName(const std::vector<ocr::Word>& words, bool* allKnown = nullptr,
                        float* uncheckedScore = nullptr) {
  std::vector<std::string> folded;
  for (const auto& word : words) folded.push_back(trimmedPunctuation(lowerCase(foldMarks(word.text))));
  std::string out;
  // After a level of government come the words of a place's name, where a lone word that folds
  // like a kind or a level is the place's own (SƠN TỊNH is no TỈNH, PHÚ PHONG no PHÒNG).
  bool inPlace = false;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t taken = 0;
    std::string spelled;
    for (const auto& [key, text, level, province] : knownPhrases()) {
      const std::size_t n = static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
      if (i + n > words.size() || (inPlace && n == 1 && !province)) continue;
      std::string read;
      for (std::size_t k = i; k < i + n; ++k) read += (k == i ? "" : " ") + folded[k];
      if (read == key || (key.size() >= 8 && editDistance(read, key) <= 1)) {
        taken = n;
      } else if (i + n + 1 <= words.size() && splitOnce(read + " " + folded[i + n], key)) {
        taken = n + 1;
      } else {
        continue;
      }
      spelled = text;
      inPlace = inPlace || level;
      break;
    }
    if (taken == 0) {
      taken = 1;
      spelled = words[i].text;
      if (allKnown) *allKnown = false;
      if (uncheckedScore) *uncheckedScore = std::min(*uncheckedScore, words[i].confidence);
    }
    out += (out.empty() ? "" : " ") + spelled;
    i += taken;
  }
  return out;
}

// A line without the specks read at its ends (`TRUNG TÂM Y TẾ HUYỆN TÂY SƠN _.`): words with
// no letter or digit, whose low scores would send the body's name to review.
std::vector<ocr::Word> withoutStrayMarks(std::vector<ocr::Word> line) {
  while (!line.empty() && isStrayMark(line.back())) line.pop_back();
  while (!line.empty() && isStrayMark(line.front())) line.erase(line.begin());
  return line;
}

// Lines of a block, top to bottom, grouped into bodies; the last body is the issuer.
std::optional<BodyReading> lastBody(const std::vector<std::vector<ocr::Word>>& readLines) {
  std::vector<std::vector<ocr::Word>> bodies, lines;
  for (const auto& line : readLines)
    if (auto kept = withoutStrayMarks(line); !kept.empty()) lines.push_back(std::move(kept));
  for (const auto& line : lines) {
    const std::string folded = foldedWords(line);
    if (bodies.empty() || (opensBody(folded) && !wantsMore(foldedWords(bodies.back())))) bodies.emplace_back();
    bodies.back().insert(bodies.back().end(), line.begin(), line.end());
  }
  if (bodies.empty()) return std::nullopt;
  bool allKnown = true;
  float uncheckedScore = 1.0f;
  BodyReading body{spelledName(bodies.back(), &allKnown, &uncheckedScore), bodies.back(), true, {}, false, {}};
  body.spelledAll = allKnown;
  body.uncheckedScore = uncheckedScore;
  if (!opensBody(foldedWords(body.words))) {
    body.sure = false;
    body.doubt = "the issuing body's name does not open as a body's does";
  } else if (wantsMore(foldedWords(body.words))) {
    body.sure = false;
    body.doubt = "the issuing body's name seems cut short";
  }
  return body;
}

// Upper-case name lines standing one under the other, the same row's pieces joined (a long
// name cut where OCR saw a gap between its words).
void addLine(std::vector<std::vector<ocr::Word>>& lines, std::vector<const TextSegment*>& last,
             const TextSegment& segment, const std::vector<ocr::Word>& words) {
  if (!last.empty() && std::abs(segment.centreY() - last.back()->centreY()) < segment.height() / 2.0) {
    lines.back().insert(lines.back().end(), words.begin(), words.end());
  } else {
    lines.push_back(words);
  }
  last.push_back(&segment);
}

// The top-left block, down to the `Số:` line or the gap (the rule) under the block.
std::optional<BodyReading> topLeftBlock(const PageLayout& page, std::optional<std::size_t> number) {
  std::vector<std::vector<ocr::Word>> lines;
  std::vector<const TextSegment*> taken;
  for (std::size_t i = 0; i < page.segments.size(); ++i) {
    const auto& segment = page.segments[i];
    if (number && i >= *number) break;
    if (!page.inTop(segment, 0.25)) break;
    if (segment.box.x0 > 0.4 * page.width) continue;
    const auto words = leftOfTitle(segment);
    if (boxAround(words).x1 > 0.6 * page.width || isNationalTitle(joinedText(words))) continue;
    if (!mostlyUpperCase(segment) || !looksLikeBodyName(words)) {
      if (!taken.empty()) break;  // the block has ended
      continue;
    }
    if (!taken.empty() && segment.box.y0 - taken.back()->box.y1 > 2 * taken.back()->height()) break;
    addLine(lines, taken, segment, words);
  }
  return lastBody(lines);
}

// A certified copy: the body's name in capitals right above the chứng thực heading.
std::optional<BodyReading> aboveCertification(const PageLayout& page) {
  for (std::size_t i = 0; i < page.segments.size(); ++i) {
    const auto type = typeHeading(page.segments[i].text());
    if (!type || type->kind != DocumentKind::Certification) continue;
    std::vector<std::vector<ocr::Word>> lines;
    const TextSegment* below = &page.segments[i];
    for (std::size_t j = i; j-- > 0;) {
      const auto& segment = page.segments[j];
      if (below->box.y0 - segment.box.y1 > 2 * below->height()) break;
      if (segment.box.x1 < below->box.x0 - below->height() * 4 || segment.box.x0 > below->box.x1) continue;
      if (!mostlyUpperCase(segment) || !looksLikeBodyName(segment.words)) break;
      lines.insert(lines.begin(), segment.words);
      below = &segment;
    }
    return lastBody(lines);
  }
  return std::nullopt;
}

// "Ủy ban nhân dân xã Tây Thuận" in a line of text: the kind of body, the level and the
// place's capitalised words.
std::optional<BodyReading> namedInText(const TextSegment& segment) {
  const auto& f = segment.folded;
  for (std::size_t i = 0; i + 4 < f.size(); ++i) {
    const std::string head = trimmedPunctuation(f[i]) + " " + f[i + 1] + " " + f[i + 2] + " " + f[i + 3];
    if (head != "uy ban nhan dan") continue;
    std::size_t end = i + 4;
    const std::string level = trimmedPunctuation(f[end]);
    const bool twoWordLevel = level == "thi" || level == "thanh";
    static const std::array<std::string_view, 6> levels = {"xa", "phuong", "huyen", "quan", "tinh", "thi"};
    if (std::find(levels.begin(), levels.end(), level) == levels.end() && level != "thanh") return std::nullopt;
    end += twoWordLevel ? 2 : 1;
    std::size_t name = end;
    while (name < segment.words.size() && looksLikeNameWord(std::string(trimmedPunctuation(segment.words[name].text))))
      ++name;
    if (name == end || name - end > 4) return std::nullopt;
    std::vector<ocr::Word> words(segment.words.begin() + static_cast<std::ptrdiff_t>(i),
                                 segment.words.begin() + static_cast<std::ptrdiff_t>(name));
    std::string value = joinedText(words);
    while (!value.empty() && std::ispunct(static_cast<unsigned char>(value.back()))) value.pop_back();
    return BodyReading{value, words, true, {}, false, {}};
  }
  return std::nullopt;
}

// The place named after the body's level (`Mỹ Lợi` of `Ủy ban nhân dân xã Mỹ Lợi`), folded.
std::vector<std::string> placeOf(const BodyReading& body) {
  std::vector<std::string> folded;
  for (const auto& word : body.words) folded.push_back(lowerCase(foldMarks(trimmedPunctuation(word.text))));
  if (folded.size() < 6) return {};
  const bool twoWordLevel = folded[4] == "thi" || folded[4] == "thanh";  // thị xã, thành phố
  return {folded.begin() + (twoWordLevel ? 6 : 5), folded.end()};
}

// The place's words read surely in another line of the page (`Nơi cư trú: … xã Mỹ Lợi, huyện
// …`): a name read doubtfully beside a form's dotted leader (`Lợi.` at 0.43) is confirmed.
bool placeReadSurelyElsewhere(const PageLayout& page, const TextSegment& where, const std::vector<std::string>& place) {
  constexpr float kSure = 0.9f;
  if (place.empty()) return false;
  for (const auto& segment : page.segments) {
    if (&segment == &where) continue;
    for (std::size_t i = 0; i + place.size() <= segment.words.size(); ++i) {
      bool all = true;
      for (std::size_t k = 0; k < place.size() && all; ++k)
        all = trimmedPunctuation(segment.folded[i + k]) == place[k] && segment.words[i + k].confidence >= kSure;
      if (all) return true;
    }
  }
  return false;
}

// A result without a block: the registering body in its text, the "Nơi đăng ký" line first.
std::optional<BodyReading> inText(const PageLayout& page) {
  std::optional<BodyReading> any;
  for (const auto& segment : page.segments) {
    // A form's dotted blank glued to the name (".Ủy.ban nhân dân xã Mỹ Lợi.") is no part of it.
    TextSegment line = segment;
    line.words = withoutLeaders(segment.words);
    line.folded.clear();
    for (const auto& word : line.words) line.folded.push_back(lowerCase(foldMarks(word.text)));
    auto named = namedInText(line);
    if (!named) continue;
    // `Ủy ban nhân dân` and the level are the pattern's own words; the place is the rest.
    named->spelledAll = placeReadSurelyElsewhere(page, segment, placeOf(*named));
    if (segment.foldedText().starts_with("noi dang ky")) return named;
    if (!any) any = std::move(named);
  }
  return any;
}

}  // namespace

std::optional<BodyReading> issuingBody(const PageLayout& page, std::optional<std::size_t> numberLine,
                                       DocumentKind kind) {
  if (kind == DocumentKind::IdCopy) return std::nullopt;  // the card's issuer is no body of the dossier
  if (kind == DocumentKind::Certification) return aboveCertification(page);
  if (auto block = topLeftBlock(page, numberLine)) return block;
  if (kind == DocumentKind::Result) return inText(page);
  return std::nullopt;
}

}  // namespace sohoa::indexer
