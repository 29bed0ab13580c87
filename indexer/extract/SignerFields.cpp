#include "indexer/extract/SignerFields.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/extract/PersonName.hpp"
#include "indexer/text/EditDistance.hpp"
#include "indexer/text/TextSplitting.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

constexpr float kReviewBelow = 0.5f;

// The letters of a line without marks, spaces or punctuation: "PHÓ CHỦ TỊCH" -> "phochutich".
std::string letterKey(const std::vector<std::string>& folded, std::size_t first = 0,
                      std::size_t last = std::string::npos) {
  std::string key;
  for (std::size_t i = first; i < std::min(last, folded.size()); ++i)
    for (char c : folded[i])
      if (c >= 'a' && c <= 'z') key += c;
  return key;
}

bool hasLetters(const ocr::Word& word) { return lowerCase(word.text) != upperCase(word.text); }

// The words of a line without small words of no capital at its ends, when two words stay: a
// seal's letters beside a line of capitals read as a syllable (`ai` before `IÚU TỊCH` under
// `TM. ỦY BAN NHÂN DÂN`, seed 7321's chứng thực, its seal whitened of its rims).
std::pair<std::size_t, std::size_t> withoutEdgeSyllables(const TextSegment& segment) {
  const auto syllable = [&](std::size_t i) {
    const ocr::Word& word = segment.words[i];
    return hasLetters(word) && lowerCase(word.text) == word.text && letterKey(segment.folded, i, i + 1).size() <= 2;
  };
  std::size_t first = 0, last = segment.words.size();
  while (last - first > 2 && syllable(first)) ++first;
  while (last - first > 2 && syllable(last - 1)) --last;
  return {first, last};
}

// The letter key of the line without those small words at its ends.
std::string coreKey(const TextSegment& segment) {
  const auto [first, last] = withoutEdgeSyllables(segment);
  return letterKey(segment.folded, first, last);
}

bool mostlyCapitals(const TextSegment& segment) {
  std::size_t upper = 0, counted = 0;
  const auto [first, last] = withoutEdgeSyllables(segment);
  for (std::size_t i = first; i < last; ++i) {
    const auto& word = segment.words[i];
    if (!hasLetters(word)) continue;
    ++counted;
    if (upperCase(word.text) == word.text) ++upper;
  }
  return counted > 0 && upper * 4 >= counted * 3;
}

// TM., KT., TL., TUQ., Q. (the dot may be lost: "KT CHỦ TỊCH").
bool isAuthority(const TextSegment& segment) {
  if (segment.words.size() < 2 || !mostlyCapitals(segment)) return false;
  std::string head = segment.folded.front();
  const bool dotted = head.ends_with('.');
  while (!head.empty() && (head.back() == '.' || head.back() == ',')) head.pop_back();
  if (head == "q") return dotted;
  return head == "tm" || head == "kt" || head == "tl" || head == "tuq";
}

std::string positionOfTail(const std::string& key);

// Positions that sign (Nghị định 30, the civil-status and health papers of a commune desk),
// as letter keys; a deputy is the same with "pho" before it.
bool namesPosition(const std::string& key) {
  if (!positionOfTail(key).empty()) return true;
  static const std::array<std::string_view, 22> heads = {"chutich",
                                                         "giamdoc",
                                                         "tonggiamdoc",
                                                         "truongban",
                                                         "truongphong",
                                                         "truongkhoa",
                                                         "chanhvanphong",
                                                         "thutuong",
                                                         "botruong",
                                                         "thutruong",
                                                         "chanhthanhtra",
                                                         "hieutruong",
                                                         "vientruong",
                                                         "chanhan",
                                                         "bithu",
                                                         "cuctruong",
                                                         "tongcuctruong",
                                                         "truongcongan",
                                                         "nguoithuchienchungthuc",
                                                         "congchuctuphap",
                                                         "chutichuybannhandan",
                                                         "truongthon"};
  const std::string_view rest = std::string_view(key).starts_with("pho") ? std::string_view(key).substr(3) : key;
  for (const auto head : heads)
    if (rest.starts_with(head)) return true;
  // One letter lost or changed in a short position ("CHU TICH" read "CHU TICF").
  for (const auto head : heads)
    if (head.size() >= 7 && rest.size() >= head.size() &&
        editDistance(std::string(rest.substr(0, head.size())), std::string(head)) <= 1)
      return true;
  // The whole line two letters off: the seal's red ring over its first letters (`IÚ TỊCH`
  // under a provincial chairman's seal).
  for (const auto head : heads)
    if (head.size() >= 7 && rest.size() + 2 >= head.size() && rest.size() <= head.size() + 2 &&
        editDistance(std::string(rest), std::string(head)) <= 2)
      return true;
  return false;
}

// Positions as printed: every head above with the positions it opens (a commune's police chief
// signs its giấy báo tử; a health station's head or a hospital ward's a giấy chứng sinh).
constexpr std::array<std::string_view, 40> kPositions = {"CHỦ TỊCH",
                                                         "PHÓ CHỦ TỊCH",
                                                         "THỦ TƯỚNG",
                                                         "PHÓ THỦ TƯỚNG",
                                                         "BỘ TRƯỞNG",
                                                         "THỨ TRƯỞNG",
                                                         "CHÁNH VĂN PHÒNG",
                                                         "PHÓ CHÁNH VĂN PHÒNG",
                                                         "GIÁM ĐỐC",
                                                         "PHÓ GIÁM ĐỐC",
                                                         "TỔNG GIÁM ĐỐC",
                                                         "PHÓ TỔNG GIÁM ĐỐC",
                                                         "TRƯỞNG PHÒNG",
                                                         "PHÓ TRƯỞNG PHÒNG",
                                                         "TRƯỞNG BAN",
                                                         "PHÓ TRƯỞNG BAN",
                                                         "TRƯỞNG KHOA",
                                                         "PHÓ TRƯỞNG KHOA",
                                                         "TRƯỞNG TRẠM Y TẾ",
                                                         "PHÓ TRƯỞNG TRẠM Y TẾ",
                                                         "TRƯỞNG CÔNG AN",
                                                         "PHÓ TRƯỞNG CÔNG AN",
                                                         "TRƯỞNG CÔNG AN XÃ",
                                                         "PHÓ TRƯỞNG CÔNG AN XÃ",
                                                         "CHÁNH THANH TRA",
                                                         "PHÓ CHÁNH THANH TRA",
                                                         "HIỆU TRƯỞNG",
                                                         "PHÓ HIỆU TRƯỞNG",
                                                         "VIỆN TRƯỞNG",
                                                         "PHÓ VIỆN TRƯỞNG",
                                                         "CHÁNH ÁN",
                                                         "PHÓ CHÁNH ÁN",
                                                         "BÍ THƯ",
                                                         "PHÓ BÍ THƯ",
                                                         "CỤC TRƯỞNG",
                                                         "PHÓ CỤC TRƯỞNG",
                                                         "TỔNG CỤC TRƯỞNG",
                                                         "PHÓ TỔNG CỤC TRƯỞNG",
                                                         "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH",
                                                         "NGƯỜI THỰC HIỆN CHỨNG THỰC"};

// A long position whose first letters the seal took (`IIEN CHỪNG THỨC`, `HN CHỪNG THỰC` for
// NGƯỜI THỰC HIỆN CHỨNG THỰC, the seal stamped over the left of a chứng thực's block): the letters
// read are, two letters off at most, the end of one position's and of no other's. Long tails only:
// `Số chứng thực` is two letters off `en chứng thực`, and a deputy's position ends as its head's
// (`...ƯỞNG CÔNG AN XÃ` may be PHÓ TRƯỞNG's): none of those is taken. Empty when none fits.
constexpr std::size_t kShortestReadTail = 10, kShortestTrueTail = 12;

std::string positionOfTail(const std::string& key) {
  if (key.size() < kShortestReadTail) return {};
  std::string found;
  for (const auto& position : kPositions) {
    const std::string whole = letterKey({lowerCase(foldMarks(position))});
    bool fits = false;
    for (std::size_t length = std::max(kShortestTrueTail, key.size() - 2);
         length < whole.size() && length <= key.size() + 2 && !fits; ++length)
      fits = editDistance(key, whole.substr(whole.size() - length)) <= 2;
    if (!fits) continue;
    if (!found.empty()) return {};
    found = position;
  }
  return found;
}

// A reading one or two letters off (a pen stroke read as a letter) is taken as the nearest
// position; a position's end read alone, as the position it ends.
std::string canonicalPosition(const std::string& text) {
  const std::string key = lowerCase(foldMarks(text));
  const std::string_view* best = nullptr;
  std::size_t bestDistance = 3, ties = 0;
  for (const auto& position : kPositions) {
    const std::size_t distance = editDistance(lowerCase(foldMarks(position)), key);
    if (distance < bestDistance) {
      best = &position;
      bestDistance = distance;
      ties = 0;
    } else if (distance == bestDistance) {
      ++ties;
    }
  }
  if (best && ties == 0) return std::string(*best);
  const std::string tail = positionOfTail(letterKey({key}));
  return tail.empty() ? text : tail;
}

// Two words of a name parted by more than a word's room: the seal hid the word between them
// (`Lê` … `Thuận` for Lê Xuân Thuận, its middle word under the seal's letters).
bool hiddenWordBetween(const std::vector<ocr::Word>& words, const NameSpan& span) {
  for (std::size_t i = span.first; i + 1 < span.last; ++i) {
    const int height = std::min(words[i].box.height(), words[i + 1].box.height());
    if (words[i + 1].box.x0 - words[i].box.x1 > 3 * height / 2) return true;
  }
  return false;
}

// Why the name read may be cut short by the seal or the pen, if it may.
std::optional<std::string> mayBeCutShort(const std::vector<ocr::Word>& words, const NameSpan& span) {
  const std::size_t count = span.last - span.first;
  // Marks before a two-word name are the seal or the pen over its first word (most full names
  // have three words or more).
  if (span.afterNoise && count < 3) return "the seal or signature touches the name: its first word may be missing";
  // Two words alone under a seal: the seal stands over the name's left end; a surname lost whole
  // leaves `Kim Phượng`, a name itself.
  if (count == 2) return "two words: the name's surname may be under the seal";
  if (hiddenWordBetween(words, span)) return "a word of the name may be hidden under the seal between the words read";
  return std::nullopt;
}

// The seal over the start of `PHÓ GIÁM ĐỐC` leaves the end of PHÓ as a word of its own (`Ó IÁM
// ĐỐC`), which the nearest position, GIÁM ĐỐC, would drop: a lone `Ó` or `HÓ` before a position
// is a deputy's PHÓ. Empty when the reading does not start so.
std::string deputyCutShort(const std::vector<ocr::Word>& words, std::size_t first, std::size_t last) {
  if (last - first < 2) return {};
  const std::string head = lowerCase(foldMarks(trimmedPunctuation(words[first].text)));
  if (head != "o" && head != "ho") return {};
  const std::string rest = canonicalPosition(joinedText(words, first + 1, last));
  const std::string deputy = "PHÓ " + rest;
  return std::find(kPositions.begin(), kPositions.end(), deputy) != kPositions.end() ? deputy : std::string();
}

// Under `KT. X` (ký thay) the deputy signs for X: PHÓ X, or THỨ TRƯỞNG for a BỘ TRƯỞNG
// (Nghị định 30, Phụ lục I). Empty when X is no position the table knows.
std::string deputyOf(const TextSegment& authority) {
  if (authority.folded.empty() || letterKey({authority.folded.front()}) != "kt") return {};
  const std::string head = canonicalPosition(joinedText(authority.words, 1));
  if (head == "BỘ TRƯỞNG") return "THỨ TRƯỞNG";
  const std::string deputy = "PHÓ " + head;
  return std::find(kPositions.begin(), kPositions.end(), deputy) != kPositions.end() ? deputy : std::string();
}

// Who signs on behalf of a body (its letter key): a people's committee's or council's chairman,
// CHỦ TỊCH; the Government's Prime Minister, THỦ TƯỚNG (Nghị định 30, Phụ lục I). Empty for any other.
std::string headOfBody(const std::string& body) {
  if (body == "uybannhandan" || body == "hoidongnhandan" || body == "ubnd" || body == "hdnd") return "CHỦ TỊCH";
  return body == "chinhphu" ? "THỦ TƯỚNG" : std::string();
}

// Under `TM.` (thay mặt, on its behalf) the body's head signs; empty for any other authority.
std::string headOf(const TextSegment& authority) {
  const std::string key = letterKey(authority.folded);
  if (!key.starts_with("tm")) return {};
  return headOfBody(key.substr(2));
}

// A photocopied citizen's card: its machine-readable zone (IDVNM…, <<<).
bool holdsCard(const PageLayout& page) {
  return std::any_of(page.segments.begin(), page.segments.end(), [](const TextSegment& segment) {
    return std::any_of(segment.folded.begin(), segment.folded.end(), [](const std::string& word) {
      return word.starts_with("idvnm") || word.find("<<<") != std::string::npos;
    });
  });
}

// The fewest letters of a position's tail that the authority line may complete (`TỊCH`).
constexpr std::size_t kShortestTail = 4;

// A signing block whose last line ends below this share of the page's height stands at its foot.
constexpr double kFootOfPage = 0.8;

struct SigningBlock {
  std::size_t first = 0, last = 0;  // segments of the authority and position lines
  const TextSegment* position = nullptr;
  // Opened by a body's name alone (`CHÍNH PHỦ`): the seal hid its `TM.` and the position under it.
  std::string headOfBareBody;
};

ExtractedField field(const char* name, std::string value, int page, const std::vector<ocr::Word>& words,
                     std::size_t first, std::size_t last) {
  ExtractedField out{
      name, std::move(value), page, boxAround(words, first, last), minConfidence(words, first, last), "layout", false,
      {}};
  if (out.confidence < kReviewBelow) {
    out.needsReview = true;
    out.note = std::string(kLowOcrNote);
  }
  return out;
}

// The seal stands over a name's left end, so its surname is the word read least surely; yet a
// surname is checked against the surnames (FieldConfidence), which the seal's noise seldom
// spells. A name whose surname was read fairly and checks is as sure as the words after it
// (`Lương` at 0.72 before `Hữu Long` at 0.97); 0 when that does not hold.
constexpr float kFairSurname = 0.7f;

float sealedSurnameConfidence(const std::vector<ocr::Word>& words, const NameSpan& span, const std::string& name) {
  if (span.last - span.first < 3 || words[span.first].confidence < kFairSurname || !startsWithSurname(name)) return 0;
  return minConfidence(words, span.first + 1, span.last);
}

// A body's name in capitals with no `TM.` before it, in the signing column with a name under it
// (`CHÍNH PHỦ` over `Nguyễn Xuân Phúc` on a decree's last page): a seal stamped over the block's
// upper left took the `TM.` and the position line. Returns the head who signs for the body, or "".
std::string bareBodyHead(const PageLayout& page, std::size_t i) {
  const auto& segment = page.segments[i];
  if (!mostlyCapitals(segment)) return {};
  const std::string head = headOfBody(letterKey(segment.folded));
  if (head.empty()) return {};
  for (std::size_t j = i + 1; j < page.segments.size(); ++j) {
    const auto& next = page.segments[j];
    if (next.box.y0 - segment.box.y1 > page.height / 4) break;
    if (std::abs(next.centreX() - segment.centreX()) < 0.2 * page.width && longestName(next.words, NameCase::Title))
      return head;
  }
  return {};
}

// The lowest signing block of the page: authority lines, then the position under them.
std::optional<SigningBlock> signingBlock(const PageLayout& page) {
  double below = 0.1 * page.height;  // under the national title
  if (holdsCard(page)) {
    // Only a certification under the card signs for the commune.
    below = page.height;
    for (const auto& segment : page.segments)
      if (segment.foldedText().find("chung thuc") != std::string::npos) below = std::min<double>(below, segment.box.y0);
  }
  std::optional<SigningBlock> found;
  for (std::size_t i = 0; i < page.segments.size(); ++i) {
    const auto& segment = page.segments[i];
    // The signing column: right of the middle, where a centred heading does not reach.
    if (segment.box.y0 < below || segment.centreX() < 0.55 * page.width || segment.box.x0 < 0.45 * page.width) continue;
    const bool authority = isAuthority(segment);
    const bool position = mostlyCapitals(segment) && namesPosition(coreKey(segment));
    const std::string bareBody = authority || position ? std::string() : bareBodyHead(page, i);
    if (!authority && !position && bareBody.empty()) continue;
    if (!bareBody.empty()) {
      found = SigningBlock{i, i, nullptr, bareBody};
      continue;
    }
    SigningBlock block{i, i, authority ? nullptr : &segment, {}};
    // The block runs over the capital lines under it: more authorities, the position, and a
    // second title the signer holds (`TRƯỞNG BAN` over `CHỦ TỊCH UBND TỈNH`: the first counts).
    // A fragment of the seal's rim read as capitals beside the position (`AN`) names none: the
    // first line that names a position is the position, else the first line.
    const TextSegment* previous = &segment;
    bool named = !authority;  // a block opened by its position line (no TM./KT.)
    for (std::size_t j = i + 1; j < page.segments.size(); ++j) {
      const auto& next = page.segments[j];
      if (next.centreX() < 0.5 * page.width) continue;
      // A speck of the seal or the pen read as `|` on its own, a third of a letter high at most, is
      // no line of the block (seed 7321: one 3 pixels high stood between `TM. ỦY BAN NHÂN DÂN` and
      // the `ỦTỊCH` under it). A mark as tall as the letters still parts two blocks.
      if (std::all_of(next.words.begin(), next.words.end(), isStrayMark) && 3 * next.box.height() <= previous->height())
        continue;
      if (next.box.y0 - previous->box.y1 > 2 * previous->height() || !mostlyCapitals(next)) break;
      block.last = j;
      previous = &next;
      if (isAuthority(next) || (block.position && named)) continue;
      const bool namesOne = namesPosition(coreKey(next));
      if (!block.position || namesOne) block.position = &next, named = namesOne;
    }
    found = block;
    i = block.last;
  }
  return found;
}

// A signing block with no name read under it (the seal and the signature over it, a name in a
// hand OCR does not read): the clerk is shown where the name stands, never a guess.
ExtractedField unreadSignerName(const PageLayout& page, const TextSegment& bottom, int p) {
  ocr::Box under;
  const int centre = static_cast<int>(bottom.centreX());
  under.x0 = std::max(0, centre - page.width / 5);
  under.x1 = std::min(page.width, centre + page.width / 5);
  under.y0 = bottom.box.y1;
  under.y1 = std::min(page.height, bottom.box.y1 + page.height / 4);
  return {fieldname::kSignerName, "", p, under, 0, "layout", true, std::string(kUnreadSignerNote)};
}

}  // namespace

bool isSigningPosition(const std::string& value) {
  return std::find(kPositions.begin(), kPositions.end(), value) != kPositions.end();
}

std::vector<ExtractedField> signerFields(const std::vector<PageLayout>& pages) {
  std::vector<ExtractedField> out;
  for (int p = static_cast<int>(pages.size()) - 1; p >= 0; --p) {
    const PageLayout& page = pages[static_cast<std::size_t>(p)];
    const auto block = signingBlock(page);
    if (!block) continue;
    const TextSegment& bottom = page.segments[block->last];
    // The last authority line over the position says who signs when it is KT.: its deputy.
    std::string deputy;
    const TextSegment* authority = nullptr;
    for (std::size_t j = block->first; j <= block->last && &page.segments[j] != block->position; ++j)
      if (isAuthority(page.segments[j])) authority = &page.segments[j];
    if (authority) deputy = deputyOf(*authority);
    // Who the authority line says signs: under KT. the deputy, under TM. of a committee its chairman.
    const std::string expected = !deputy.empty() ? deputy : authority ? headOf(*authority) : std::string();
    if (block->position) {
      // Stray marks of the pen beside the words ("__ PHÓ CHỦ TỊCH") are not part of it.
      const auto& words = block->position->words;
      auto [first, last] = withoutEdgeSyllables(*block->position);
      while (first < last && !hasLetters(words[first])) ++first;
      while (last > first && !hasLetters(words[last - 1])) --last;
      if (first < last) {
        const std::string read = joinedText(words, first, last);
        std::string position = canonicalPosition(read);
        if (const std::string cut = deputyCutShort(words, first, last); !cut.empty()) position = cut;
        // Two letters or more lost to the seal (`IÚ TỊCH`): the nearest position, for a clerk to confirm.
        bool throughSeal =
            editDistance(letterKey({lowerCase(foldMarks(read))}), letterKey({lowerCase(foldMarks(position))})) >= 2;
        // The seal or pen took letters from it (`ÓGI M ĐỐC` under `KT. GIÁM ĐỐC`): the deputy.
        const std::string expectedKey = letterKey({lowerCase(foldMarks(expected))});
        const std::string readKey = coreKey(*block->position);
        bool tailOnly = false;
        if (!expected.empty() && editDistance(readKey, expectedKey) <= expectedKey.size() / 3) {
          position = expected;
          throughSeal = false;  // the authority line above says the same
        } else if (!expected.empty() && readKey.size() >= kShortestTail && expectedKey.ends_with(readKey) &&
                   block->position->box.y0 - authority->box.y1 <= authority->height()) {
          // Only its last word left (`TỊCH` right under `TM. ỦY BAN NHÂN DÂN`, no room for a line
          // lost between): the seal hid the start of what the authority line says.
          position = expected;
          throughSeal = false;
          tailOnly = true;
        }
        // A tail read unsurely is as sure as the authority line that names the rest.
        auto signerPosition =
            tailOnly ? field(fieldname::kSignerPosition, position, p, authority->words, 0, authority->words.size())
                     : field(fieldname::kSignerPosition, position, p, words, first, last);
        if (throughSeal) {
          signerPosition.needsReview = true;
          signerPosition.note = "read through the seal or signature: " + read;
        }
        out.push_back(std::move(signerPosition));
      }
    } else if (!deputy.empty()) {
      // The position line lost under the seal: `KT. CHỦ TỊCH` alone still says who signed.
      out.push_back(field(fieldname::kSignerPosition, deputy, p, authority->words, 0, authority->words.size()));
    } else if (!block->headOfBareBody.empty()) {
      // Who signs for the body on its behalf; whether on its behalf (TM.) the seal hid: a clerk confirms.
      const auto& body = page.segments[block->first];
      auto position = field(fieldname::kSignerPosition, block->headOfBareBody, p, body.words, 0, body.words.size());
      position.needsReview = true;
      position.note = "the seal hid the block's TM. and position: the head of " + body.text() + " signs for it";
      out.push_back(std::move(position));
    }
    // The name: the lowest name in the block's column under it, past the signature and seal.
    const TextSegment* name = nullptr;
    NameSpan span;
    int namePage = p;
    for (std::size_t j = block->last + 1; j < page.segments.size(); ++j) {
      const auto& next = page.segments[j];
      if (next.box.y0 - bottom.box.y1 > page.height / 4) break;
      if (std::abs(next.centreX() - bottom.centreX()) > 0.2 * page.width) continue;
      if (auto run = longestName(next.words, NameCase::Title)) {
        name = &next;
        span = *run;
      }
    }
    // A block at the foot of its page with no name under it: the signature and the name went
    // over the page break, to the top of the next page's column (a real resolution's `CHỦ TỊCH`
    // at the foot of page 3, `Bùi Thị Quỳnh Vân` on page 4 beside the rest of `Nơi nhận`).
    if (!name && bottom.box.y1 > kFootOfPage * page.height && p + 1 < static_cast<int>(pages.size())) {
      const PageLayout& over = pages[static_cast<std::size_t>(p) + 1];
      const double column = static_cast<double>(bottom.centreX()) / page.width;
      for (const auto& segment : over.segments) {
        if (segment.box.y0 > over.height / 2) break;
        if (std::abs(static_cast<double>(segment.centreX()) / over.width - column) > 0.2) continue;
        if (auto run = longestName(segment.words, NameCase::Title)) {
          name = &segment;
          span = *run;
          namePage = p + 1;
          break;
        }
      }
    }
    if (name) {
      auto signer =
          field(fieldname::kSignerName, nameText(name->words, span), namePage, name->words, span.first, span.last);
      signer.confidence = std::max(signer.confidence, sealedSurnameConfidence(name->words, span, signer.value));
      if (span.damagedWord) {
        signer.needsReview = true;
        signer.note = damagedNameNote(*span.damagedWord);
      }
      if (!signer.needsReview)
        if (auto doubt = mayBeCutShort(name->words, span)) {
          signer.needsReview = true;
          signer.note = *doubt;
        }
      out.push_back(std::move(signer));
    } else {
      out.push_back(unreadSignerName(page, bottom, p));
    }
    return out;
  }
  return out;
}

}  // namespace sohoa::indexer
