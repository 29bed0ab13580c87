#pragma once
// The Vietnamese syllable model: every valid syllable (hunspell-vi's list and what Vietnamese
// phonotactics allows), grouped by skeleton, with a bigram language model over them
// (interpolated Kneser-Ney). Its counts come from Vietnamese text on the machine
// (LibreOffice's help, man pages, the treebank's train split, Nghị định 30's annexes), read at
// build time by ocr/text/make-syllable-model.py and compiled into the library: nothing to find or
// load at run time, and the model cannot drift from the code that reads it.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sohoa::ocr {

class SyllableModel {
 public:
  using Id = std::uint32_t;
  static constexpr Id kBoundary = 0;  // a sentence or clause edge: start, end, punctuation
  static constexpr Id kNumber = 1;    // `15`, `2020`, `30/2020`
  static constexpr Id kUnknown = 2;   // anything else not a syllable: `QĐ-UBND`, English

  // The model built with the library (parsed on first use, then shared by every thread).
  static const SyllableModel& vietnamese();
  // Parses the text ocr/text/make-syllable-model.py writes.
  explicit SyllableModel(std::string_view text);

  // The syllable of a key (`số` is `sô2`, see Syllable::key), if valid.
  const Id* find(const std::string& key) const;
  // Every valid syllable with this skeleton (`so`: so, sò, số, sổ, sơ, sở, sợ...).
  const std::vector<Id>& withSkeleton(const std::string& skeleton) const;
  const std::string& key(Id id) const { return keys_[id]; }
  // The syllable as most often written (lower case; `hoà` or `hòa`, whichever the text used).
  const std::string& written(Id id) const { return written_[id]; }
  std::uint32_t count(Id id) const { return counts_[id]; }
  // How often `next` followed `previous` in the text the model was built from.
  std::uint32_t bigramCount(Id previous, Id next) const;
  // Natural log of P(next | previous).
  double logProbability(Id previous, Id next) const;
  std::size_t size() const { return keys_.size(); }
  // Whether the model read news and administrative text (the corpus given at build time as
  // SOHOA_SHARED_DIR, see the README's "The corpus").
  // Built from LibreOffice's help and man pages alone it prefers `tính` to `tỉnh` and
  // corrects more words wrong than right on real scans (CER 3.69 -> 3.88 %): not to be used.
  bool knowsAdministrativeText() const { return administrativeTokens_ > 0; }

 private:
  std::vector<std::string> keys_, written_;
  std::vector<std::uint32_t> counts_;
  std::unordered_map<std::string, Id> byKey_;
  std::unordered_map<std::string, std::vector<Id>> bySkeleton_;
  std::unordered_map<std::uint64_t, std::uint32_t> bigrams_;
  // Kneser-Ney's sums: tokens and kinds following a syllable, kinds preceding one.
  std::vector<std::uint32_t> followingTokens_, followingKinds_, precedingKinds_;
  std::uint64_t bigramKinds_ = 0;
  std::uint64_t administrativeTokens_ = 0;
};

}  // namespace sohoa::ocr
