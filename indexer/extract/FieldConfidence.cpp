#include "indexer/extract/FieldConfidence.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

#include "indexer/extract/DomainTables.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/extract/PersonName.hpp"
#include "indexer/extract/SignerFields.hpp"
#include "indexer/text/TextSplitting.hpp"
#include "indexer/text/VietnameseFolding.hpp"

namespace sohoa::indexer {
namespace {

constexpr std::string_view kLowOcr = kLowOcrNote;

// The initials of a type's name, marks folded: GIẤY BÁO TỬ -> GBT, TRÍCH LỤC KHAI TỬ -> TLKT.
std::string initials(std::string_view label) {
  std::string out;
  for (const auto word : splitAt(label, ' '))
    if (!word.empty()) out += foldMarks(word).front();
  return out;
}

// A notation whose first letter group is a type's abbreviation from the table (QĐ, TTr, CT), the
// UBND of a công văn, or the initials of the type the page's heading names (GBT under GIẤY BÁO TỬ,
// an abbreviation the table lacks): Tesseract scores such groups low, but noise does not spell them.
bool knownNotation(const std::string& notation, std::string_view typeLabel) {
  std::string_view rest(notation);
  if (rest.size() > 5 && rest[4] == '/' && std::all_of(rest.begin(), rest.begin() + 4, ::isdigit))
    rest.remove_prefix(5);
  const std::string_view group = rest.substr(0, rest.find('-'));
  if (group == "UBND") return true;
  const std::string letters = upperCase(foldMarks(group));
  if (letters.size() >= 2 && letters == initials(typeLabel)) return true;
  return std::any_of(documentTypes().begin(), documentTypes().end(), [&](const DocumentType& type) {
    return !type.abbreviation.empty() && type.abbreviation == group;
  });
}

// The share of right values among those of a kind, measured on the dev families (eval-extract,
// 3 dossiers per family, seed 766), given the OCR score of their words.
float weighed(const ExtractedField& field, bool knownNotationRead, std::string_view typeLabel) {
  const float ocr = field.confidence;
  const std::string& name = field.name;
  if (field.method == "qr" || field.method == "procedure table") return 1.0f;  // no OCR in them
  if (name == fieldname::kCitizenIds && field.method == "mrz") return 1.0f;    // two check digits held
  // Handwritten digits the classifier read unsurely, with no other blank reading the same: a guess.
  if (name == fieldname::kCitizenIds && ocr <= ocr::kOneReaderConfidence) return ocr;
  if (name == fieldname::kCitizenIds)
    // Province, century and birth year checked: a misread digit seldom passes. Repaired
    // digits (O for 0) are right when the check passes, a little less often.
    return field.method == "pattern+repair" ? 0.9f : 0.97f;
  if (name == fieldname::kDossierCode || name == fieldname::kProcedureCode) return ocr >= 0.5f ? 0.97f : 0.8f;
  if (name == fieldname::kIssuedDate) return ocr >= 0.5f ? 0.95f : 0.7f;  // a date that exists, not in the future
  if (name == fieldname::kCodeNotation && knownNotation(field.value, typeLabel))
    return ocr >= 0.3f ? 0.9f : std::min(ocr, 0.8f);
  // A number has no check of its own: a pen stroke read into a handwritten 155 gives 465, of
  // the same shape, at a low score; read with a notation the table knows, a fair score will do.
  if (name == fieldname::kCodeNumber && knownNotationRead) return ocr >= 0.5f ? 0.9f : std::min(ocr, 0.8f);
  if (name == fieldname::kCodeNumber || name == fieldname::kCodeNotation)
    return ocr >= 0.85f ? 0.9f : std::min(ocr, 0.8f);
  if (name == fieldname::kPersonName || name == fieldname::kSignerName) {
    // Tesseract scores a wrong mark as high as a right one: the surname is the check (Đăng
    // for Đặng, Đỉnh for Đinh fail it); leader dots glued to a right name lower its score.
    if (!startsWithSurname(field.value)) return std::min(ocr, 0.6f);
    return ocr >= 0.9f ? 0.9f : ocr >= 0.3f ? 0.85f : ocr;
  }
  if (name == fieldname::kSignerPosition) return isSigningPosition(field.value) ? 0.95f : std::min(ocr, 0.7f);
  // Blocks read by position (organ_name, subject) and the rest: the OCR score alone, for now
  // (their rules are being rewritten; to be measured again then).
  return ocr;
}

}  // namespace

bool startsWithSurname(const std::string& name) { return isSurname(name.substr(0, name.find(' '))); }

void weighEvidence(std::vector<ExtractedField>& fields, std::string_view typeLabel) {
  const bool knownNotationRead = std::any_of(fields.begin(), fields.end(), [typeLabel](const ExtractedField& field) {
    return field.name == fieldname::kCodeNotation && knownNotation(field.value, typeLabel);
  });
  for (auto& field : fields) {
    field.confidence = weighed(field, knownNotationRead, typeLabel);
    // Reasons other than a low score (a date in the future, an invalid CCCD, a name the seal
    // may have cut) keep a value in review whatever its confidence.
    if (field.needsReview && field.note != kLowOcr) continue;
    field.needsReview = field.confidence < kStoreFrom;
    if (field.needsReview)
      field.note = std::string(kLowOcr);
    else if (field.note == kLowOcr)
      field.note.clear();
  }
}

}  // namespace sohoa::indexer
