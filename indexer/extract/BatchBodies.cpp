#include "indexer/extract/BatchBodies.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/text/TextSplitting.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

constexpr float kConfirmed = 0.9f;
// Papers of one batch whose doubtful readings of a body must agree, letter and mark, for it to
// stand: with a place the batch's text spells the same way, and without one.
constexpr int kAlikeWithPlace = 2, kAlikeWithoutPlace = 3;

// The words of a text, lower case, punctuation trimmed.
std::vector<std::string> wordsOf(std::string_view text) {
  std::vector<std::string> words;
  for (const auto line : splitAt(text, '\n'))
    for (const auto word : splitAt(line, ' '))
      if (std::string w = lowerCase(trimmedPunctuation(word)); !w.empty()) words.push_back(std::move(w));
  return words;
}

std::string joined(const std::vector<std::string>& words, std::size_t first, std::size_t count) {
  std::string out;
  for (std::size_t i = first; i < first + count; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

// A body's words as they are compared: lower case, punctuation trimmed, `UBND` written out,
// `uỷ` as `ủy`.
std::vector<std::string> keyWords(std::string_view text) {
  std::vector<std::string> words;
  for (auto& word : wordsOf(text)) {
    if (word == "ubnd")
      words.insert(words.end(), {"ủy", "ban", "nhân", "dân"});
    else
      words.push_back(word == "uỷ" ? "ủy" : std::move(word));
  }
  return words;
}

// The name as one key.
std::string bodyKey(const std::string& value) {
  const std::vector<std::string> words = keyWords(value);
  return joined(words, 0, words.size());
}

bool holds(const std::vector<std::string>& text, const std::vector<std::string>& phrase) {
  return !phrase.empty() && std::search(text.begin(), text.end(), phrase.begin(), phrase.end()) != text.end();
}

bool namesKindOfPlace(const std::string& word) {
  static const std::set<std::string> kinds = {"xã", "phường", "trấn", "huyện", "quận", "tỉnh", "phố"};
  return kinds.contains(word);
}

// The place a body is of: its words after the last word naming a kind of place (`xã`, `huyện`,
// `tỉnh`…), or none for a body that names none (`BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ`).
std::vector<std::string> placeOf(const std::string& body) {
  const std::vector<std::string> words = wordsOf(body);
  for (std::size_t i = words.size(); i-- > 0;)
    if (namesKindOfPlace(words[i])) return {words.begin() + static_cast<std::ptrdiff_t>(i) + 1, words.end()};
  return {};
}

// A page's words, each as read and with its marks dropped.
struct PageWords {
  std::vector<std::string> read, folded;
};

PageWords pageWordsOf(const ocr::Page& page) {
  PageWords words;
  words.read = wordsOf(page.text());
  for (const auto& word : words.read) words.folded.push_back(foldMarks(word));
  return words;
}

// How often the pages spell each way the words that fold to `place`'s (marks dropped).
std::map<std::string, int> spellingsOf(const std::vector<std::string>& place, const std::vector<PageWords>& pages) {
  std::vector<std::string> folded;
  for (const auto& word : place) folded.push_back(foldMarks(word));
  std::map<std::string, int> spellings;
  for (const auto& words : pages)
    for (std::size_t i = 0; i + place.size() <= words.folded.size(); ++i)
      if (std::equal(folded.begin(), folded.end(), words.folded.begin() + static_cast<std::ptrdiff_t>(i)))
        ++spellings[joined(words.read, i, place.size())];
  return spellings;
}

}  // namespace

void doubtBodiesSpeltOtherwise(const std::vector<DocumentExtraction*>& batch,
                               const std::vector<const ocr::Page*>& pages) {
  std::vector<PageWords> pageWords;
  for (const auto* page : pages) pageWords.push_back(pageWordsOf(*page));
  for (auto* document : batch)
    for (auto& field : document->fields) {
      if (field.name != fieldname::kOrganName || field.needsReview) continue;
      const std::vector<std::string> place = placeOf(field.value);
      if (place.empty()) continue;
      const std::string own = joined(place, 0, place.size());
      const auto spellings = spellingsOf(place, pageWords);
      const auto ownCount = spellings.contains(own) ? spellings.at(own) : 0;
      for (const auto& [spelling, count] : spellings)
        if (spelling != own && count >= 2 && count > 2 * ownCount) {
          field.needsReview = true;
          field.note = "the batch's papers spell the place " + spelling + " (" + std::to_string(count) + " times)";
          break;
        }
    }
}

void confirmBodiesAcrossBatch(const std::vector<DocumentExtraction*>& batch) {
  std::set<std::string> sure;
  for (const auto* document : batch)
    for (const auto& field : document->fields)
      if (field.name == fieldname::kOrganName && !field.needsReview) sure.insert(bodyKey(field.value));
  for (auto* document : batch)
    for (auto& field : document->fields) {
      if (field.name != fieldname::kOrganName || !field.needsReview || field.note != kLowOcrNote) continue;
      if (!sure.contains(bodyKey(field.value))) continue;
      field.needsReview = false;
      field.confidence = std::max(field.confidence, kConfirmed);
      field.note = "read surely on another paper of the batch";
    }
}

void confirmBodiesReadAlike(const std::vector<DocumentExtraction*>& batch, const std::vector<const ocr::Page*>& pages) {
  std::map<std::string, int> doubtedReadings;
  for (const auto* document : batch)
    for (const auto& field : document->fields)
      if (field.name == fieldname::kOrganName && field.needsReview && field.note == kLowOcrNote)
        ++doubtedReadings[bodyKey(field.value)];
  std::vector<PageWords> pageWords;
  for (const auto* page : pages) pageWords.push_back(pageWordsOf(*page));
  for (auto* document : batch)
    for (auto& field : document->fields) {
      if (field.name != fieldname::kOrganName || !field.needsReview || field.note != kLowOcrNote) continue;
      const int readings = doubtedReadings[bodyKey(field.value)];
      const std::vector<std::string> place = placeOf(field.value);
      if (readings < (place.empty() ? kAlikeWithoutPlace : kAlikeWithPlace)) continue;
      if (!place.empty()) {
        // The bodies' own lines are among the pages' words: the text must spell the place so
        // once more at least (an address, a dateline), and no other way as often.
        const auto spellings = spellingsOf(place, pageWords);
        const std::string own = joined(place, 0, place.size());
        const int ownCount = spellings.contains(own) ? spellings.at(own) : 0;
        if (ownCount <= readings) continue;
        if (std::any_of(spellings.begin(), spellings.end(),
                        [&](const auto& other) { return other.first != own && other.second >= ownCount; }))
          continue;
      }
      field.needsReview = false;
      field.confidence = std::max(field.confidence, kConfirmed);
      field.note = "read alike on " + std::to_string(readings) + " papers of the batch";
    }
}

void confirmBodiesNamedInDossier(const std::vector<DocumentExtraction*>& dossier,
                                 const std::vector<std::vector<const ocr::Page*>>& pages) {
  std::vector<std::vector<std::string>> texts;  // each paper's words, all its pages
  for (const auto& paper : pages) {
    texts.emplace_back();
    for (const auto* page : paper) {
      const auto words = keyWords(page->text());
      texts.back().insert(texts.back().end(), words.begin(), words.end());
    }
  }
  for (std::size_t d = 0; d < dossier.size() && d < texts.size(); ++d)
    for (auto& field : dossier[d]->fields) {
      if (field.name != fieldname::kOrganName || !field.needsReview || field.note != kLowOcrNote) continue;
      const std::vector<std::string> name = keyWords(field.value);
      // One body of one place: a parent's line joined to the body (`UBND HUYỆN TÂY SƠN UBND XÃ
      // TÂY THUẬN`) is in the other paper's header too, and that does not say which is the body.
      if (std::count_if(name.begin(), name.end(), namesKindOfPlace) != 1) continue;
      bool named = false;
      for (std::size_t other = 0; other < texts.size() && !named; ++other)
        named = other != d && holds(texts[other], name);
      if (!named) continue;
      field.needsReview = false;
      field.confidence = std::max(field.confidence, kConfirmed);
      field.note = "named alike on another paper of the dossier";
    }
}

}  // namespace sohoa::indexer
