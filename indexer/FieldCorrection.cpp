#include "indexer/FieldCorrection.hpp"

#include <algorithm>
#include <cctype>

#include "indexer/CitizenId.hpp"
#include "indexer/TextPatterns.hpp"

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

// The same checks extraction applies, so a correction never stores what extraction would refuse.
void checkValue(const std::string& name, const std::string& value) {
  if (value.empty()) throw InvalidCorrection("the value is empty");
  if (value.size() > kLongestValue) throw InvalidCorrection("the value is longer than 500 bytes");
  if (value.find_first_of("\n\r\t") != std::string::npos) throw InvalidCorrection("the value has a line break");
  if (name == "citizen_ids") {
    if (!allDigits(value) || (value.size() != 12 && value.size() != 9))
      throw InvalidCorrection("a CCCD has 12 digits (a CMND 9)");
    if (value.size() == 12)
      if (auto problem = cccdProblem(value, currentYear())) throw InvalidCorrection("not a valid CCCD: " + *problem);
  }
  if (name == "issued_date") {
    const bool shaped = value.size() == 10 && value[4] == '-' && value[7] == '-' && allDigits(value.substr(0, 4)) &&
                        allDigits(value.substr(5, 2)) && allDigits(value.substr(8, 2));
    if (!shaped ||
        !isoDate(std::stoi(value.substr(8, 2)), std::stoi(value.substr(5, 2)), std::stoi(value.substr(0, 4))))
      throw InvalidCorrection("a date is written YYYY-MM-DD");
  }
}

}  // namespace

FieldCorrection correctField(RecordStore& store, std::int64_t fieldId, const std::string& value,
                             const std::string& correctedBy) {
  auto& db = store.db();
  SqliteTransaction transaction(db);
  auto field = db.prepare(
      "SELECT f.name, f.value, d.public_id, f.page_id FROM fields f JOIN documents d ON d.id = f.document_id "
      "WHERE f.id = ?");
  field.bindAll(fieldId);
  if (!field.step()) throw std::out_of_range("no field " + std::to_string(fieldId));
  FieldCorrection correction{fieldId, field.text(2), field.text(0), field.text(1), trimmed(value)};
  const std::int64_t pageId = field.isNull(3) ? 0 : field.integer(3);  // 0: read from no page
  checkValue(correction.name, correction.newValue);
  if (correction.newValue == correction.oldValue) return correction;

  db.prepare(
        "UPDATE fields SET previous_value = coalesce(previous_value, value), value = ?, needs_review = 0, "
        "corrected_by = ?, corrected_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?")
      .bindAll(correction.newValue, correctedBy, fieldId)
      .run();
  db.prepare("INSERT INTO field_corrections (field_id, old_value, new_value, corrected_by) VALUES (?, ?, ?, ?)")
      .bindAll(fieldId, correction.oldValue, correction.newValue, correctedBy)
      .run();
  db.prepare("DELETE FROM corrected_fields WHERE rowid = ?").bindAll(fieldId).run();
  db.prepare("INSERT INTO corrected_fields (rowid, value) VALUES (?, ?)").bindAll(fieldId, correction.newValue).run();
  // A corrected CCCD is found by the number typed in the search box, like one read on the page.
  if (pageId != 0 && correction.name == "citizen_ids")
    db.prepare("INSERT OR IGNORE INTO identifiers (kind, key, page_id) VALUES (?, ?, ?)")
        .bindAll(correction.newValue.size() == 12 ? "cccd" : "cmnd", correction.newValue, pageId)
        .run();
  transaction.commit();
  return correction;
}

}  // namespace sohoa::indexer
