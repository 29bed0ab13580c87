#include "indexer/extract/HeaderFields.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "indexer/extract/CardMrz.hpp"
#include "indexer/extract/CitizenId.hpp"
#include "indexer/extract/DomainTables.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/extract/IssuingBody.hpp"
#include "indexer/extract/NameShapedWords.hpp"
#include "indexer/extract/WrittenDate.hpp"
#include "indexer/text/EditDistance.hpp"
#include "indexer/text/TextSplitting.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

// Word confidence under which a clerk must confirm a value. Values that passed a format
// check (a date that exists, a notation with a known type) can stand lower confidence:
// Tesseract scores words mixing digits, slashes and capitals low even when right.
constexpr float kReviewBelow = 0.5f;
constexpr float kReviewBelowChecked = 0.3f;
// Notations: a number, a slash and letter groups is a shape OCR noise does not
// take by chance, and Tesseract scores unknown notations (XNTTHN) as low as 0.2 when right.
constexpr float kReviewBelowNotation = 0.15f;

ExtractedField field(const char* name, std::string value, int page, const std::vector<ocr::Word>& words,
                     std::size_t first = 0, std::size_t last = SIZE_MAX) {
  ExtractedField out{
      name, std::move(value), page, boxAround(words, first, last), minConfidence(words, first, last), "layout", false,
      {}};
  const std::string_view kind(out.name);
  const float threshold = kind == fieldname::kCodeNotation                   ? kReviewBelowNotation
                          : kind == "date" || kind == fieldname::kIssuedDate ? kReviewBelowChecked
                                                                             : kReviewBelow;
  if (out.confidence < threshold) {
    out.needsReview = true;
    out.note = std::string(kLowOcrNote);
  }
  return out;
}

// The left edge of the text block: left-aligned lines start there, centred ones do not.
int textLeft(const PageLayout& page) {
  int left = page.width;
  for (const auto& segment : page.segments) left = std::min(left, segment.box.x0);
  return left;
}

bool centredLine(const PageLayout& page, const TextSegment& segment, int left) {
  return std::abs(segment.centreX() - page.width / 2.0) < 0.07 * page.width && segment.box.width() < 0.7 * page.width &&
         segment.box.x0 > left + 0.04 * page.width;
}

// "Số: 15/QĐ-UBND" (also "Số 15/QĐ-UBND", "So: 09/2025/QĐ-TTg") in the top-left column.
// A word of marks alone (`¬`, `—`): no letter, no digit.
bool marksOnly(const ocr::Word& word) {
  return std::none_of(word.text.begin(), word.text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || u >= 0xC3;
  });
}

// The words of a header line in the page's left half: OCR reads `Số: 101/GBT` and the dateline
// across from it as one line where a mark bridges the gap (`Số: 101/GBT ¬ Nghi Trung, ngày …`).
TextSegment leftHalf(TextSegment segment, int pageWidth) {
  std::size_t keep = 0;
  while (keep < segment.words.size() && segment.words[keep].box.x0 <= pageWidth / 2) ++keep;
  if (keep == 0 || keep == segment.words.size()) return segment;
  segment.words.resize(keep);
  segment.folded.resize(keep);
  segment.box = boxAround(segment.words);
  return segment;
}

std::optional<std::size_t> numberLine(const PageLayout& page) {
  for (std::size_t i = 0; i < page.segments.size(); ++i) {
    const TextSegment segment = leftHalf(page.segments[i], page.width);
    if (!page.inTop(segment, 0.35) || segment.centreX() > 0.5 * page.width) continue;
    const TextSegment line = withoutLeadingStrayMarks(segment);
    const std::string first = trimmedPunctuation(line.folded.front());
    if ((first == "so" || first == "s6" || first == "s0") && line.text().find('/') != std::string::npos) return i;
    if (first.starts_with("so") && line.folded.front().find(':') != std::string::npos) return i;
  }
  return std::nullopt;
}

// The register book beside a certificate's number (`Số: 129  Quyển số: 01/2025`, Thông tư
// 04/2020's forms) is another field: the row ends where it begins, also where OCR ran the label's
// words together (`Quyểnsố:`).
bool opensRegisterBook(const std::string& folded) { return trimmedPunctuation(folded).starts_with("quyen"); }

// The number line with the pieces OCR cut from it on the same row: the blank left for a
// handwritten number is a gap wide enough to split "Số:" from "/QĐ-UBND".
TextSegment numberRow(const PageLayout& page, std::size_t number) {
  TextSegment row = withoutLeadingStrayMarks(leftHalf(page.segments[number], page.width));
  for (std::size_t i = number + 1; i < page.segments.size(); ++i) {
    const auto& next = page.segments[i];
    if (std::abs(next.centreY() - row.centreY()) > row.height() / 2.0) break;
    if (next.box.x0 < row.box.x1 || next.centreX() > 0.5 * page.width) continue;
    row.words.insert(row.words.end(), next.words.begin(), next.words.end());
    row.folded.insert(row.folded.end(), next.folded.begin(), next.folded.end());
    row.box = row.box.united(next.box);
  }
  const auto book = std::find_if(row.folded.begin() + 1, row.folded.end(), opensRegisterBook);
  std::size_t keep = row.folded.size() > 1 && book != row.folded.end()
                         ? static_cast<std::size_t>(book - row.folded.begin())
                         : row.words.size();
  // A mark alone after the number (`Số: 101/GBT ¬`, a speck between the columns) is no part of it.
  while (keep > 1 && marksOnly(row.words[keep - 1])) --keep;
  if (keep < row.words.size()) {
    row.words.resize(keep);
    row.folded.resize(keep);
    row.box = boxAround(row.words);
  }
  return row;
}

// A number without a notation has no shape to check it by, and is often written by hand
// into the form's blank: only a confident reading stands without a clerk.
constexpr float kReviewBareNumberBelow = 0.85f;
ExtractedField bareNumber(ExtractedField number) {
  if (number.confidence < kReviewBareNumberBelow && !number.needsReview) {
    number.needsReview = true;
    number.note = "a number without notation read with low confidence (handwritten?)";
  }
  return number;
}

// The abbreviation as the table spells it (QD -> QĐ; QĐÐ, a letter read twice, -> QĐ; one
// letter off when no other abbreviation is as near), or the group as read.
std::string canonicalAbbreviation(const std::string& group) {
  auto undoubled = [](std::string text) {
    text.erase(std::unique(text.begin(), text.end()), text.end());
    return text;
  };
  const std::string key = upperCase(foldMarks(group));
  const DocumentType* nearest = nullptr;
  int nearOnes = 0;
  for (const auto& type : documentTypes()) {
    if (type.abbreviation.empty()) continue;
    const std::string abbreviation = upperCase(foldMarks(type.abbreviation));
    if (abbreviation == key || undoubled(abbreviation) == undoubled(key)) return type.abbreviation;
    // A clean reading in capitals is an abbreviation the table lacks (GBT, XNTTHN), not a slip.
    const bool clean = std::all_of(group.begin(), group.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!clean && key.size() >= 3 && editDistance(abbreviation, key) == 1) {
      nearest = &type;
      ++nearOnes;
    }
  }
  return nearOnes == 1 ? nearest->abbreviation : group;
}

// The issuer's part of a notation, a mark read twice or wrong mended (HĐDND -> HĐND).
std::string canonicalIssuer(const std::string& group) {
  static const std::vector<std::string> issuers = {"UBND", "HĐND", "VP", "CP", "TTg", "BTP", "BNV", "VPCP", "BPMC"};
  const bool clean = std::all_of(group.begin(), group.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (clean || group.size() < 4) return group;
  for (const auto& issuer : issuers)
    if (editDistance(upperCase(foldMarks(issuer)), upperCase(foldMarks(group))) <= 1 && issuer.size() >= 4)
      return issuer;
  return group;
}

// The notation after a number's slash: optional year, then letter groups joined by '-'.
std::optional<std::string> notationAfter(const std::string& rest) {
  std::string notation;
  std::size_t start = 0;
  bool firstLetters = true;
  for (std::size_t i = 0; i <= rest.size(); ++i) {
    if (i < rest.size() && rest[i] != '-' && rest[i] != '/') continue;
    std::string group = rest.substr(start, i - start);
    const char separator = i < rest.size() ? rest[i] : '\0';
    start = i + 1;
    if (group.empty()) return std::nullopt;
    const bool year = group.size() == 4 && std::all_of(group.begin(), group.end(), ::isdigit) && notation.empty();
    if (!year) {
      // Letters; after the first group digits may follow them (QĐ-BCĐ138).
      const std::string folded = foldMarks(group);
      if (!std::isalpha(static_cast<unsigned char>(folded.front())) ||
          !std::all_of(folded.begin(), folded.end(), [&](char c) {
            const auto u = static_cast<unsigned char>(c);
            return std::isalpha(u) || (!firstLetters && std::isdigit(u));
          }))
        return std::nullopt;
      if (group.size() > 10) return std::nullopt;  // a word, not an abbreviation
      group = firstLetters ? canonicalAbbreviation(group) : canonicalIssuer(group);
      firstLetters = false;
    }
    notation += group;
    if (separator) notation += separator;
  }
  if (notation.empty() || firstLetters) return std::nullopt;
  return notation;
}

// A signed paper's number is written by hand into the blank before the printed notation
// (`Số: 86 /QĐ-UBND`). When no digits could be read there, the clerk is shown the blank and what
// was read around it, never a guess.
ExtractedField unreadNumber(const TextSegment& segment, int page, std::size_t slashWord) {
  ocr::Box blank = segment.box;
  const auto& words = segment.words;
  if (slashWord < words.size() && slashWord > 0) {
    blank.x0 = words.front().box.x1;
    blank.x1 = std::max(blank.x0 + 1, words[slashWord].box.x0 + (words[slashWord].text.starts_with("/") ? 0 : 1));
  }
  return {fieldname::kCodeNumber, "", page, blank, 0, "layout", true, std::string(kUnreadNumberNote) + segment.text()};
}

// `bareUnread`: a `Số:` with nothing read after it (a certificate's number written by hand and
// emptied by the OCR's reader as unreadable) waits for a clerk, empty, like a number before a notation.
void readNumberAndNotation(const TextSegment& segment, int page, std::vector<ExtractedField>& out,
                           bool bareUnread = false) {
  // Everything after "Số:" without spaces: OCR puts spaces around '/' and '-'.
  std::string value;
  std::size_t firstWord = 1;
  const std::string& head = segment.words.front().text;
  if (const auto colon = head.find(':'); colon != std::string::npos && colon + 1 < head.size()) {
    value = head.substr(colon + 1);
    firstWord = 0;
  }
  for (std::size_t i = 1; i < segment.words.size(); ++i)
    value += segment.words[i].text == ":" ? "" : segment.words[i].text;
  if (!value.empty() && value.front() == ':') value.erase(0, 1);
  // OCR reads the slash as a fraction or division slash now and then.
  for (const std::string_view slashLike : {"\u2044", "\u2215"})
    for (auto at = value.find(slashLike); at != std::string::npos; at = value.find(slashLike))
      value.replace(at, slashLike.size(), "/");
  // A pen's or the leaders' stray mark after it ("2876/GCS _", "986_") is no part of it.
  while (!value.empty() && std::string_view("_.,;:|~'`\"").find(value.back()) != std::string_view::npos)
    value.pop_back();
  const auto slash = value.find('/');
  if (slash == std::string::npos) {
    // A certificate's register number stands alone (Số: 129).
    const std::string digits = trimmedPunctuation(value);
    const auto hasDigit = [](const ocr::Word& word) {
      return std::any_of(word.text.begin(), word.text.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (!digits.empty() && digits.size() <= 6 &&
        std::all_of(digits.begin(), digits.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      // Its words are those holding its digits: the leader's `__` after it is no part of its score.
      const std::size_t from = firstWord == 0 ? 0 : 1;
      std::size_t to = from;
      while (to < segment.words.size() && (to == from || hasDigit(segment.words[to]))) ++to;
      out.push_back(bareNumber(field(fieldname::kCodeNumber, digits, page, segment.words, from, to)));
    } else if (bareUnread && digits.empty()) {
      out.push_back(unreadNumber(segment, page, segment.words.size()));
    }
    return;
  }
  // The number is often written by hand into the blank before the slash: when it cannot
  // be read (or is not there: a draft), the printed notation still is.
  auto number = slash == 0 ? std::nullopt : repairedDigits(value.substr(0, slash), 1);
  if ((number && number->size() > 5) || (!number && slash > 4)) return;
  auto notation = notationAfter(value.substr(slash + 1));
  if (!notation) {
    // The pen's digits read with a slash among them (`/2/UBND-KTTH` for a handwritten 512): the
    // notation after a later slash, the number left unread.
    for (auto at = value.find('/', slash + 1); at != std::string::npos && !notation; at = value.find('/', at + 1))
      notation = notationAfter(value.substr(at + 1));
    if (!notation) return;
    number.reset();
  }
  // The number's own words (up to the slash) say how sure it is, and the notation's words how
  // sure that is: the notation's shape checks the notation, not the digits before it (465 was
  // stored for a printed 155), and a pen's unsure digits do not make a printed notation unsure.
  const std::size_t from = firstWord == 0 ? 0 : 1;
  std::size_t slashWord = from;
  while (slashWord < segment.words.size() && segment.words[slashWord].text.find('/') == std::string::npos) ++slashWord;
  if (number) {
    std::size_t to = slashWord;
    if (to < segment.words.size() && !segment.words[to].text.starts_with("/")) ++to;
    out.push_back(field(fieldname::kCodeNumber, *number, page, segment.words, from, std::max(to, from + 1)));
  } else {
    out.push_back(unreadNumber(segment, page, slashWord));
  }
  out.push_back(field(fieldname::kCodeNotation, *notation, page, segment.words,
                      slashWord < segment.words.size() ? slashWord : from));
}

// "Số chứng thực: 630" (and the book, "Quyển số: 01/2025-SCT/BS", which is not the number).
void readCertificationNumber(const PageLayout& page, std::vector<ExtractedField>& out) {
  for (const auto& segment : page.segments) {
    const auto& f = segment.folded;
    for (std::size_t i = 0; i + 2 < f.size(); ++i) {
      if (f[i] != "so" || f[i + 1] != "chung" || !trimmedPunctuation(f[i + 2]).starts_with("thuc")) continue;
      std::size_t at = i + 3;
      std::string token = segment.words[i + 2].text.substr(segment.words[i + 2].text.find(':') + 1);
      if (token.empty() || segment.words[i + 2].text.find(':') == std::string::npos) {
        if (at >= f.size()) return out.push_back(unreadNumber(segment, 0, f.size()));
        token = segment.words[at].text;
      } else {
        at = i + 2;
      }
      const std::string digits = trimmedPunctuation(token);
      if (digits.empty() || digits.size() > 6 || !std::all_of(digits.begin(), digits.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c));
          }))
        return out.push_back(unreadNumber(segment, 0, f.size()));
      out.push_back(bareNumber(field(fieldname::kCodeNumber, digits, 0, segment.words, at, at + 1)));
      return;
    }
  }
}

// A date read as the issued date; after the day extraction is given it is a misreading.
void addIssuedDate(ExtractedField date, const CalendarDay& today, std::vector<ExtractedField>& out) {
  date.name = fieldname::kIssuedDate;
  if (date.value > today.iso() && !date.needsReview) {  // a digit misread (2035 for 2025)
    date.needsReview = true;
    date.note = "the date is in the future";
  }
  out.push_back(std::move(date));
}

// "Đức Lạng, ngày 07 tháng 9 năm 2025": a place, a comma, then the date. The place is a name
// (capitalised), which tells it from a time (vào lúc 14 giờ 16 phút, ngày 10/05/2025: the day of a
// death, not of the paper); OCR may glue the comma's two sides (`Lợi,ngày`).
bool placeAndDate(const TextSegment& segment) {
  for (std::size_t i = 0; i < segment.words.size(); ++i) {
    const std::string& text = segment.words[i].text;
    const auto comma = text.find(',');
    if (comma == std::string::npos) continue;
    const bool glued = comma + 1 < text.size();
    const std::string place = trimmedPunctuation(text.substr(0, comma));
    const std::string after = glued                          ? segment.folded[i].substr(segment.folded[i].find(',') + 1)
                              : i + 1 < segment.words.size() ? segment.folded[i + 1]
                                                             : "";
    if (after.starts_with("ngay") && looksLikeNameWord(place)) return true;
  }
  return false;
}

// A citizen's card copied onto the page (its heading or its MRZ): the card's dates (of birth,
// of issue, of expiry) are the card's, never the paper's.
bool holdsCardCopy(const PageLayout& page) {
  const bool cardHeading = std::any_of(page.segments.begin(), page.segments.end(), [](const TextSegment& segment) {
    if (!mostlyUpperCase(segment)) return false;
    const auto type = typeHeading(segment.text());
    return type && type->kind == DocumentKind::IdCopy;
  });
  return cardHeading || cardMrzOn(page).has_value();
}

// A certificate's register entry, `Ngày, tháng, năm đăng ký:`, matched by its letters: OCR drops
// or swaps the commas and marks (`Ngày tháng. năm đăng kỷ`), and a letter now and then.
bool opensRegisterDate(const TextSegment& segment) {
  static const std::string kLabel = "ngaythangnamdangky";
  std::string letters;
  for (const auto& word : segment.folded) {
    for (char c : word)
      if (c >= 'a' && c <= 'z') letters += c;
    if (letters.size() >= kLabel.size()) break;
  }
  return letters.size() >= kLabel.size() && editDistance(letters.substr(0, kLabel.size()), kLabel) <= 2;
}

// `ngày … tháng … năm …` in this order (the words as OCR folds them, digits glued or not): a date
// line whatever was written into its blanks.
bool dateShaped(const TextSegment& segment) {
  static const std::vector<std::string_view> kWords = {"ngay", "thang", "nam"};
  std::size_t next = 0;
  for (const auto& word : segment.folded) {
    const std::string bare = trimmedPunctuation(word.substr(word.find(',') + 1));  // npos + 1 is 0
    if (next < kWords.size() && bare.starts_with(kWords[next])) ++next;
  }
  return next == kWords.size();
}

// The date line's segment, with the rest of the line when OCR parted it at a handwritten day it
// dropped (`Làm tại: Mỹ Lợi, ngày` and `tháng năm 2025` side by side): one segment again.
TextSegment withDateRest(const PageLayout& page, std::size_t i) {
  TextSegment line = page.segments[i];
  if (line.folded.empty() || trimmedPunctuation(line.folded.back()) != "ngay") return line;
  for (const auto& rest : page.segments) {
    if (rest.folded.empty() || !rest.folded.front().starts_with("thang")) continue;
    const int gap = rest.box.x0 - line.box.x1;
    const bool sameRows = ocr::sharedRows(line.box, rest.box) * 2 >= std::min(line.box.height(), rest.box.height());
    if (!sameRows || gap < 0 || gap > 8 * std::max(line.height(), 1)) continue;
    line.words.insert(line.words.end(), rest.words.begin(), rest.words.end());
    line.folded.insert(line.folded.end(), rest.folded.begin(), rest.folded.end());
    line.box = line.box.united(rest.box);
    break;
  }
  return line;
}

// The place-and-date line of a signed paper whose day (or month) is written by hand and was not
// read: the field waits for a clerk, empty, with the line as read.
ExtractedField unreadDate(const TextSegment& segment) {
  return {fieldname::kIssuedDate, "", 0, segment.box, 0, "layout", true, std::string(kUnreadDateNote) + segment.text()};
}

void readIssuedDate(const PageLayout& page, const std::optional<FoundHeading>& heading, const CalendarDay& today,
                    std::vector<ExtractedField>& out) {
  const DocumentKind kind = heading ? heading->type.kind : DocumentKind::Other;
  // A card copy is dated by nothing of its own. A certified copy is dated by its chứng thực block
  // alone: what stands above the block is the copied paper's (its date of issue, of birth, of
  // registration, its own header).
  if (kind == DocumentKind::IdCopy) return;
  if (kind == DocumentKind::Certification) {
    std::optional<TextSegment> unread;  // the block's date line, its date not read (`Ngày /06 /2025`)
    for (std::size_t i = page.segments.size(); i-- > heading->segment + 1;) {
      const auto& segment = page.segments[i];
      if (trimmedPunctuation(segment.folded.front()) != "ngay" && !placeAndDate(segment)) continue;
      if (auto date = dateOnLine(page, i)) return addIssuedDate(std::move(*date), today, out);
      if (!unread) unread = segment;
    }
    if (unread) out.push_back(unreadDate(*unread));
    return;
  }
  if (holdsCardCopy(page)) return;
  std::optional<TextSegment> unread;  // the first date line whose date could not be read
  for (std::size_t i = 0; i < page.segments.size(); ++i) {
    const auto& segment = page.segments[i];
    // The place-and-date line stands in the right column of the header.
    if (!page.inTop(segment, 0.25) || segment.box.x0 < 0.35 * page.width) continue;
    // A labelled date (Ngày sinh: 18/10/1937) on a form's first lines is no place-and-date line.
    if (segment.text().find(':') != std::string::npos) continue;
    if (auto date = dateOnLine(page, i)) return addIssuedDate(std::move(*date), today, out);
    if (const TextSegment line = withDateRest(page, i); !unread && dateShaped(line)) unread = line;
  }
  for (std::size_t i = page.segments.size(); i-- > 0;) {
    const auto& segment = page.segments[i];
    // A tờ khai is dated on its signing line, at the bottom; a certificate by its register
    // entry (Ngày, tháng, năm đăng ký: 16/11/2025).
    const bool signingLine = !page.inTop(segment, 0.25) && placeAndDate(segment);
    if (!signingLine && !opensRegisterDate(segment)) continue;
    if (auto date = dateOnLine(page, i)) return addIssuedDate(std::move(*date), today, out);
    // A register entry's label is the date's shape itself (`Ngày, tháng, năm đăng ký:`).
    if (const TextSegment line = withDateRest(page, i); !unread && (!signingLine || dateShaped(line))) unread = line;
  }
  if (unread) out.push_back(unreadDate(*unread));
}

// The receipt's date read unsurely (`năm 2025.` at 0.32) is the day its software printed as the
// dossier's intake time (`Thời gian nhận hồ sơ: 10 giờ 04 phút, ngày 24/02/2025`): where that line
// reads the same date surely, two readings of the page agree.
void confirmByIntakeTime(const PageLayout& page, std::vector<ExtractedField>& out) {
  constexpr float kSure = 0.85f;
  constexpr float kUnsure = 0.5f;  // FieldConfidence trusts a date read from this score on
  for (auto& date : out) {
    if (date.name != fieldname::kIssuedDate || date.value.empty() || date.confidence >= kUnsure) continue;
    for (std::size_t i = 0; i < page.segments.size(); ++i) {
      const std::string text = page.segments[i].foldedText();
      if (text.find("thoi gian nhan ho so") == std::string::npos) continue;
      if (auto intake = dateOnLine(page, i); intake && intake->value == date.value && intake->confidence >= kSure) {
        date.confidence = intake->confidence;
        date.method = "layout+intake";
      }
    }
  }
}

// A line the marks of the next line were read into alone (`.` .^A ,À` above `Về việc …`):
// it overlaps the next line by most of its own height. The marks may come in pieces far apart
// on their row (`.^A ,À k4` … `ˆ Lá ˆ A Lá`), in any order: the row they make together overlaps
// the next line, the first segment after the piece that is taller and stands lower.
bool marksOfNextLine(const PageLayout& page, std::size_t i) {
  constexpr std::size_t kPiecesLooked = 12;
  const auto& line = page.segments[i];
  auto onItsRow = [&](const TextSegment& other) {
    return ocr::sharedRows(line.box, other.box) > std::min(line.box.height(), other.box.height()) / 2;
  };
  const TextSegment* next = nullptr;
  for (std::size_t j = i + 1; j < page.segments.size() && !next; ++j) {
    const auto& after = page.segments[j];
    if (after.height() > line.height() && after.box.y0 > line.box.y0)
      next = &after;
    else if (!onItsRow(after))
      return false;  // a line of its own comes first
  }
  if (!next) return false;
  ocr::Box row = line.box;
  const std::size_t first = i > kPiecesLooked ? i - kPiecesLooked : 0;
  for (std::size_t k = first; k < std::min(page.segments.size(), i + kPiecesLooked); ++k) {
    const auto& piece = page.segments[k];
    if (&piece != next && piece.height() < next->height() && onItsRow(piece)) row = row.united(piece.box);
  }
  return row.y1 - next->box.y0 > row.height() / 2;
}

// What follows a document's summary: the addressee, the grounds, the body, the authority line.
bool afterSummary(const TextSegment& segment) {
  const std::string folded = segment.foldedText();
  for (const std::string_view opening : {"kinh gui", "can cu", "thuc hien", "theo de nghi", "dieu "})
    if (folded.starts_with(opening)) return true;
  return mostlyUpperCase(segment);  // ỦY BAN NHÂN DÂN TỈNH …, CHỦ TỊCH …
}

// How a summary's first line opens: "Về việc …", "V/v …", "Về …", "Quy định …", "Ban hành …".
bool opensSummary(const TextSegment& segment) {
  const std::string first = segment.folded.front();
  return first == "ve" || first.starts_with("v/v") || first == "quy" || first == "ban";
}

void readSubject(const PageLayout& page, const std::optional<FoundHeading>& heading, std::optional<std::size_t> number,
                 std::vector<ExtractedField>& out) {
  std::vector<ocr::Word> words;
  const int left = textLeft(page);
  const TextSegment* previous = heading ? &page.segments[heading->segment] : nullptr;
  const TextSegment* first = nullptr;
  const TextSegment* cutAt = nullptr;  // a line right under the summary, not centred on it
  for (std::size_t i = heading ? heading->segment + 1 : page.segments.size(); i < page.segments.size(); ++i) {
    const auto& segment = page.segments[i];
    if (marksOfNextLine(page, i)) continue;
    // Summary lines stand close together under the heading; a wider gap (and the rule under
    // them) ends them. A long summary line spans nearly the column, so its first line is
    // known by how it opens as well as by being centred; the next ones stay centred on it.
    const int gap = segment.box.y0 - previous->box.y1;
    if (gap > previous->height() * (first ? 1.0 : 1.5) || afterSummary(segment)) break;
    // (BẢN CHÍNH) and (Kèm theo …) stand apart; a bracket inside a summary goes on it: (sau khi …).
    if (segment.text().starts_with("(") && (!first || segment.foldedText().starts_with("(kem theo"))) break;
    const bool centred =
        first ? std::abs(segment.centreX() - first->centreX()) < 0.05 * page.width &&
                    segment.box.x0 > left + 0.01 * page.width
              : centredLine(page, segment, left) ||
                    (opensSummary(segment) && std::abs(segment.centreX() - page.width / 2.0) < 0.07 * page.width);
    if (!centred) {
      if (first && gap <= previous->height() / 2) cutAt = &segment;
      break;
    }
    words.insert(words.end(), segment.words.begin(), segment.words.end());
    previous = &segment;
    if (!first) first = &segment;
  }
  if (!words.empty() && cutAt) {
    auto cut = field(fieldname::kSubject, joinedText(words), 0, words);
    cut.needsReview = true;
    cut.note = std::string(kSummaryCutNote) + cutAt->text();
    out.push_back(std::move(cut));
    return;
  }
  // Official letters: "V/v …" under the number, in the left column, its lines close together.
  if (words.empty() && number) {
    previous = nullptr;
    for (std::size_t i = *number + 1; i < page.segments.size(); ++i) {
      const auto& segment = page.segments[i];
      if (!page.inTop(segment, 0.4) || segment.centreX() > 0.5 * page.width) continue;
      if (words.empty() && !segment.folded.front().starts_with("v/v")) continue;
      if (previous && (segment.box.y0 - previous->box.y1 > previous->height() || afterSummary(segment))) break;
      words.insert(words.end(), segment.words.begin(), segment.words.end());
      previous = &segment;
    }
  }
  if (!words.empty()) out.push_back(field(fieldname::kSubject, joinedText(words), 0, words));
}

}  // namespace

namespace {

std::optional<TypeHeading> headingOfKind(const TextSegment& segment, DocumentKind kind) {
  if (!mostlyUpperCase(segment)) return std::nullopt;
  auto type = typeHeading(segment.text());
  return type && type->kind == kind ? type : std::nullopt;
}

// A card's heading OCR cut short (`CĂN CƯỚC CÔNG`, its `DÂN` lost in the card's guilloche): no
// other paper's heading starts with the card's name, so a capital line that does is the card's.
std::optional<TypeHeading> cardHeadingCutShort(const TextSegment& segment) {
  if (!mostlyUpperCase(segment) || segment.folded.size() < 2) return std::nullopt;
  if (trimmedPunctuation(segment.folded[0]) != "can" || trimmedPunctuation(segment.folded[1]) != "cuoc")
    return std::nullopt;
  const bool citizen = segment.folded.size() > 2 && trimmedPunctuation(segment.folded[2]) == "cong";
  return typeHeading(citizen ? "CĂN CƯỚC CÔNG DÂN" : "CĂN CƯỚC");
}

// "QUYẾT ĐỊNH:" opens the articles of a decision (and stands atop its second page when the
// articles start there): ended by a colon, or followed by "Điều 1".
bool opensArticles(const PageLayout& page, std::size_t i) {
  const std::string text = page.segments[i].text();
  if (text.ends_with(":") || text.ends_with(";")) return true;
  for (std::size_t j = i + 1; j < page.segments.size() && j <= i + 2; ++j)
    if (trimmedPunctuation(page.segments[j].folded.front()) == "dieu") return true;
  return false;
}

// An official letter has no heading: its notation has no type (123/UBND-VP) or a "V/v"
// summary stands under its number.
std::optional<std::size_t> officialLetterLine(const PageLayout& page) {
  const auto number = numberLine(page);
  if (!number) return std::nullopt;
  for (std::size_t i = *number + 1; i < page.segments.size(); ++i) {
    const auto& segment = page.segments[i];
    if (!page.inTop(segment, 0.4)) break;
    if (segment.centreX() < 0.5 * page.width && segment.folded.front().starts_with("v/v")) return i;
  }
  std::vector<ExtractedField> read;
  readNumberAndNotation(withoutLeadingStrayMarks(page.segments[*number]), 0, read);
  for (const auto& field : read) {
    if (field.name != fieldname::kCodeNotation) continue;
    std::string first = field.value.substr(0, field.value.find('-'));
    if (first.size() == 4 && std::isdigit(static_cast<unsigned char>(first[0]))) return std::nullopt;  // a year
    const bool typed = std::any_of(documentTypes().begin(), documentTypes().end(),
                                   [&](const DocumentType& type) { return type.abbreviation == first; });
    if (!typed && field.value.find('-') != std::string::npos) return *number;
  }
  return std::nullopt;
}

// A heading printed on two or three lines (`ĐƠN ĐỀ NGHỊ` / `CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN`):
// the centred capitals close under it continue it when, joined to it, they still name a type,
// a longer one. A summary in capitals under a decision's heading names none and is left alone.
FoundHeading continuedHeading(const PageLayout& page, FoundHeading found) {
  std::string text = page.segments[found.segment].text();
  for (std::size_t next = found.segment + 1; next < page.segments.size() && next <= found.segment + 2; ++next) {
    const TextSegment& above = page.segments[next - 1];
    const TextSegment& line = page.segments[next];
    if (line.box.y0 - above.box.y1 > above.height() || !page.centred(line) || !mostlyUpperCase(line) ||
        isNationalTitle(line.text()))
      break;
    const auto joined = typeHeading(text + " " + line.text());
    if (!joined || joined->label.size() <= found.type.label.size()) break;
    text += " " + line.text();
    found.type = *joined;
    found.segment = next;
  }
  return found;
}

// The heading at the top of a page, the card on a card copy, or an official letter's number.
std::optional<FoundHeading> topHeading(const PageLayout& page) {
  std::optional<FoundHeading> card;
  for (std::size_t i = 0; i < page.segments.size(); ++i) {
    const auto& segment = page.segments[i];
    if (!page.inTop(segment, 0.5)) break;
    // An ID card's heading stands on the card, wherever the card lies on the copy.
    if (!card)
      if (auto type = headingOfKind(segment, DocumentKind::IdCopy)) card = FoundHeading{*type, i};
    if (!card)
      if (auto type = cardHeadingCutShort(segment)) card = FoundHeading{*type, i};
    if (!page.centred(segment) || !mostlyUpperCase(segment) || isNationalTitle(segment.text())) continue;
    if (auto type = typeHeading(segment.text())) {
      if (type->kind == DocumentKind::Decision && opensArticles(page, i)) continue;
      return continuedHeading(page, FoundHeading{*type, i});
    }
  }
  if (card) return card;
  // A card's MRZ read with its check digits holding: a card copy whose heading OCR lost.
  if (auto mrz = cardMrzOn(page)) {
    const bool newModel =
        page.segments.end() != std::find_if(page.segments.begin(), page.segments.end(), [](const TextSegment& segment) {
          return segment.foldedText().find("dinh danh ca nhan") != std::string::npos;
        });
    if (auto type = typeHeading(newModel ? "CĂN CƯỚC" : "CĂN CƯỚC CÔNG DÂN")) return FoundHeading{*type, mrz->segment};
  }
  if (auto letter = officialLetterLine(page)) return FoundHeading{officialLetter(), *letter};
  return std::nullopt;
}

}  // namespace

std::optional<FoundHeading> findTypeHeading(const PageLayout& page) {
  auto top = topHeading(page);
  // A chứng thực block makes the page a certified copy wherever it stands (under the copy);
  // on the last page of a longer copy it starts nothing.
  for (std::size_t i = 0; i < page.segments.size(); ++i)
    if (auto type = headingOfKind(page.segments[i], DocumentKind::Certification))
      return FoundHeading{*type, i, top.has_value()};
  return top;
}

std::vector<ExtractedField> headerFields(const std::vector<PageLayout>& pages, const CalendarDay& today) {
  std::vector<ExtractedField> out;
  if (pages.empty()) return out;
  const PageLayout& first = pages.front();
  const auto number = numberLine(first);
  const auto heading = findTypeHeading(first);
  const DocumentKind kind = heading ? heading->type.kind : DocumentKind::Other;
  // A certified copy's number is its chứng thực block's; the copied paper's `Số:` is not asked for.
  if (number) readNumberAndNotation(numberRow(first, *number), 0, out, kind != DocumentKind::Certification);
  readIssuedDate(first, heading, today, out);
  if (kind == DocumentKind::Receipt) confirmByIntakeTime(first, out);
  if (kind == DocumentKind::Certification) readCertificationNumber(first, out);
  if (auto body = issuingBody(first, number, kind)) {
    auto organ = field(fieldname::kOrganName, body->value, 0, body->words);
    // The words the tables spell are checked by them: OCR's doubt counts on the others alone.
    if (body->uncheckedScore && !body->spelledAll) {
      organ.confidence = *body->uncheckedScore;
      if (organ.needsReview && organ.note == kLowOcrNote && organ.confidence >= kReviewBelow) {
        organ.needsReview = false;
        organ.note.clear();
      }
    }
    // Every word found in the tables (ỦY BAN NHÂN DÂN, TỈNH, QUẢNG NGÃI): the value is checked.
    // Its confidence is the tables' check then, not Tesseract's doubt (weighEvidence reads it).
    if (body->sure && body->spelledAll && organ.confidence >= kReviewBelowNotation) {
      organ.needsReview = false;
      organ.note.clear();
      organ.confidence = std::max(organ.confidence, 0.9f);
    }
    if (!body->sure && !organ.needsReview) {
      organ.needsReview = true;
      organ.note = body->doubt;
    }
    out.push_back(std::move(organ));
  }
  // Forms (receipts, declarations, certificates) have no summary; decisions, plans,
  // announcements and official letters do.
  if (heading && heading->type.label == officialLetter().label)
    readSubject(first, std::nullopt, number, out);  // its summary is the V/v under the number
  else if (!heading || heading->type.kind == DocumentKind::Decision || heading->type.kind == DocumentKind::Other)
    readSubject(first, heading, number, out);
  return out;
}

}  // namespace sohoa::indexer
