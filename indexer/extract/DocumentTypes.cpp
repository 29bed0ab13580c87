#include "indexer/extract/DocumentTypes.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "indexer/extract/DomainTables.hpp"
#include "indexer/text/EditDistance.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

// Lower case, no marks, letters and digits only, single spaces.
std::string foldedKey(const std::string& text) {
  const std::string folded = lowerCase(foldMarks(text));
  std::string out;
  for (char c : folded) {
    const bool keep = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (keep) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// OCR splits bold capitals inside a word (QUY ẾT) and joins words: spaces do not count.
std::string unspaced(std::string key) {
  std::erase(key, ' ');
  return key;
}

constexpr std::array<std::pair<DocumentKind, const char*>, 10> kKindNames = {{
    {DocumentKind::Receipt, "receipt"},
    {DocumentKind::Declaration, "declaration"},
    {DocumentKind::Result, "result"},
    {DocumentKind::Decision, "decision"},
    {DocumentKind::IdCopy, "id_copy"},
    {DocumentKind::Certification, "certification"},
    {DocumentKind::Supporting, "supporting"},
    {DocumentKind::Application, "application"},
    {DocumentKind::Notice, "notice"},
    {DocumentKind::Other, "other"},
}};

struct KnownType {
  std::string label;
  std::string key;     // folded, unspaced
  std::string spaced;  // folded, words apart
  DocumentKind kind;
  bool family;
};

const std::vector<KnownType>& knownTypes() {
  static const std::vector<KnownType> types = [] {
    std::vector<KnownType> out;
    auto add = [&](const std::string& heading, DocumentKind kind, bool family) {
      std::string key = unspaced(foldedKey(heading));
      if (std::any_of(out.begin(), out.end(), [&](const KnownType& t) { return t.key == key; })) return;
      out.push_back({heading, std::move(key), foldedKey(heading), kind, family});
    };
    for (const auto& row : documentHeadings()) add(row.heading, kindFromName(row.kind), row.family);
    // Each procedure's result and declaration, as the procedure table names them.
    for (const auto& procedure : procedures()) {
      if (!procedure.resultDocument.starts_with("("))
        add(upperCase(procedure.resultDocument), DocumentKind::Result, false);
      add("TỜ KHAI " + upperCase(procedure.name), DocumentKind::Declaration, false);
    }
    return out;
  }();
  return types;
}

// The nearest whole heading: exact without marks and spaces first, then one OCR slip per
// dozen letters (none for headings under six letters: LUẬT is not LUẬN).
const KnownType* nearestType(const std::string& key) {
  const KnownType* best = nullptr;
  std::size_t bestDistance = key.size() < 6 ? 1 : key.size() / 12 + 2;
  for (const auto& type : knownTypes()) {
    if (type.family) continue;
    const std::size_t distance = type.key == key ? 0 : editDistance(type.key, key);
    if (distance < bestDistance) {
      best = &type;
      bestDistance = distance;
    }
  }
  return best;
}

}  // namespace

std::string kindName(DocumentKind kind) {
  for (const auto& [value, name] : kKindNames)
    if (value == kind) return name;
  return "other";
}

DocumentKind kindFromName(const std::string& name) {
  for (const auto& [value, known] : kKindNames)
    if (name == known) return value;
  return DocumentKind::Other;
}

std::optional<TypeHeading> typeHeading(const std::string& line) {
  const std::string spaced = foldedKey(line);
  const std::string key = unspaced(spaced);
  if (key.size() < 3) return std::nullopt;
  if (const auto* type = nearestType(key)) return TypeHeading{type->label, type->kind, true};
  // "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH …": the type, then its issuer.
  if (const auto of = spaced.find(" cua "); of != std::string::npos && of > 0)
    if (const auto* type = nearestType(unspaced(spaced.substr(0, of))))
      return TypeHeading{type->label, type->kind, true};
  // Families whose members are too many to list: named as printed.
  for (const auto& type : knownTypes())
    if (type.family && spaced.starts_with(type.spaced + " ") && spaced.size() > type.spaced.size() + 3)
      return TypeHeading{upperCase(line), type.kind, false};
  return std::nullopt;
}

bool isNationalTitle(const std::string& line) {
  const std::string key = foldedKey(line);
  return editDistance(key, std::string("cong hoa xa hoi chu nghia viet nam")) <= 4 ||
         editDistance(key, std::string("doc lap tu do hanh phuc")) <= 3;
}

TypeHeading officialLetter() { return {"CÔNG VĂN", DocumentKind::Other, true}; }

}  // namespace sohoa::indexer
