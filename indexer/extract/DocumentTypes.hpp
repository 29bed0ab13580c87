#pragma once
// Type names as printed at the head of a paper (QUYẾT ĐỊNH, GIẤY KHAI SINH, TỜ KHAI ĐĂNG KÝ
// KHAI SINH, CĂN CƯỚC CÔNG DÂN, CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH…) and the kind of
// paper each names, from the heading table (indexer/domain/document-headings.tsv). Headings
// are compared without marks, spaces or case and with a little tolerance, because tone marks
// on bold capitals and the gaps between their letters are what OCR gets wrong most; the
// label returned is spelled as the table spells it.
#include <optional>
#include <string>

namespace sohoa::indexer {

enum class DocumentKind {
  Receipt,
  Declaration,
  Result,
  Decision,
  IdCopy,
  Certification,
  Supporting,
  Application,
  Notice,
  Other
};

// receipt, declaration, result, decision, id_copy, certification, supporting, application,
// notice, other
std::string kindName(DocumentKind kind);
DocumentKind kindFromName(const std::string& name);

struct TypeHeading {
  std::string label;  // upper case, as the form prints it
  DocumentKind kind = DocumentKind::Other;
  bool known = false;  // the label is a known type name (not only its family: TỜ KHAI …)
};

// The type a heading line names, or nothing if it names none. A 1999-style heading naming
// its issuer (QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH) names the type before "CỦA".
std::optional<TypeHeading> typeHeading(const std::string& line);
// The national title and motto, which stand centred on every form but name no type.
bool isNationalTitle(const std::string& line);
// An official letter (công văn) has no heading; it is labelled so.
TypeHeading officialLetter();

}  // namespace sohoa::indexer
