#include "indexer/extract/NamedPeople.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/extract/PersonName.hpp"
#include "indexer/text/EditDistance.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

constexpr float kReviewBelow = 0.5f;
// A value in the next cell stands within this many letter heights of its label; farther on the
// same row is another column's text (the back of a card copied beside its front).
constexpr int kCellGapInLetters = 30;

// The letters of the words [first, last) without marks, spaces or punctuation.
std::string letterKey(const TextSegment& segment, std::size_t first, std::size_t last) {
  std::string key;
  for (std::size_t i = first; i < std::min(last, segment.folded.size()); ++i)
    for (char c : segment.folded[i])
      if (c >= 'a' && c <= 'z') key += c;
  return key;
}

// Dotted leaders between a label and its value: ".....", "……", "___".
bool isLeader(std::string_view word) {
  std::size_t i = 0;
  while (i < word.size()) {
    if (word[i] == '.' || word[i] == '_' || word[i] == ':' || word[i] == '-') {
      ++i;
    } else if (word.substr(i).starts_with("\u2026")) {
      i += 3;
    } else {
      return false;
    }
  }
  return !word.empty();
}

bool endsWithLeader(std::string_view word) {
  return word.ends_with("..") || word.ends_with("\u2026") || word.ends_with("__");
}

// `key` starts with `pattern`, a letter off allowed in long patterns; the rest of the key.
std::optional<std::string> afterPattern(const std::string& key, std::string_view pattern) {
  const std::size_t tolerance = pattern.size() >= 7 ? 1 : 0;
  std::optional<std::pair<std::size_t, std::string>> best;
  for (std::size_t length = pattern.size() - tolerance; length <= pattern.size() + tolerance; ++length) {
    if (length > key.size()) break;
    const std::size_t distance = editDistance(key.substr(0, length), std::string(pattern));
    if (distance <= tolerance && (!best || distance < best->first)) best = {distance, key.substr(length)};
  }
  if (!best) return std::nullopt;
  return best->second;
}

bool sameKey(const std::string& key, std::string_view role) {
  if (key == role) return true;
  return role.size() >= 5 && editDistance(key, std::string(role)) <= 1;
}

// The role a label gives its name, or nothing when the label names no one.
std::optional<std::string> roleOfLabel(const std::string& key) {
  static const std::array<std::string_view, 5> nameLabels = {"hochudemvaten", "hochudemten", "hovaten", "hoten",
                                                             "hovatendem"};
  static const std::array<std::pair<std::string_view, std::string_view>, 11> plainLabels = {
      {{"ongba", "requester"},
       {"baong", "requester"},
       {"nguoiyeucau", "requester"},
       {"tennguoinophoso", "requester"},
       {"nguoinophoso", "requester"},  // a receipt's signature heading: the applicant signs there
       {"toitenla", "requester"},      // an đơn's opening: `Tôi tên là: Châu Thanh Sơn`
       {"nguoilamdon", "requester"},   // an đơn's signature heading
       {"dudinhdattencon", "child"},
       {"dattencon", "child"},
       {"tencon", "child"},
       {"ong", "requester"}}};
  if (key == "ba") return std::string("requester");
  for (const auto& [label, role] : plainLabels)
    if (sameKey(key, label)) return std::string(role);
  for (const auto label : nameLabels) {
    auto rest = afterPattern(key, label);
    if (!rest) continue;
    // What a card adds: `khai sinh`, `Full name`. Vietnamese has no `f`: what starts with one is
    // the card's `Full name` however OCR read it (`Fufl narne`, `Full narhe sư nn`), and the card's
    // print after it.
    if (rest->starts_with("khaisinh")) rest->erase(0, 8);
    if (rest->starts_with('f')) rest->clear();
    if (rest->starts_with("name")) rest->erase(0, 4);
    static const std::array<std::pair<std::string_view, std::string_view>, 18> roles = {
        {{"", "named"},
         {"nguoiyeucau", "requester"},
         {"nguoichet", "deceased"},
         {"nguoidachet", "deceased"},
         {"nguoime", "mother"},
         {"me", "mother"},
         {"nguoicha", "father"},
         {"cha", "father"},
         {"chong", "husband"},
         {"vo", "wife"},
         {"nguoididangky", "registrant"},
         {"nguoidangky", "registrant"},
         {"nguoiduockhaisinh", "child"},
         {"con", "child"},
         {"tre", "child"},
         {"nguoinophoso", "requester"},
         {"nguoinop", "requester"},
         {"nguoicamdoan", "requester"}}};
    for (const auto& [suffix, role] : roles)
      if (sameKey(*rest, suffix)) return std::string(role);
    return std::string("other");
  }
  return std::nullopt;
}

struct Label {
  std::string role;
  std::size_t valueFrom = 0;  // first word after the label and its leaders
};

// A label at the start of the segment: up to a ':' or leaders, or a name label whose value
// follows without either ("Họ và tên Nguyễn Văn An").
std::optional<Label> labelAt(const TextSegment& segment) {
  const std::size_t within = std::min<std::size_t>(12, segment.words.size());
  for (std::size_t i = 0; i < within; ++i) {
    const std::string& word = segment.words[i].text;
    const bool colon = word.find(':') != std::string::npos;
    const bool leader = isLeader(word) || endsWithLeader(word);
    // A table's wall between the label's cell and the value's, read as `|` alone or glued to either.
    const bool wallBefore = word.starts_with('|') && i > 0;
    const bool wall = word == "|" || word.ends_with('|') || wallBefore;
    if (!colon && !leader && !wall) continue;
    const std::size_t labelEnd = isLeader(word) || word == "|" || wallBefore ? i : i + 1;
    auto role = roleOfLabel(letterKey(segment, 0, labelEnd));
    if (!role) continue;  // a stray ':' inside the label ("Dự: định đặt tên con:"), or another label
    std::size_t value = wallBefore && word != "|" ? i : i + 1;
    while (value < segment.words.size() && isLeader(segment.words[value].text)) ++value;
    return Label{*role, value};
  }
  for (std::size_t end = 2; end < std::min<std::size_t>(9, segment.words.size()); ++end) {
    if (!isNameSyllable(segment.words[end].text, NameCase::Either)) continue;
    const std::string key = letterKey(segment, 0, end);
    if (!key.starts_with("ho")) break;  // only a name label goes without ':' ("Ông An" is prose)
    if (auto role = roleOfLabel(key)) return Label{*role, end};
  }
  // A label alone, its value in the next cell or on the line below.
  if (auto role = roleOfLabel(letterKey(segment, 0, segment.words.size()))) return Label{*role, segment.words.size()};
  return std::nullopt;
}

// The words after a label as a name's syllables: OCR glues the leader dots to them and
// reads the dots between them as full stops (".Hồ..Thanh Quyên", "Thị.Mỹ.Trâm...."). Each
// piece keeps its word's box and confidence; a word with ':' is the next label and ends them.
std::vector<ocr::Word> valueWords(const std::vector<ocr::Word>& words, std::size_t from) {
  std::vector<ocr::Word> out;
  for (std::size_t i = from; i < words.size(); ++i) {
    ocr::Word word = words[i];
    if (word.text.starts_with('|')) word.text.erase(0, 1);
    const auto colon = word.text.find(':');
    if (colon != std::string::npos) word.text.erase(colon);
    const auto pieces = withoutLeaders({word});
    out.insert(out.end(), pieces.begin(), pieces.end());
    if (colon != std::string::npos) {  // the next label: its words end the name ("Giới tính:")
      out.push_back({":", words[i].box, words[i].confidence});
      break;
    }
  }
  return out;
}

ExtractedField personField(const std::vector<ocr::Word>& words, const NameSpan& span, int page,
                           const std::string& role) {
  ExtractedField out{fieldname::kPersonName,
                     nameText(words, span),
                     page,
                     boxAround(words, span.first, span.last),
                     minConfidence(words, span.first, span.last),
                     "label",
                     false,
                     {},
                     role};
  // A damaged word first: read unsurely too, the name would stand once another paper read the
  // same damaged spelling surely (DossierNames).
  if (span.damagedWord) {
    out.needsReview = true;
    out.note = damagedNameNote(*span.damagedWord);
  } else if (out.confidence < kReviewBelow) {
    out.needsReview = true;
    out.note = std::string(kLowOcrNote);
  }
  return out;
}

// The column a value stands in, for a spouses' table: "Bên nữ" over it makes it the wife's.
std::string columnRole(const PageLayout& page, const TextSegment& value, const std::string& role) {
  if (role != "named") return role;
  std::string found = role;
  for (const auto& segment : page.segments) {
    if (segment.box.y1 > value.box.y0) break;
    if (segment.box.x1 < value.box.x0 || segment.box.x0 > value.box.x1) continue;
    const std::string key = letterKey(segment, 0, segment.words.size());
    if (key == "bennu") found = "wife";
    if (key == "bennam") found = "husband";
  }
  return found;
}

// How far below a signing instruction the written-out name may stand: the signature's room.
constexpr int kSignatureRoomInLines = 8;

// `(Ký, ghi rõ họ tên)`, `(Ký và ghi rõ họ tên)`, `(Ký, ghi rõ họ, chữ đệm, tên)`.
bool signingInstruction(const TextSegment& segment) {
  return !segment.words.empty() && segment.words.front().text.starts_with('(') &&
         letterKey(segment, 0, segment.words.size()).starts_with("ky");
}

// A heading with a signing instruction right under it, in its column.
bool signatureHeading(const PageLayout& page, std::size_t s) {
  const auto& heading = page.segments[s];
  for (std::size_t t = s + 1; t < page.segments.size(); ++t) {
    const auto& below = page.segments[t];
    if (below.box.y0 - heading.box.y1 > 2 * heading.height()) return false;
    if (below.box.x1 < heading.box.x0 || below.box.x0 > heading.box.x1 || below.box.y0 < heading.box.y1) continue;
    return signingInstruction(below);
  }
  return false;
}

void readPage(const PageLayout& page, int pageIndex, std::vector<ExtractedField>& out) {
  for (std::size_t s = 0; s < page.segments.size(); ++s) {
    const auto& segment = page.segments[s];
    const auto label = labelAt(segment);
    if (!label) continue;
    if (label->valueFrom < segment.words.size()) {
      const auto words = valueWords(segment.words, label->valueFrom);
      if (auto span = nameAt(words, 0, NameCase::Either))
        out.push_back(personField(words, *span, pageIndex, label->role));
      continue;
    }
    // The value in the cells to the right on the same row (a table), else on the line below; a
    // signature heading's row holds the other signer's heading, not a value.
    bool found = false;
    for (std::size_t t = s + 1; t < page.segments.size() && !signatureHeading(page, s); ++t) {
      const auto& next = page.segments[t];
      if (std::abs(next.centreY() - segment.centreY()) > segment.height()) break;
      if (next.box.x0 - segment.box.x1 > kCellGapInLetters * segment.height()) continue;  // another column
      const auto words = valueWords(next.words, 0);
      if (auto span = nameAt(words, 0, NameCase::Either)) {
        out.push_back(personField(words, *span, pageIndex, columnRole(page, next, label->role)));
        found = true;
      }
    }
    if (found) continue;
    // Under a signature heading (`NGƯỜI NỘP HỒ SƠ`, `Người yêu cầu`) the signer's written-out name
    // stands below the instruction `(Ký, ghi rõ họ tên)` and the signature's room.
    int lineBelow = segment.box.y1, roomBelow = 2 * segment.height();
    for (std::size_t t = s + 1; t < page.segments.size(); ++t) {
      const auto& below = page.segments[t];
      if (below.box.y0 - lineBelow > roomBelow) break;
      if (std::abs(below.centreY() - segment.centreY()) <= segment.height()) continue;  // same row
      if (below.box.x1 < segment.box.x0 || below.box.x0 > segment.box.x1) continue;     // another column
      if (signingInstruction(below)) {
        lineBelow = below.box.y1;
        roomBelow = kSignatureRoomInLines * segment.height();
        continue;
      }
      const auto words = valueWords(below.words, 0);
      if (auto span = nameAt(words, 0, NameCase::Either))
        out.push_back(personField(words, *span, pageIndex, label->role));
      break;
    }
  }
}

bool mentions(const std::optional<TypeHeading>& type, std::string_view folded) {
  return type && lowerCase(foldMarks(type->label)).find(folded) != std::string::npos;
}

// The first name given this role, unless a later one is read whole where it is not (the receipt's
// `Ông/Bà: Quốc Hưng`, its surname lost, and `Võ Quốc Hưng` written out under NGƯỜI NỘP HỒ SƠ).
const ExtractedField* firstWithRole(const std::vector<ExtractedField>& people, std::string_view role) {
  const ExtractedField* first = nullptr;
  for (const auto& person : people) {
    if (person.role != role) continue;
    if (startsWithSurname(person.value) && !person.needsReview) return &person;
    if (!first) first = &person;
  }
  return first;
}

}  // namespace

std::vector<ExtractedField> namedPeople(const std::vector<PageLayout>& pages) {
  std::vector<ExtractedField> out;
  for (std::size_t p = 0; p < pages.size(); ++p) readPage(pages[p], static_cast<int>(p), out);
  return out;
}

std::optional<ExtractedField> personConcerned(const std::vector<ExtractedField>& people,
                                              const std::optional<TypeHeading>& type) {
  auto has = [&](std::string_view role) { return firstWithRole(people, role) != nullptr; };
  // Birth papers are about the child, death papers about the deceased (a heading OCR lost is
  // told by the labels: parents name a birth, the deceased a death).
  const bool birth = mentions(type, "khai sinh") || mentions(type, "chung sinh") ||
                     (!type && (has("mother") || has("father") || has("child")));
  const bool death = mentions(type, "khai tu") || mentions(type, "bao tu") || (!type && has("deceased"));
  const bool marriage = mentions(type, "ket hon");
  // A bare `Họ và tên` names whom the paper is about: the child, the deceased, the card's holder.
  const std::string_view named = death ? "deceased" : birth ? "child" : "holder";
  std::vector<std::string_view> order;
  if (death || birth)
    order = {named, "named"};
  else if (marriage)
    order = {"requester"};  // a certificate names both spouses; which one asked, only the dossier knows
  else
    order = {"requester", "named"};
  for (const auto role : order)
    if (const auto* person = firstWithRole(people, role)) {
      ExtractedField concerned = *person;
      if (concerned.role == "named") concerned.role = std::string(named);
      return concerned;
    }
  return std::nullopt;
}

std::vector<ExtractedField> spousesNamed(const std::vector<PageLayout>& pages, const std::optional<TypeHeading>& type) {
  if (!mentions(type, "ket hon")) return {};
  std::vector<ExtractedField> spouses;
  for (const auto& person : namedPeople(pages))
    if ((person.role == "husband" || person.role == "wife") &&
        std::none_of(spouses.begin(), spouses.end(), [&](const auto& s) { return s.role == person.role; }))
      spouses.push_back(person);
  return spouses;
}

}  // namespace sohoa::indexer
