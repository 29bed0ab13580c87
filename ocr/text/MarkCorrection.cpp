#include "ocr/text/MarkCorrection.hpp"

#include <limits>
#include <optional>
#include <string_view>

#include "ocr/text/PersonNames.hpp"
#include "ocr/text/PlaceNames.hpp"
#include "ocr/text/VietnameseSyllable.hpp"
#include "ocr/text/WordParts.hpp"

namespace sohoa::ocr {
namespace {

using Id = SyllableModel::Id;

// One place in a block's sequence: a boundary, a fixed token, or a word with its candidates.
struct Slot {
  std::vector<Id> ids;
  std::vector<double> costs;
  Word* word = nullptr;  // set where the word may change
  Syllable read;
  bool readValid = false;
  std::string_view lead, trail;
};

Slot fixedSlot(Id id) { return {{id}, {0.0}, nullptr, {}, false, {}, {}}; }

class BlockSequence {
 public:
  BlockSequence(const SyllableModel& model, const MarkCorrectionCosts& costs) : model_(model), costs_(costs) {
    boundary();
  }

  void add(Word& word, bool name) {
    const WordParts parts = splitPunctuation(word.text);
    if (!parts.lead.empty() || parts.core.empty()) boundary();
    if (!parts.core.empty()) addCore(word, parts, name);
    if (endsClause(parts.trail)) boundary();
  }

  std::vector<Slot>& finish() {
    boundary();
    return slots_;
  }

 private:
  void boundary() {
    if (slots_.empty() || slots_.back().ids.front() != SyllableModel::kBoundary)
      slots_.push_back(fixedSlot(SyllableModel::kBoundary));
  }

  void addCore(Word& word, const WordParts& parts, bool name) {
    if (isNumber(parts.core)) return slots_.push_back(fixedSlot(SyllableModel::kNumber));
    const auto read = readSyllable(parts.core);
    if (!read) return slots_.push_back(fixedSlot(SyllableModel::kUnknown));
    const Id* asRead = model_.find(read->key());
    const Id readId = asRead ? *asRead : SyllableModel::kUnknown;
    if (name) return slots_.push_back(fixedSlot(readId));
    Slot slot{{readId},   {asRead ? 0.0 : costs_.keepingInvalid}, &word, *read, asRead != nullptr, parts.lead,
              parts.trail};
    const std::string readKey = read->key();
    for (Id candidate : model_.withSkeleton(read->skeleton())) {
      if (asRead && candidate == *asRead) continue;
      const int marks = markEdits(readKey, model_.key(candidate));
      if (marks > costs_.maxMarks) continue;
      slot.ids.push_back(candidate);
      slot.costs.push_back(costs_.perMark * marks + costs_.perConfidence * word.confidence);
    }
    slots_.push_back(std::move(slot));
  }

  const SyllableModel& model_;
  const MarkCorrectionCosts& costs_;
  std::vector<Slot> slots_;
};

bool isSyllable(SyllableModel::Id id) {
  return id != SyllableModel::kBoundary && id != SyllableModel::kNumber && id != SyllableModel::kUnknown;
}

// Whether `candidate` was seen in the model's text beside any reading of a neighbour.
bool attestedBeside(const Slot& before, SyllableModel::Id candidate, const Slot& after, const SyllableModel& model,
                    unsigned times) {
  for (Id left : before.ids)
    if (isSyllable(left) && model.bigramCount(left, candidate) >= times) return true;
  for (Id right : after.ids)
    if (isSyllable(right) && model.bigramCount(candidate, right) >= times) return true;
  return false;
}

// A word read as a valid syllable keeps only the candidates its neighbours attest.
void keepAttested(std::vector<Slot>& slots, const SyllableModel& model, unsigned times) {
  for (std::size_t i = 1; i + 1 < slots.size(); ++i) {
    Slot& slot = slots[i];
    if (!slot.word || !slot.readValid) continue;
    std::vector<Id> ids{slot.ids.front()};
    std::vector<double> costs{slot.costs.front()};
    for (std::size_t k = 1; k < slot.ids.size(); ++k)
      if (attestedBeside(slots[i - 1], slot.ids[k], slots[i + 1], model, times)) {
        ids.push_back(slot.ids[k]);
        costs.push_back(slot.costs[k]);
      }
    slot.ids = std::move(ids);
    slot.costs = std::move(costs);
  }
}

// The cheapest candidate of every slot together: costs plus minus log P of each bigram.
std::vector<std::size_t> bestPath(const std::vector<Slot>& slots, const SyllableModel& model) {
  std::vector<std::vector<double>> total(slots.size());
  std::vector<std::vector<std::size_t>> from(slots.size());
  total[0] = slots[0].costs;
  from[0].assign(slots[0].ids.size(), 0);
  for (std::size_t i = 1; i < slots.size(); ++i) {
    const Slot &before = slots[i - 1], &here = slots[i];
    total[i].assign(here.ids.size(), std::numeric_limits<double>::infinity());
    from[i].assign(here.ids.size(), 0);
    for (std::size_t k = 0; k < here.ids.size(); ++k)
      for (std::size_t j = 0; j < before.ids.size(); ++j) {
        const double cost = total[i - 1][j] + here.costs[k] - model.logProbability(before.ids[j], here.ids[k]);
        if (cost < total[i][k]) {
          total[i][k] = cost;
          from[i][k] = j;
        }
      }
  }
  std::vector<std::size_t> path(slots.size(), 0);
  for (std::size_t i = slots.size(); i-- > 1;) path[i - 1] = from[i][path[i]];
  return path;
}

// The chosen syllable written in the read word's case; the tone stays where the OCR put it
// when only the tone changed (`hoà` stays `hoà`, not `hòa`).
std::string rewritten(const Slot& slot, Id chosen, const SyllableModel& model) {
  Syllable out = *readSyllable(model.written(chosen));
  if (out.letters == slot.read.letters && slot.read.tonePosition >= 0 && out.tone != 0)
    out.tonePosition = slot.read.tonePosition;
  out.letterCase = slot.read.letterCase;
  return std::string(slot.lead) + out.written() + std::string(slot.trail);
}

// `quý I` to `quý IV`, a year's quarters, head the reports of every commune office (`Báo cáo kết quả … quý III năm
// 2024`); before a quarter's numeral `quy` never stands, and the model's text has no such numerals to tell it:
// read `quy I`, the word is `quý`, in its own case.
std::size_t quartersNamed(const std::vector<Word*>& words) {
  std::size_t changed = 0;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    std::string& text = words[i]->text;
    if (text != "quy" && text != "Quy" && text != "QUY") continue;
    const std::string_view next = splitPunctuation(words[i + 1]->text).core;
    if (next != "I" && next != "II" && next != "III" && next != "IV") continue;
    text = text == "QUY" ? "QUÝ" : text == "Quy" ? "Quý" : "quý";
    ++changed;
  }
  return changed;
}

}  // namespace

std::size_t correctMarks(Page& page, const SyllableModel& model, const MarkCorrectionCosts& costs) {
  std::size_t changed = 0;
  for (auto& block : page.blocks) {
    std::vector<Word*> words;
    for (auto& line : block.lines)
      for (auto& word : line.words) words.push_back(&word);
    const std::vector<bool> people = personNames(words), places = placeNames(words);
    BlockSequence sequence(model, costs);
    for (std::size_t i = 0; i < words.size(); ++i) sequence.add(*words[i], people[i] || places[i]);
    std::vector<Slot>& slots = sequence.finish();
    keepAttested(slots, model, costs.attested);
    const std::vector<std::size_t> path = bestPath(slots, model);
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (!slots[i].word || path[i] == 0) continue;  // candidate 0 is the word as read
      slots[i].word->text = rewritten(slots[i], slots[i].ids[path[i]], model);
      ++changed;
    }
    changed += quartersNamed(words);  // after the model, which has seen `chính quy` (regular)
  }
  return changed;
}

}  // namespace sohoa::ocr
