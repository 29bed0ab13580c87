#pragma once
// Type names as printed at the head of a document (QUYẾT ĐỊNH, GIẤY KHAI SINH, TỜ KHAI ĐĂNG
// KÝ KHAI SINH, GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ…) and the kind of document each
// names. Headings are compared without marks and with a little tolerance, because tone
// marks on bold capitals are what OCR gets wrong most; the label returned is spelled right.
#include <optional>
#include <string>

namespace sohoa::indexer {

enum class DocumentKind { Receipt, Declaration, Result, Decision, Other };

std::string kindName(DocumentKind kind);  // receipt, declaration, result, decision, other

struct TypeHeading {
  std::string label;  // upper case, as the form prints it
  DocumentKind kind = DocumentKind::Other;
  bool known = false;  // the label is a known type name (not only its family: TỜ KHAI …)
};

// The type a heading line names, or nothing if it names none.
std::optional<TypeHeading> typeHeading(const std::string& line);
// The national title and motto, which stand centred on every form but name no type.
bool isNationalTitle(const std::string& line);

}  // namespace sohoa::indexer
