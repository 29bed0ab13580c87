#include "ocr/text/SyllableModel.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>

#include "ocr/text/SyllableModelText.hpp"
#include "ocr/text/VietnameseSyllable.hpp"

namespace sohoa::ocr {
namespace {

constexpr double kDiscount = 0.75;  // Kneser-Ney's usual absolute discount
// After a syllable the text never had (`điêu`), Kneser-Ney falls back on the next syllable's
// plain continuation probability, which makes a misread more likely to be followed by `của`
// than `điều` is (in LibreOffice's help `điều` is followed by `khiển` and `chỉnh`). On a scan
// such a syllable is mostly a misread: its unknown continuations cost this much more (nats;
// measured on half of the real scans, no change from 3 to 10).
constexpr double kUnseenContext = 3.0;

// Reads the text line by line, fields split by single spaces.
class ModelReader {
 public:
  explicit ModelReader(std::string_view text) : text_(text) {}

  std::string_view field() {
    const std::size_t end = text_.find_first_of(" \n", at_);
    if (end == std::string_view::npos) throw std::runtime_error("syllable model: truncated");
    const std::string_view out = text_.substr(at_, end - at_);
    at_ = end + 1;
    return out;
  }
  std::uint64_t number() {
    const std::string_view digits = field();
    std::uint64_t out = 0;
    if (std::from_chars(digits.data(), digits.data() + digits.size(), out).ec != std::errc())
      throw std::runtime_error("syllable model: not a number: " + std::string(digits));
    return out;
  }
  void expect(std::string_view tag) {
    if (field() != tag) throw std::runtime_error("syllable model: expected section " + std::string(tag));
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

std::uint64_t pairKey(SyllableModel::Id a, SyllableModel::Id b) { return (std::uint64_t{a} << 32) | b; }

}  // namespace

const SyllableModel& SyllableModel::vietnamese() {
  static const SyllableModel model(syllableModelText());
  return model;
}

SyllableModel::SyllableModel(std::string_view text) {
  ModelReader in(text);
  in.expect("A");
  administrativeTokens_ = in.number();
  in.expect("V");
  const auto syllables = in.number();
  for (std::uint64_t id = 0; id < syllables; ++id) {
    std::string written(in.field());
    counts_.push_back(static_cast<std::uint32_t>(in.number()));
    const auto syllable = id > kUnknown ? readSyllable(written) : std::nullopt;
    if (id > kUnknown && !syllable) throw std::runtime_error("syllable model: not a syllable: " + written);
    keys_.push_back(syllable ? syllable->key() : written);
    byKey_.emplace(keys_.back(), static_cast<Id>(id));
    if (syllable) bySkeleton_[syllable->skeleton()].push_back(static_cast<Id>(id));
    written_.push_back(std::move(written));
  }
  followingTokens_.assign(syllables, 0);
  followingKinds_.assign(syllables, 0);
  precedingKinds_.assign(syllables, 0);
  in.expect("B");
  const auto pairs = in.number();
  for (std::uint64_t i = 0; i < pairs; ++i) {
    const auto a = static_cast<Id>(in.number()), b = static_cast<Id>(in.number());
    const auto n = static_cast<std::uint32_t>(in.number());
    if (a >= syllables || b >= syllables) throw std::runtime_error("syllable model: bigram out of range");
    bigrams_[pairKey(a, b)] = n;
    followingTokens_[a] += n;
    ++followingKinds_[a];
    ++precedingKinds_[b];
  }
  bigramKinds_ = pairs;
}

const SyllableModel::Id* SyllableModel::find(const std::string& key) const {
  const auto found = byKey_.find(key);
  return found == byKey_.end() ? nullptr : &found->second;
}

const std::vector<SyllableModel::Id>& SyllableModel::withSkeleton(const std::string& skeleton) const {
  static const std::vector<Id> none;
  const auto found = bySkeleton_.find(skeleton);
  return found == bySkeleton_.end() ? none : found->second;
}

std::uint32_t SyllableModel::bigramCount(Id previous, Id next) const {
  const auto found = bigrams_.find(pairKey(previous, next));
  return found == bigrams_.end() ? 0 : found->second;
}

double SyllableModel::logProbability(Id previous, Id next) const {
  // How many syllables precede `next` (not how often it occurs): a syllable seen only in one
  // fixed phrase is a poor guess elsewhere. Half a kind for every syllable keeps unseen ones above 0.
  const double continuation =
      (precedingKinds_[next] + 0.5) / (static_cast<double>(bigramKinds_) + 0.5 * static_cast<double>(size()));
  const double tokens = followingTokens_[previous];
  if (tokens == 0) return std::log(continuation) - kUnseenContext;
  const double seen = std::max(bigramCount(previous, next) - kDiscount, 0.0);
  const double kneserNey = seen / tokens + kDiscount * followingKinds_[previous] / tokens * continuation;
  return std::log(kneserNey);
}

}  // namespace sohoa::ocr
