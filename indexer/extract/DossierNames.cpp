#include "indexer/extract/DossierNames.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "indexer/extract/CardMrz.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/text/VietnameseFolding.hpp"
#include "ocr/text/SyllableModel.hpp"
#include "ocr/text/VietnameseSyllable.hpp"

namespace sohoa::indexer {
namespace {

// The note of a name given the spelling most of the dossier's papers give it.
constexpr std::string_view kRespeltNote = "spelled as ";

struct Reading {
  ExtractedField* field;
  std::size_t document;
  std::string spelling;  // lower case, marks kept
  bool sure;             // stored as read, before the dossier's papers were weighed
};

bool inCapitals(const std::string& value) { return upperCase(value) == value; }

// `NGÔ THẾ HẬU` as a name is written in running text: `Ngô Thế Hậu`.
std::string inNameCase(const std::string& capitals) {
  std::string out;
  bool wordStart = true;
  for (std::size_t i = 0; i < capitals.size();) {
    const auto lead = static_cast<unsigned char>(capitals[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string letter = capitals.substr(i, length);
    out += wordStart ? letter : lowerCase(letter);
    wordStart = letter == " ";
    i += length;
  }
  return out;
}

// Every syllable of the spelling occurs in the Vietnamese text the syllable model read: `Hậu`
// does, `Hâu` (a mark OCR lost) never.
bool everySyllableSeen(const std::string& spelling) {
  const auto& model = ocr::SyllableModel::vietnamese();
  std::size_t start = 0;
  while (start < spelling.size()) {
    std::size_t end = spelling.find(' ', start);
    if (end == std::string::npos) end = spelling.size();
    if (end > start) {
      const auto syllable = ocr::readSyllable(std::string_view(spelling).substr(start, end - start));
      const auto* id = syllable ? model.find(syllable->key()) : nullptr;
      if (!id || model.count(*id) == 0) return false;
    }
    start = end + 1;
  }
  return true;
}

// Every reading of `spelling` (every sure one, when `sureOnly`) is in capitals, and there is one:
// marks over a card's capitals are small and crowded, and OCR is sure of marks it adds there.
bool readOnlyInCapitals(const std::vector<Reading>& readings, const std::string& spelling, bool sureOnly) {
  bool any = false;
  for (const auto& reading : readings) {
    if (reading.spelling != spelling || (sureOnly && !reading.sure)) continue;
    if (!inCapitals(reading.field->value)) return false;
    any = true;
  }
  return any;
}

// Of spellings given by equally many papers, the one the others' lost marks cannot explain: the
// only one whose syllables all occur in Vietnamese text. None when that does not decide.
std::optional<std::string> tieBrokenBySyllables(const std::map<std::string, int>& papers, int most) {
  std::optional<std::string> seen;
  for (const auto& [spelling, count] : papers) {
    if (count != most || !everySyllableSeen(spelling)) continue;
    if (seen) return std::nullopt;
    seen = spelling;
  }
  return seen;
}

// How `poor` comes from `rich`: by marks lost and none added or swapped (`hăng` and `hàng` from
// `hằng`, not `trống` from `trọng`), and whether a lost dot below is all that tells them apart.
enum class MarksLost { No, OnlyDotBelow, Yes };

MarksLost marksLostFrom(const std::string& rich, const std::string& poor) {
  constexpr int kDotBelow = 5;  // the tone nặng
  bool otherThanDot = false;
  std::size_t richAt = 0, poorAt = 0;
  while (richAt < rich.size() && poorAt < poor.size()) {
    const std::size_t richEnd = std::min(rich.find(' ', richAt), rich.size());
    const std::size_t poorEnd = std::min(poor.find(' ', poorAt), poor.size());
    const auto a = ocr::readSyllable(std::string_view(rich).substr(richAt, richEnd - richAt));
    const auto b = ocr::readSyllable(std::string_view(poor).substr(poorAt, poorEnd - poorAt));
    if (!a || !b || a->skeleton() != b->skeleton() || (b->tone != a->tone && b->tone != 0)) return MarksLost::No;
    otherThanDot = otherThanDot || (b->tone != a->tone && a->tone != kDotBelow);
    const std::string bare = a->skeleton();
    for (std::size_t i = 0; i < a->letters.size(); ++i) {
      if (b->letters[i] == a->letters[i]) continue;
      if (b->letters[i] != static_cast<char32_t>(bare[i])) return MarksLost::No;
      otherThanDot = true;
    }
    richAt = richEnd + 1;
    poorAt = poorEnd + 1;
  }
  if (richAt < rich.size() || poorAt < poor.size()) return MarksLost::No;
  return otherThanDot ? MarksLost::Yes : MarksLost::OnlyDotBelow;
}

// Of spellings given by equally many papers, the one every other is with marks lost: OCR drops a
// tone or a vowel's mark far more often than it adds one (seed 2718: `Hằng` read `Hàng` and
// `Hăng`). Not a dot below alone: a leader's dots under a typed value make one (seed 5151: `Hồ
// Thu Vy` read `Hồ Thụ Vy` over the dots), as often as OCR loses a real one (`Diệu` read `Diêu`).
// None when that does not decide.
std::optional<std::string> tieBrokenByLostMarks(const std::vector<Reading>& readings,
                                                const std::map<std::string, int>& papers, int most) {
  for (const auto& [rich, count] : papers) {
    if (count != most) continue;
    const std::string& candidate = rich;  // clang 14 captures no structured binding
    // Over a card's capitals OCR adds marks too (seed 766: `THỦ` for `THU` at 0.95): a spelling
    // read only in capitals must hold two other spellings, not one (seed 2718's `HẰNG` does).
    if (papers.size() < 3 && readOnlyInCapitals(readings, candidate, false)) continue;
    const bool holdsEveryOther = std::all_of(papers.begin(), papers.end(), [&](const auto& other) {
      return other.second != most || other.first == candidate ||
             marksLostFrom(candidate, other.first) == MarksLost::Yes;
    });
    if (holdsEveryOther) return rich;
  }
  return std::nullopt;
}

// Of spellings given by equally many papers, the only one some paper read surely: a reading
// OCR doubted (a card's bold capitals, `LÊ HỮU THĂNG` at 0.25) does not outweigh the receipt's
// sure `Lê Hữu Thắng`. Nor does a sure reading in capitals settle it: OCR is sure of marks it
// adds over them (tieBrokenByLostMarks). None when that does not decide.
std::optional<std::string> tieBrokenBySureReadings(const std::vector<Reading>& readings,
                                                   const std::map<std::string, int>& papers, int most) {
  std::optional<std::string> sure;
  for (const auto& [spelling, count] : papers) {
    if (count != most) continue;
    const std::string& given = spelling;  // clang 14 captures no structured binding
    const bool readSurely = std::any_of(readings.begin(), readings.end(), [&](const Reading& reading) {
      return reading.spelling == given && reading.sure;
    });
    if (!readSurely) continue;
    if (sure) return std::nullopt;
    sure = spelling;
  }
  if (sure && readOnlyInCapitals(readings, *sure, true)) return std::nullopt;
  return sure;
}

}  // namespace

namespace {

// A name OCR scored low on one paper (a leader's dots touching it) stands when another paper
// of the dossier reads the same spelling surely.
void confirmBySurePapers(const std::vector<DocumentExtraction*>& dossier) {
  std::map<std::string, std::set<std::size_t>> sure;  // spelling -> papers reading it surely
  for (std::size_t d = 0; d < dossier.size(); ++d)
    for (const auto& field : dossier[d]->fields)
      if (field.name == fieldname::kPersonName && !field.needsReview) sure[lowerCase(field.value)].insert(d);
  for (std::size_t d = 0; d < dossier.size(); ++d)
    for (auto& field : dossier[d]->fields) {
      // Low OCR, respelt as most papers spell it (settleNamesAcrossDossier), or a card's front read
      // otherwise than its MRZ: either way the spelling now stands when another paper reads it surely.
      const bool doubted =
          field.note == kLowOcrNote || field.note.starts_with(kRespeltNote) || field.note.starts_with(kMrzConflictNote);
      if (field.name != fieldname::kPersonName || !field.needsReview || !doubted) continue;
      const auto found = sure.find(lowerCase(field.value));
      if (found == sure.end() || (found->second.size() == 1 && found->second.contains(d))) continue;
      field.needsReview = false;
      field.confidence = std::max(field.confidence, kStoreFrom);
      field.note = "read surely on another paper of the dossier";
    }
}

// `Hoài Quyên` (the surname lost in the leader dots) is the end of `Dương Hoài Quyên` read surely on
// another paper of the dossier about the same person (the same role): the whole name stands, when
// only one such name ends so.
void completeFromSurePapers(const std::vector<DocumentExtraction*>& dossier) {
  for (std::size_t d = 0; d < dossier.size(); ++d)
    for (auto& field : dossier[d]->fields) {
      if (field.name != fieldname::kPersonName || !field.needsReview || startsWithSurname(field.value) ||
          field.value.find(' ') == std::string::npos)
        continue;
      const std::string tail = " " + lowerCase(foldMarks(field.value));
      std::set<std::string> wholes;
      const ExtractedField* whole = nullptr;
      for (std::size_t other = 0; other < dossier.size(); ++other)
        for (const auto& sure : dossier[other]->fields)
          if (other != d && sure.name == fieldname::kPersonName && !sure.needsReview && sure.role == field.role &&
              startsWithSurname(sure.value) && lowerCase(foldMarks(sure.value)).ends_with(tail))
            wholes.insert(lowerCase(foldMarks(sure.value))), whole = &sure;
      if (wholes.size() != 1) continue;
      field.value = whole->value;
      field.needsReview = false;
      field.confidence = kStoreFrom;
      field.note = "its surname read on another paper of the dossier";
    }
}

// The MRZ name a card holder's name in review was read by: the name itself when the front was not
// read, the one its front's reading differs from; nothing for other names.
std::optional<std::string> mrzNameOf(const ExtractedField& field) {
  if (field.name != fieldname::kPersonName || !field.needsReview) return std::nullopt;
  if (field.note == kMrzNameOnlyNote) return field.value;
  if (field.note.starts_with(kMrzConflictNote)) return field.note.substr(kMrzConflictNote.size());
  return std::nullopt;
}

// A card copy whose front was not read names its holder by the MRZ alone, in capitals without
// marks (`QUACH THE TUANK`, a filler read as K). The name stands as another paper of the dossier
// spells it, read surely there, when that paper's letters are the MRZ's (CardMrz's nameMatchesMrz)
// and no other spelling of them is read on the dossier's papers (a father Hùng and his son Hưng).
// So does a card whose front was read otherwise than its MRZ (`Á Í` beside QUACH BICH LAN).
void spellMrzNamesByPapers(const std::vector<DocumentExtraction*>& dossier) {
  for (std::size_t d = 0; d < dossier.size(); ++d)
    for (auto& field : dossier[d]->fields) {
      const auto mrzName = mrzNameOf(field);
      if (!mrzName) continue;
      std::set<std::string> spellings;
      const ExtractedField* spelt = nullptr;
      for (std::size_t other = 0; other < dossier.size(); ++other)
        for (const auto& sure : dossier[other]->fields)
          if (other != d && sure.name == fieldname::kPersonName && !sure.needsReview &&
              nameMatchesMrz(sure.value, *mrzName))
            spellings.insert(lowerCase(sure.value)), spelt = &sure;
      if (spellings.size() != 1) continue;
      field.value = inCapitals(spelt->value) ? inNameCase(spelt->value) : spelt->value;
      field.needsReview = false;
      field.confidence = kStoreFrom;
      field.note = "the card's MRZ name, with the marks another paper of the dossier gives it";
    }
}

}  // namespace

void settleNamesAcrossDossier(const std::vector<DocumentExtraction*>& dossier) {
  spellMrzNamesByPapers(dossier);
  completeFromSurePapers(dossier);
  std::map<std::string, std::vector<Reading>> byLetters;  // readings by their letters without marks
  for (std::size_t d = 0; d < dossier.size(); ++d)
    for (auto& field : dossier[d]->fields)
      if (field.name == fieldname::kPersonName)
        byLetters[lowerCase(foldMarks(field.value))].push_back({&field, d, lowerCase(field.value), !field.needsReview});

  for (auto& [letters, readings] : byLetters) {
    std::map<std::size_t, std::set<std::string>> perDocument;
    for (const auto& reading : readings) perDocument[reading.document].insert(reading.spelling);
    const bool twoPeople =
        std::any_of(perDocument.begin(), perDocument.end(), [](const auto& entry) { return entry.second.size() > 1; });
    if (twoPeople) continue;
    std::map<std::string, int> papers;  // spelling -> how many papers give it
    for (const auto& [document, spellings] : perDocument) ++papers[*spellings.begin()];
    if (papers.size() < 2) continue;
    auto best = std::max_element(papers.begin(), papers.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    bool split = std::count_if(papers.begin(), papers.end(),
                               [&](const auto& entry) { return entry.second == best->second; }) > 1;
    if (split) {
      auto decided = tieBrokenBySyllables(papers, best->second);
      if (!decided) decided = tieBrokenByLostMarks(readings, papers, best->second);
      if (!decided) decided = tieBrokenBySureReadings(readings, papers, best->second);
      if (decided) {
        best = papers.find(*decided);
        split = false;
      }
    }
    // The winning spelling as a paper wrote it, in small letters where one did (cards print capitals).
    std::string written;
    for (const auto& reading : readings)
      if (reading.spelling == best->first && (written.empty() || inCapitals(written))) written = reading.field->value;
    for (auto& reading : readings) {
      if (split) {
        if (papers[reading.spelling] != best->second) continue;
        reading.field->needsReview = true;
        reading.field->confidence = std::min(reading.field->confidence, kStoreFrom - 0.05f);
        reading.field->note = "the dossier's papers spell this name in two ways";
      } else if (reading.spelling != best->first) {
        reading.field->value = inCapitals(reading.field->value) ? upperCase(written)
                               : inCapitals(written)            ? inNameCase(written)
                                                                : written;
        reading.field->note =
            std::string(kRespeltNote) + std::to_string(best->second) + " of the dossier's papers spell it";
      }
    }
  }
  confirmBySurePapers(dossier);
}

}  // namespace sohoa::indexer
