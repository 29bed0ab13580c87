#include "indexer/extract/PersonFields.hpp"

#include <algorithm>
#include <cctype>
#include <span>
#include <string>
#include <vector>

#include "indexer/extract/CardMrz.hpp"
#include "indexer/extract/CitizenId.hpp"
#include "indexer/extract/DomainTables.hpp"
#include "indexer/extract/DossierCode.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/extract/NamedPeople.hpp"
#include "indexer/extract/PersonName.hpp"
#include "indexer/text/EditDistance.hpp"
#include "indexer/text/TextSplitting.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

constexpr float kReviewBelow = 0.5f;

ExtractedField field(const char* name, std::string value, int page, const std::vector<ocr::Word>& words,
                     std::size_t first, std::size_t last, const char* method) {
  ExtractedField out{
      name, std::move(value), page, boxAround(words, first, last), minConfidence(words, first, last), method, false,
      {}};
  if (out.confidence < kReviewBelow) {
    out.needsReview = true;
    out.note = std::string(kLowOcrNote);
  }
  return out;
}

bool mentions(const TextSegment& segment, std::string_view folded) {
  return segment.foldedText().find(folded) != std::string::npos;
}

// A number written one digit per box (`0|5|2|0`): the boxes' walls read as bars go.
std::string withoutCellWalls(std::string token) {
  for (std::size_t k = 1; k + 1 < token.size(); k += 2)
    if (token[k] != '|' || !std::isdigit(static_cast<unsigned char>(token[k - 1])) ||
        !std::isdigit(static_cast<unsigned char>(token[k + 1])))
      return token;
  std::erase(token, '|');
  return token;
}

std::size_t digitCount(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }));
}

bool isDigitWord(const ocr::Word& word) {
  const auto digits = repairedDigits(withoutCellWalls(trimmedPunctuation(word.text)), 1);
  return digits && !digits->empty();
}

// Words [first, last] hold the whole run of digits: a 12-digit stretch of a longer run (a box's
// wall read as a 1 among the digits) is no number.
bool standsAlone(const TextSegment& segment, std::size_t first, std::size_t last) {
  return (first == 0 || !isDigitWord(segment.words[first - 1])) &&
         (last + 1 == segment.words.size() || !isDigitWord(segment.words[last + 1]));
}

void readCitizenIds(const TextSegment& segment, int page, int year, std::vector<ExtractedField>& out) {
  const bool labelled = mentions(segment, "can cuoc") || mentions(segment, "dinh danh") || mentions(segment, "cccd");
  const bool cmndLabel = mentions(segment, "cmnd") || mentions(segment, "chung minh nhan dan");
  // OCR cuts a long number in two or three; a number written in groups (`052 095 001 234`) or
  // one digit per box is many words, joined only after a label that says what it is.
  const std::size_t maxWords = labelled || cmndLabel ? 12 : 3;
  for (std::size_t i = 0; i < segment.words.size(); ++i) {
    std::string joined;
    for (std::size_t j = i; j < std::min(i + maxWords, segment.words.size()); ++j) {
      joined += withoutCellWalls(trimmedPunctuation(segment.words[j].text));
      const auto digits = repairedDigits(joined, 0);
      if (!digits || digits->empty() || digits->size() > 12) break;
      if (digitCount(joined) < 8) continue;  // mostly letters: a word, not a number
      if (digits->size() == 12 && j - i >= 3 && !standsAlone(segment, i, j)) break;
      if (digits->size() == 12) {
        const bool repaired = *digits != joined;
        if (const auto problem = cccdProblem(*digits, year)) {
          if (!labelled || repaired) break;  // a 12-digit number that is no CCCD and says it is none
          auto invalid = field(fieldname::kCitizenIds, *digits, page, segment.words, i, j + 1, "label");
          invalid.needsReview = true;
          invalid.note = std::string(kInvalidCccdNote) + *problem;
          out.push_back(std::move(invalid));
        } else {
          auto id = field(fieldname::kCitizenIds, *digits, page, segment.words, i, j + 1,
                          repaired ? "pattern+repair" : "pattern");
          if (repaired && id.note.empty()) id.note = "OCR read " + joined;
          out.push_back(std::move(id));
        }
        i = j;
        break;
      }
      if (digits->size() == 9 && cmndLabel && j + 1 < segment.words.size() &&
          !repairedDigits(trimmedPunctuation(segment.words[j + 1].text), 1)) {
        out.push_back(field(fieldname::kCitizenIds, *digits, page, segment.words, i, j + 1, "label"));
        i = j;
        break;
      }
      if (digits->size() == 9 && cmndLabel && j + 1 == segment.words.size()) {
        out.push_back(field(fieldname::kCitizenIds, *digits, page, segment.words, i, j + 1, "label"));
        break;
      }
    }
  }
}

// The citizen ID in a card's MRZ, check digits held: certain, whatever the OCR score.
std::optional<ExtractedField> mrzCitizenId(const PageLayout& layout, int page, int year) {
  const auto found = cardMrzOn(layout);
  if (!found) return std::nullopt;
  ExtractedField id{fieldname::kCitizenIds, found->mrz.citizenId, page, found->box, 1.0f, "mrz", false, {}};
  if (const auto problem = cccdProblem(id.value, year)) {
    id.needsReview = true;
    id.note = std::string(kInvalidCccdNote) + *problem;
  }
  return id;
}

bool hasLetter(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); });
}

// The letters of `text` (UTF-8, NFC: one code point a Vietnamese letter), spaces left out.
std::vector<std::string> lettersOf(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (text[i] != ' ') out.push_back(text.substr(i, length));
    i += length;
  }
  return out;
}

// The holder's name as the card's front prints it (with its marks), found by the MRZ's line 3,
// which spells the same letters without marks: the front's letters confirmed, never replaced;
// where OCR ran two words together (`THUTUYẾT`) the MRZ's spaces part them again.
std::optional<ExtractedField> nameConfirmedByMrz(const PageLayout& layout, int page, const std::string& mrzName) {
  std::string bare = mrzName;
  std::erase(bare, ' ');
  for (const auto& segment : layout.segments) {
    std::vector<ocr::Word> words;
    // Marks before the name are the card's print or its screen read as dashes (`- : TRẦN ĐỨC QUANG`).
    const auto nameStart = std::find_if(segment.words.begin(), segment.words.end(),
                                        [](const ocr::Word& word) { return hasLetter(trimmedPunctuation(word.text)); });
    for (ocr::Word word : std::span(nameStart, segment.words.end())) {
      word.text = trimmedPunctuation(word.text);  // `-QUÁCH`: the screen's dash glued to the name
      if (!hasLetter(word.text)) break;
      words.push_back(std::move(word));
      std::string read = mrzNameOf(joinedText(words));
      std::erase(read, ' ');
      if (read.size() >= bare.size()) break;
    }
    if (words.empty()) continue;
    const auto letters = lettersOf(joinedText(words));
    std::string folded = mrzNameOf(joinedText(words));
    std::erase(folded, ' ');
    if (folded != bare || letters.size() != bare.size()) continue;
    std::string value;
    std::size_t k = 0;
    for (char c : mrzName)
      if (c == ' ')
        value += ' ';
      else
        value += letters[k++];
    auto name = field(fieldname::kPersonName, value, page, words, 0, SIZE_MAX, "mrz name");
    name.role = "holder";
    return name;
  }
  return std::nullopt;
}

std::optional<ExtractedField> labelledProcedureCode(const TextSegment& segment, int page) {
  if (!mentions(segment, "ma thu tuc") && !mentions(segment, "ma tthc")) return std::nullopt;
  for (std::size_t i = 0; i < segment.words.size(); ++i)
    if (auto code = readProcedureCode(trimmedPunctuation(segment.words[i].text)))
      return field(fieldname::kProcedureCode, *code, page, segment.words, i, i + 1, "label");
  return std::nullopt;
}

// The procedure whose name the text holds (longest name wins: "Đăng ký lại khai sinh").
const Procedure* procedureNamedIn(const std::string& folded) {
  const Procedure* best = nullptr;
  std::size_t bestLength = 0;
  for (const auto& procedure : procedures()) {
    const std::string name = lowerCase(foldMarks(procedure.name));
    if (folded.find(name) != std::string::npos && name.size() > bestLength) {
      best = &procedure;
      bestLength = name.size();
    }
  }
  return best;
}

// The procedure a receipt's request names (`Nội dung yêu cầu giải quyết: Đăng ký khai tử`), the
// whole value within a letter or two of a name in the table: OCR reads a handwritten `Đăng` as
// `Đồng`. The names lie far apart (`khai sinh`, `khai tử`, `lại khai sinh`), so a slip of one or two
// letters still names one procedure; a value near two names names none. OCR reads the label's
// colon as a semicolon now and then (`giải quyết; Đăng ký kết hôn`).
const Procedure* procedureRequested(const TextSegment& segment) {
  const std::string text = segment.foldedText();
  const auto label = text.find("noi dung yeu cau");
  if (label == std::string::npos) return nullptr;
  const auto colon = text.find_first_of(":;", label);
  if (colon == std::string::npos) return nullptr;
  std::string value;  // its words without the leader dots and stray marks around them
  for (const auto word : splitAt(std::string_view(text).substr(colon + 1), ' '))
    if (const std::string bare = trimmedPunctuation(word); !bare.empty()) value += (value.empty() ? "" : " ") + bare;
  const Procedure* found = nullptr;
  int near = 0;
  for (const auto& procedure : procedures()) {
    const std::string name = lowerCase(foldMarks(procedure.name));
    if (editDistance(value, name) <= (name.size() > 20 ? 2u : 1u)) {
      found = &procedure;
      ++near;
    }
  }
  return near == 1 ? found : nullptr;
}

}  // namespace

std::optional<ExtractedField> printedDossierCode(const PageLayout& page) {
  auto trimmed = [](std::string text) {
    auto strip = [](char c) { return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')'; };
    while (!text.empty() && strip(text.back())) text.pop_back();
    while (!text.empty() && strip(text.front())) text.erase(0, 1);
    return text;
  };
  for (const auto& segment : page.segments)
    for (std::size_t i = 0; i < segment.words.size(); ++i) {
      // "000.00.21.H08-250314-0042", which OCR may cut at its dashes.
      std::string joined;
      for (std::size_t j = i; j < std::min(i + 5, segment.words.size()); ++j) {
        joined += segment.words[j].text;
        if (auto code = readDossierCode(trimmed(joined)))
          return field(fieldname::kDossierCode, *code, 0, segment.words, i, j + 1,
                       mentions(segment, "ma ho so") ? "label" : "pattern");
      }
    }
  return std::nullopt;
}

std::vector<ExtractedField> personFields(const std::vector<PageLayout>& pages, const std::optional<TypeHeading>& type,
                                         const CalendarDay& today) {
  std::vector<ExtractedField> out;
  std::optional<ExtractedField> procedure;
  std::optional<ExtractedField> cardName;
  std::string mrzName;
  ExtractedField mrzOnly;  // the holder's name as the MRZ alone gives it, for when the front's is not read
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const int page = static_cast<int>(p);
    if (const auto found = cardMrzOn(pages[p]); found && mrzName.empty() && !found->mrz.nameWithoutMarks.empty()) {
      mrzName = found->mrz.nameWithoutMarks;
      cardName = nameConfirmedByMrz(pages[p], page, mrzName);
      mrzOnly = {fieldname::kPersonName,        mrzName, page, found->box, 0, "mrz name", true,
                 std::string(kMrzNameOnlyNote), "holder"};
    }
    const auto mrz = mrzCitizenId(pages[p], page, today.year);
    if (mrz) out.push_back(*mrz);
    const std::size_t firstOfPage = out.size();
    for (const auto& segment : pages[p].segments) {
      readCitizenIds(segment, page, today.year, out);
      if (!procedure) procedure = labelledProcedureCode(segment, page);
      if (!procedure && mentions(segment, "ten thu tuc"))
        if (const auto* named = procedureNamedIn(segment.foldedText()))
          procedure =
              field(fieldname::kProcedureCode, named->code, page, segment.words, 0, SIZE_MAX, "procedure table");
      if (!procedure && type && type->kind == DocumentKind::Receipt)
        if (const auto* named = procedureRequested(segment))
          procedure =
              field(fieldname::kProcedureCode, named->code, page, segment.words, 0, SIZE_MAX, "procedure table");
    }
    // The front of the same card read with a digit or two wrong: the MRZ's check digits say which is right.
    if (mrz)
      for (std::size_t k = firstOfPage; k < out.size(); ++k)
        if (out[k].name == fieldname::kCitizenIds && out[k].value != mrz->value &&
            differingDigits(out[k].value, mrz->value) <= 3) {
          out[k].needsReview = true;
          out[k].note = "conflicts with the card's MRZ " + mrz->value;
        }
    if (auto code = printedDossierCode(pages[p]);
        code && std::none_of(out.begin(), out.end(), [](const auto& f) { return f.name == fieldname::kDossierCode; })) {
      code->page = page;
      out.push_back(std::move(*code));
    }
  }
  // A declaration's title names its procedure: TỜ KHAI ĐĂNG KÝ KHAI SINH.
  if (!procedure && type && type->kind == DocumentKind::Declaration)
    if (const auto* named = procedureNamedIn(lowerCase(foldMarks(type->label))))
      procedure = ExtractedField{fieldname::kProcedureCode, named->code, 0, {}, 1, "procedure table", false, {}};
  auto name = personConcerned(namedPeople(pages), type);
  if (!mrzName.empty() && type && (type->kind == DocumentKind::IdCopy || type->kind == DocumentKind::Certification)) {
    if (!name) {
      name = cardName ? std::move(cardName) : std::move(mrzOnly);
    } else if (!nameMatchesMrz(name->value, mrzName)) {
      name->needsReview = true;
      name->note = std::string(kMrzConflictNote) + mrzName;
    }
  }
  if (name) out.push_back(std::move(*name));
  if (procedure) out.push_back(std::move(*procedure));
  // One field per number, the first place it was read.
  std::vector<ExtractedField> unique;
  for (auto& f : out)
    if (f.name != fieldname::kCitizenIds || std::none_of(unique.begin(), unique.end(), [&](const ExtractedField& u) {
          return u.name == f.name && u.value == f.value;
        }))
      unique.push_back(std::move(f));
  return unique;
}

}  // namespace sohoa::indexer
