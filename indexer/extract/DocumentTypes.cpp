#include "indexer/extract/DocumentTypes.hpp"

#include <algorithm>
#include <vector>

#include "indexer/TextPatterns.hpp"
#include "indexer/VietnameseFolding.hpp"
#include "indexer/extract/DomainTables.hpp"

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

struct KnownType {
  std::string label;
  std::string key;
  DocumentKind kind;
};

DocumentKind kindOfLabel(const std::string& key) {
  if (key == "giay tiep nhan ho so va hen tra ket qua") return DocumentKind::Receipt;
  if (key.starts_with("to khai") || key.starts_with("don ")) return DocumentKind::Declaration;
  if (key == "quyet dinh" || key == "nghi quyet") return DocumentKind::Decision;
  for (const auto& procedure : procedures())
    if (foldedKey(procedure.resultDocument) == key) return DocumentKind::Result;
  for (const char* family : {"trich luc", "giay chung nhan", "giay xac nhan", "ban sao", "giay khai sinh"})
    if (key.starts_with(family)) return DocumentKind::Result;
  return DocumentKind::Other;
}

const std::vector<KnownType>& knownTypes() {
  static const std::vector<KnownType> types = [] {
    std::vector<std::string> labels = {"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                                       "NGHỊ ĐỊNH",
                                       "THÔNG TƯ",
                                       "LUẬT",
                                       "TRÍCH LỤC KHAI SINH",
                                       "TRÍCH LỤC KẾT HÔN",
                                       "CÔNG VĂN"};
    for (const auto& type : documentTypes()) labels.push_back(upperCase(type.name));
    for (const auto& procedure : procedures()) {
      if (!procedure.resultDocument.starts_with("(")) labels.push_back(upperCase(procedure.resultDocument));
      labels.push_back("TỜ KHAI " + upperCase(procedure.name));
    }
    std::vector<KnownType> out;
    for (auto& label : labels) {
      std::string key = foldedKey(label);
      if (std::any_of(out.begin(), out.end(), [&](const KnownType& t) { return t.key == key; })) continue;
      const DocumentKind kind = kindOfLabel(key);
      out.push_back({std::move(label), std::move(key), kind});
    }
    return out;
  }();
  return types;
}

}  // namespace

std::string kindName(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::Receipt:
      return "receipt";
    case DocumentKind::Declaration:
      return "declaration";
    case DocumentKind::Result:
      return "result";
    case DocumentKind::Decision:
      return "decision";
    case DocumentKind::Other:
      return "other";
  }
  return "other";
}

std::optional<TypeHeading> typeHeading(const std::string& line) {
  const std::string key = foldedKey(line);
  if (key.size() < 3) return std::nullopt;
  // Exact without marks first, then one OCR slip per dozen letters.
  const KnownType* best = nullptr;
  std::size_t bestDistance = key.size() / 12 + 1;
  for (const auto& type : knownTypes()) {
    const std::size_t distance = type.key == key ? 0 : editDistance(type.key, key);
    if (distance < bestDistance) {
      best = &type;
      bestDistance = distance;
    }
  }
  if (best) return TypeHeading{best->label, best->kind, true};
  // Families whose members are too many to list: named as printed.
  for (const char* family : {"to khai ", "don de nghi", "don xin", "trich luc ", "giay chung nhan ", "giay xac nhan "})
    if (key.starts_with(family)) return TypeHeading{upperCase(line), kindOfLabel(key), false};
  return std::nullopt;
}

bool isNationalTitle(const std::string& line) {
  const std::string key = foldedKey(line);
  return editDistance(key, std::string("cong hoa xa hoi chu nghia viet nam")) <= 4 ||
         editDistance(key, std::string("doc lap tu do hanh phuc")) <= 3;
}

}  // namespace sohoa::indexer
