#include "indexer/store/FieldCorrection.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "indexer/extract/CitizenId.hpp"
#include "indexer/extract/DomainTables.hpp"
#include "indexer/extract/DossierCode.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/extract/NameShapedWords.hpp"
#include "indexer/extract/SlashDate.hpp"
#include "indexer/search/postgres/PgSearchWords.hpp"
#include "indexer/store/StoreError.hpp"
#include "indexer/store/UtcTime.hpp"
#include "indexer/text/IsoDate.hpp"
#include "indexer/text/TextSplitting.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

constexpr std::size_t kLongestValue = 500;

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

bool allDigits(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::vector<std::string> wordsOf(const std::string& text) {
  std::vector<std::string> words;
  for (auto word : splitAt(text, ' '))
    if (!word.empty()) words.emplace_back(word);
  return words;
}

// Capitals, and mostly letters (as extraction reads a body's name or a position).
bool capitalLetters(const std::string& value) {
  std::size_t letters = 0, others = 0;
  for (char c : foldMarks(value))
    if (c != ' ') (std::isalpha(static_cast<unsigned char>(c)) ? letters : others) += 1;
  return upperCase(value) == value && letters > 0 && letters >= 4 * others;
}

// Letter groups joined by '-', a year first when there is one: QĐ-UBND, 2025/QĐ-TTg.
bool isNotation(const std::string& value) {
  std::size_t start = 0, letterGroups = 0;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    if (i < value.size() && value[i] != '-' && value[i] != '/') continue;
    const std::string group = value.substr(start, i - start);
    const bool year = start == 0 && group.size() == 4 && allDigits(group) && i < value.size() && value[i] == '/';
    const std::string folded = foldMarks(group);
    const bool letters = !folded.empty() && std::all_of(folded.begin(), folded.end(),
                                                        [](unsigned char c) { return std::isalpha(c) != 0; });
    if (!year && !letters) return false;
    if (letters) ++letterGroups;
    if (i < value.size() && value[i] == '/' && !year) return false;
    start = i + 1;
  }
  return letterGroups > 0;
}

// Why a 12-digit number is no CCCD, as the clerk reads it (cccdProblem says it for logs).
std::string cccdProblemInVietnamese(const std::string& digits) {
  if (!provinceCodes().contains(digits.substr(0, 3))) return "không tỉnh nào có mã " + digits.substr(0, 3);
  return "năm sinh " + std::to_string(cccdBirthYear(digits)) + " ở tương lai";
}

// The same checks extraction applies, so a correction never stores what extraction would refuse.
void checkValue(const std::string& name, const std::string& value) {
  if (value.empty()) throw InvalidCorrection("Giá trị trống");
  if (value.size() > kLongestValue) throw InvalidCorrection("Giá trị dài quá 500 byte");
  if (value.find_first_of("\n\r\t") != std::string::npos) throw InvalidCorrection("Giá trị không được xuống dòng");
  if (name == fieldname::kCitizenIds) {
    if (!allDigits(value) || (value.size() != 12 && value.size() != 9))
      throw InvalidCorrection("Số CCCD có 12 chữ số (CMND 9 chữ số)");
    if (value.size() == 12)
      if (auto problem = cccdProblem(value, currentYear()))
        throw InvalidCorrection("Không phải số CCCD hợp lệ: " + cccdProblemInVietnamese(value));
  }
  if (name == fieldname::kIssuedDate) {
    const bool shaped = value.size() == 10 && value[4] == '-' && value[7] == '-' && allDigits(value.substr(0, 4)) &&
                        allDigits(value.substr(5, 2)) && allDigits(value.substr(8, 2));
    if (!shaped ||
        !isoDate(std::stoi(value.substr(8, 2)), std::stoi(value.substr(5, 2)), std::stoi(value.substr(0, 4))))
      throw InvalidCorrection("Ngày viết dạng dd/mm/yyyy hoặc yyyy-mm-dd");
  }
  if (name == fieldname::kDossierCode && readDossierCode(value) != value)
    throw InvalidCorrection(
        "Mã hồ sơ viết dạng 000.00.21.H08-250314-0042 (mã cơ quan, ngày tiếp nhận yyMMdd, số thứ tự 4 chữ số)");
  if (name == fieldname::kProcedureCode && (value.size() != 8 || readProcedureCode(value) != value))
    throw InvalidCorrection("Mã thủ tục viết dạng d.dddddd (1.000656)");
  if (name == fieldname::kCodeNumber && (!allDigits(value) || value.size() > 5))
    throw InvalidCorrection("Số văn bản gồm 1 đến 5 chữ số");
  if (name == fieldname::kCodeNotation && !isNotation(value))
    throw InvalidCorrection("Ký hiệu là các nhóm chữ nối bằng '-' (QĐ-UBND), sau năm nếu có (2025/QĐ-TTg)");
  if (name == fieldname::kOrganName && (!capitalLetters(value) || wordsOf(value).size() < 2))
    throw InvalidCorrection("Cơ quan ban hành viết chữ in hoa, từ hai chữ trở lên (UBND XÃ MỸ LỢI)");
  if (name == fieldname::kSignerPosition && !capitalLetters(value))
    throw InvalidCorrection("Chức vụ viết chữ in hoa (PHÓ CHỦ TỊCH)");
  if ((name == fieldname::kPersonName || name == fieldname::kSignerName) && !looksLikePersonName(wordsOf(value)))
    throw InvalidCorrection("Họ tên gồm 2 đến 6 chữ, mỗi chữ viết hoa chữ đầu (Nguyễn Văn An)");
}

}  // namespace

FieldCorrection correctField(RecordStore& store, std::int64_t fieldId, const std::string& value,
                             const std::string& correctedBy) {
  auto& db = store.db();
  StoreDbTransaction transaction(db);
  auto field = db.prepare(
      "SELECT f.name, f.value, d.public_id, f.page_id FROM fields f JOIN documents d ON d.id = f.document_id "
      "WHERE f.id = ?");
  field.bindAll(fieldId);
  if (!field.step()) throw NotFound("no field " + std::to_string(fieldId));
  FieldCorrection correction{fieldId, field.text(2), field.text(0), field.text(1), trimmed(value)};
  const std::int64_t pageId = field.isNull(3) ? 0 : field.integer(3);  // 0: read from no page
  // Clerks write a day as dd/mm/yyyy; the store keeps ISO.
  if (correction.name == fieldname::kIssuedDate)
    if (const auto iso = slashDate(correction.newValue)) correction.newValue = *iso;
  checkValue(correction.name, correction.newValue);
  if (correction.newValue == correction.oldValue) return correction;

  db.prepare(
        "UPDATE fields SET previous_value = coalesce(previous_value, value), value = ?, needs_review = 0, "
        "corrected_by = ?, corrected_at = ? WHERE id = ?")
      .bindAll(correction.newValue, correctedBy, utcNow(), fieldId)
      .run();
  db.prepare("INSERT INTO field_corrections (field_id, old_value, new_value, corrected_by) VALUES (?, ?, ?, ?)")
      .bindAll(fieldId, correction.oldValue, correction.newValue, correctedBy)
      .run();
  // Corrected values are searched by their words: SQLite's corrected_fields, PostgreSQL's field tsvector.
  if (db.postgres()) {
    db.prepare("UPDATE fields SET search_words = CAST(? AS tsvector) WHERE id = ?")
        .bindAll(pgSearchWords(correction.newValue), fieldId)
        .run();
  } else {
    db.prepare("DELETE FROM corrected_fields WHERE rowid = ?").bindAll(fieldId).run();
    db.prepare("INSERT INTO corrected_fields (rowid, value) VALUES (?, ?)").bindAll(fieldId, correction.newValue).run();
  }
  // A corrected CCCD is found by the number typed in the search box, like one read on the page.
  if (pageId != 0 && correction.name == fieldname::kCitizenIds)
    db.prepare("INSERT INTO identifiers (kind, key, page_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        .bindAll(correction.newValue.size() == 12 ? "cccd" : "cmnd", correction.newValue, pageId)
        .run();
  transaction.commit();
  return correction;
}

}  // namespace sohoa::indexer
