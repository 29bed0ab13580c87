#pragma once
// The facts of the field sohoa is built with (indexer/domain/*.tsv, compiled in): CCCD
// province codes, commune procedures with their result documents, and the types of
// administrative documents with their abbreviations, and the headings of every paper a
// commune desk sees with their kind.
#include <set>
#include <string>
#include <vector>

namespace sohoa::indexer {

struct Procedure {
  std::string code;            // 1.001193
  std::string name;            // Đăng ký khai sinh
  std::string field;           // Hộ tịch
  std::string resultDocument;  // Giấy khai sinh
  bool paperResult = false;
};

struct DocumentType {
  std::string name;          // Quyết định (without the "(cá biệt)" note)
  std::string abbreviation;  // QĐ; empty for công văn
};

// A heading printed at the head of a paper and the kind of paper it names
// (document-headings.tsv). A heading ending in " …" names a family (TỜ KHAI …, ĐƠN …).
struct DocumentHeading {
  std::string heading;  // upper case, as printed
  std::string kind;     // receipt, declaration, result, decision, id_copy, certification…
  bool family = false;
};

const std::set<std::string>& provinceCodes();
const std::vector<std::string>& provinceNames();  // Hà Nội, Quảng Ngãi… as spelled
const std::vector<Procedure>& procedures();
const std::vector<DocumentType>& documentTypes();
const std::vector<DocumentHeading>& documentHeadings();

}  // namespace sohoa::indexer
