#include "indexer/extract/DossierIds.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "indexer/extract/CitizenId.hpp"
#include "indexer/extract/DomainTables.hpp"
#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

// Two readings of different papers agreeing on twelve digits: right far more often than the
// store's bar asks (eval-extract --families dev, three seeds: see the README).
constexpr float kVouchedConfidence = 0.9f;

bool guessed(const ExtractedField& field) {
  return field.name == fieldname::kCitizenIds && field.needsReview && field.note == kLowOcrNote;
}

// A guess the ID checks refused (`057…`: no such province) is still a reading of the digits.
bool misread(const ExtractedField& field) {
  return guessed(field) ||
         (field.name == fieldname::kCitizenIds && field.needsReview && field.note.starts_with(kInvalidCccdNote));
}

// The dossier's number the guess reads, or the one stored number a digit or two off it (the
// nearest, when it alone is that near). Two citizens' numbers two digits apart are rare beyond
// counting: six digits at least are random, and 1 in 800 pairs of such tails lie within two
// digits. Two digits misread is what the classifier does to a hand it reads badly (seed 7321:
// `052027051929` for the card's `052087054929`).
std::optional<std::string> storedNear(const std::string& guess, const std::set<std::string>& stored) {
  if (stored.contains(guess)) return guess;  // the number itself, held surely
  for (const std::size_t off : {1u, 2u}) {
    std::optional<std::string> near;
    for (const auto& number : stored) {
      if (differingDigits(guess, number) != off) continue;
      if (near) return std::nullopt;
      near = number;
    }
    if (near) return near;
  }
  return std::nullopt;
}

// The numbers the dossier's papers hold surely.
std::set<std::string> storedNumbers(const std::vector<DocumentExtraction*>& dossier) {
  std::set<std::string> stored;
  for (const auto* document : dossier)
    for (const auto& field : document->fields)
      if (field.name == fieldname::kCitizenIds && !field.needsReview) stored.insert(field.value);
  return stored;
}

// The number three papers or more read unsurely, each its own way: where, digit by digit, most
// readings agree, and one paper read exactly that, the number is theirs (three readings each one
// digit off the others: `042152912855`, `042152712855`, `092152712955`). It must pass the ID checks:
// two papers of one hand can share a misread digit (`047…` twice, no such province).
std::optional<std::string> mostReadDigits(const std::vector<std::string>& readings) {
  if (readings.size() < 3) return std::nullopt;
  std::string most;
  for (std::size_t at = 0; at < readings.front().size(); ++at) {
    std::map<char, std::size_t> votes;
    for (const auto& reading : readings) ++votes[reading[at]];
    const auto top =
        std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (top->second * 2 <= readings.size()) return std::nullopt;
    most += top->first;
  }
  if (std::find(readings.begin(), readings.end(), most) == readings.end()) return std::nullopt;
  if (!isValidCccd(most, currentYear())) return std::nullopt;
  return most;
}

void settleByMostReadDigits(const std::vector<DocumentExtraction*>& dossier) {
  // Readings within two digits of each other are of one number; one reading per paper.
  std::vector<std::pair<std::size_t, ExtractedField*>> unsure;
  for (std::size_t paper = 0; paper < dossier.size(); ++paper)
    for (auto& field : dossier[paper]->fields)
      if (misread(field) && field.value.size() == 12) unsure.emplace_back(paper, &field);
  for (const auto& first : unsure) {
    if (!first.second->needsReview) continue;      // settled with an earlier group
    std::map<std::size_t, ExtractedField*> group;  // by paper
    for (const auto& [paper, reading] : unsure)
      if (reading->needsReview && differingDigits(first.second->value, reading->value) <= 2)
        group.emplace(paper, reading);
    std::vector<std::string> readings;
    for (const auto& entry : group) readings.push_back(entry.second->value);
    const auto number = mostReadDigits(readings);
    if (!number) continue;
    for (auto& entry : group) {
      ExtractedField* reading = entry.second;
      reading->note = "read " + reading->value + "; " + std::to_string(readings.size()) +
                      " papers read it unsurely, and each digit is as most of them read it";
      reading->value = *number;
      reading->needsReview = false;
      reading->confidence = kVouchedConfidence;
    }
  }
}

// The part of a reading the ID checks refuse: the province's three digits where no province has
// that code, the century's and the year's three where that year is to come; none when both pass or
// both fail.
struct Part {
  std::size_t from = 0, to = 0;
  bool holds(std::size_t at) const { return at >= from && at < to; }
};

std::optional<Part> onlyRefusedPart(const std::string& reading) {
  const bool province = !provinceCodes().contains(reading.substr(0, 3));
  const bool year = cccdBirthYear(reading) > currentYear();
  if (province == year) return std::nullopt;
  return province ? Part{0, 3} : Part{3, 6};
}

// Two papers' unsure readings of one number, each refused by the ID checks in its own part and
// alike everywhere else: each reads acceptably where the other is refused, so the number is the
// one read where it passes (seed 766: a tờ khai's `052702933422`, the year 2170, and the marriage
// certificate's `057202933422`, no province 057, for 052202933422). No digit of it is anyone's
// guess but a paper's reading that the checks let stand.
void settleByEachOthersPart(const std::vector<DocumentExtraction*>& dossier) {
  struct Refused {
    std::size_t paper;
    ExtractedField* field;
    Part part;
  };
  std::vector<Refused> refused;
  for (std::size_t paper = 0; paper < dossier.size(); ++paper)
    for (auto& field : dossier[paper]->fields)
      if (misread(field) && field.value.size() == 12)
        if (const auto part = onlyRefusedPart(field.value)) refused.push_back({paper, &field, *part});
  for (std::size_t i = 0; i < refused.size(); ++i)
    for (std::size_t j = i + 1; j < refused.size(); ++j) {
      const auto& [paperA, a, partA] = refused[i];
      const auto& [paperB, b, partB] = refused[j];
      if (paperA == paperB || !a->needsReview || !b->needsReview || partA.from == partB.from) continue;
      std::string number = a->value;
      bool alike = true;
      for (std::size_t at = 0; at < number.size(); ++at) {
        if (partA.holds(at))
          number[at] = b->value[at];
        else if (!partB.holds(at))
          alike = alike && a->value[at] == b->value[at];
      }
      if (!alike || !isValidCccd(number, currentYear())) continue;
      for (ExtractedField* reading : {a, b}) {
        const ExtractedField* other = reading == a ? b : a;
        reading->note = "read " + reading->value + ", another paper " + other->value +
                        ": each refused by the ID checks only where the other passes";
        reading->value = number;
        reading->needsReview = false;
        reading->confidence = kVouchedConfidence;
      }
    }
}

// The holders the dossier's card copies name, each with the one number its card holds surely.
std::map<std::string, std::string> cardHolders(const std::vector<DocumentExtraction*>& dossier) {
  std::map<std::string, std::string> holders;
  for (const auto* document : dossier) {
    if (!document->type || document->type->kind != DocumentKind::IdCopy) continue;
    const ExtractedField* name = document->find(fieldname::kPersonName);
    std::vector<const ExtractedField*> ids;
    for (const auto& field : document->fields)
      if (field.name == fieldname::kCitizenIds) ids.push_back(&field);
    if (!name || name->needsReview || ids.size() != 1 || ids[0]->needsReview) continue;
    holders.emplace(foldedLowerCase(name->value), ids[0]->value);
  }
  return holders;
}

// A paper holding one ID number, a guess, beside the name of its applicant (a receipt's
// `Ông/Bà: Quách Hoài Diệp` over `Số CCCD: 046165671687` in a hand the classifier read as
// `091676567147`): where the dossier holds that person's card copy, read surely, the number is
// the card's. The applicant shows the desk that card; a paper names one applicant.
void settleByCardHolder(const std::vector<DocumentExtraction*>& dossier) {
  const auto holders = cardHolders(dossier);
  if (holders.empty()) return;
  for (auto* document : dossier) {
    ExtractedField* only = nullptr;
    int ids = 0;
    for (auto& field : document->fields)
      if (field.name == fieldname::kCitizenIds) ++ids, only = &field;
    if (ids != 1 || !misread(*only)) continue;
    const ExtractedField* applicant = nullptr;
    for (const auto& field : document->fields)
      if (field.name == fieldname::kPersonName && field.role == "requester" && !field.needsReview) applicant = &field;
    if (!applicant) continue;
    const auto holder = holders.find(foldedLowerCase(applicant->value));
    if (holder == holders.end()) continue;
    only->note =
        "read " + only->value + "; the dossier's card copy of " + applicant->value + " holds " + holder->second;
    only->value = holder->second;
    only->needsReview = false;
    only->confidence = kVouchedConfidence;
  }
}

}  // namespace

void confirmIdsAcrossDossier(const std::vector<DocumentExtraction*>& dossier) {
  const std::set<std::string> sure = storedNumbers(dossier);
  // On how many papers each number was read: a paper counts once, whatever it holds.
  std::map<std::string, int> papers;
  for (const auto* document : dossier) {
    std::set<std::string> onThisPaper;
    for (const auto& field : document->fields)
      if (field.name == fieldname::kCitizenIds) onThisPaper.insert(field.value);
    for (const auto& value : onThisPaper) ++papers[value];
  }
  for (auto* document : dossier)
    for (auto& field : document->fields) {
      if (!guessed(field) || papers[field.value] < 2) continue;
      // Guesses alike a digit or two off a number read surely share a misread digit (one hand
      // wrote both, and the classifier reads its 7 as 9 each time): the sure number stands, below.
      if (const auto near = storedNear(field.value, sure); near && *near != field.value) continue;
      field.needsReview = false;
      field.confidence = kVouchedConfidence;
      field.note = "read alike on " + std::to_string(papers[field.value]) + " papers of the dossier";
    }
  // Then a guess a digit or two off a number another paper holds surely is that number.
  const std::set<std::string> stored = storedNumbers(dossier);
  for (auto* document : dossier)
    for (auto& field : document->fields) {
      if (!misread(field)) continue;
      const auto number = storedNear(field.value, stored);
      if (!number) continue;
      const std::size_t off = differingDigits(field.value, *number);
      field.note = off == 0 ? "held surely by the dossier"
                            : "read " + field.value + ", " + (off == 1 ? "one digit" : "two digits") + " off " +
                                  *number + " held surely by the dossier";
      field.value = *number;
      field.needsReview = false;
      field.confidence = kVouchedConfidence;
    }
  // Then readings no paper holds surely, settled by most of them.
  settleByMostReadDigits(dossier);
  // Then two readings refused each in its own part.
  settleByEachOthersPart(dossier);
  // Last, an applicant's number guessed where the dossier holds their card.
  settleByCardHolder(dossier);
  for (auto* document : dossier) {
    auto& fields = document->fields;
    // The paper may now hold a number twice: once is enough.
    std::set<std::string> seen;
    std::erase_if(fields, [&](const ExtractedField& field) {
      return field.name == fieldname::kCitizenIds && !field.needsReview && !seen.insert(field.value).second;
    });
  }
}

}  // namespace sohoa::indexer
