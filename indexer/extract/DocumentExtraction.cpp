#include "indexer/extract/DocumentExtraction.hpp"

#include <algorithm>

#include "indexer/extract/FieldConfidence.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/extract/HeaderFields.hpp"
#include "indexer/extract/NamedPeople.hpp"
#include "indexer/extract/PersonFields.hpp"
#include "indexer/extract/QrPayload.hpp"
#include "indexer/extract/SignerFields.hpp"
#include "indexer/search/IdentifierKeys.hpp"

namespace sohoa::indexer {
namespace {

ExtractedField fromQr(const char* name, const std::string& value, int page, const ocr::PageCode& code) {
  return ExtractedField{name, value, page, code.box, 1.0f, "qr", false, {}};
}

// The QR code's value replaces what OCR read; a different OCR reading is kept as a note.
void preferQr(std::vector<ExtractedField>& fields, ExtractedField qr) {
  auto ocr = std::find_if(fields.begin(), fields.end(), [&](const ExtractedField& f) { return f.name == qr.name; });
  if (ocr != fields.end()) {
    if (ocr->value != qr.value) qr.note = "QR code and OCR disagree: OCR read " + ocr->value;
    fields.erase(ocr);
  }
  fields.push_back(std::move(qr));
}

void addQrCitizenId(std::vector<ExtractedField>& fields, ExtractedField qr) {
  for (auto& f : fields) {
    if (f.name != fieldname::kCitizenIds) continue;
    if (f.value == qr.value) return;
    const auto near = oneConfusionAway(qr.value);
    if (std::find(near.begin(), near.end(), f.value) != near.end()) {
      qr.note = "QR code and OCR disagree: OCR read " + f.value;
      f = std::move(qr);
      return;
    }
  }
  fields.push_back(std::move(qr));
}

// The parts read of the date line an unread issued_date stands for (its box is the line's).
std::optional<DateParts> unreadDateParts(const PageLayout& page, const ExtractedField& date) {
  if (!date.value.empty() || !date.note.starts_with(kUnreadDateNote)) return std::nullopt;
  for (std::size_t i = 0; i < page.segments.size(); ++i)
    if (page.segments[i].box == date.box) return datePartsOnLine(page, i);
  return std::nullopt;
}

// Every paper of Nghị định 30 and every civil-status paper is dated, and all but forms and
// supporting papers numbered: where nothing of the field was read (its line lost under a seal, a
// date written by hand where no label was read), the clerk is asked for it instead of the field
// going missing unnoticed. A card copy and a household register carry no date of their own.
// (Certified copies are not asked for a person: the copied paper may be about none.)
void askForMissing(DocumentExtraction& out) {
  if (!out.type) return;
  const DocumentKind kind = out.type->kind;
  const bool dated = kind != DocumentKind::IdCopy && !out.type->label.starts_with("SỔ ");
  const bool numbered = kind == DocumentKind::Result || kind == DocumentKind::Decision ||
                        kind == DocumentKind::Certification || kind == DocumentKind::Notice ||
                        kind == DocumentKind::Other;
  if (dated && !out.find(fieldname::kIssuedDate))
    out.fields.push_back({fieldname::kIssuedDate, "", 0, {}, 0, "layout", true, std::string(kNoDateNote)});
  if (numbered && !out.find(fieldname::kCodeNumber))
    out.fields.push_back({fieldname::kCodeNumber, "", 0, {}, 0, "layout", true, std::string(kNoNumberNote)});
  // The desk's papers are each about one citizen: the applicant, the child, the deceased, the
  // card's holder (a marriage paper's two spouses are settled by the dossier: DossierApplicant).
  const bool aboutOne = kind == DocumentKind::Receipt || kind == DocumentKind::Declaration ||
                        kind == DocumentKind::Result || kind == DocumentKind::IdCopy ||
                        kind == DocumentKind::Application ||
                        (kind == DocumentKind::Supporting && !out.type->label.starts_with("SỔ "));
  if (aboutOne && out.spouses.empty() && !out.find(fieldname::kPersonName))
    out.fields.push_back({fieldname::kPersonName, "", 0, {}, 0, "layout", true, std::string(kNoPersonNote)});
}

}  // namespace

const ExtractedField* DocumentExtraction::find(const std::string& name) const {
  for (const auto& field : fields)
    if (field.name == name) return &field;
  return nullptr;
}

DocumentExtraction extractDocument(const std::vector<const ocr::Page*>& pages, const CalendarDay& today) {
  DocumentExtraction out;
  if (pages.empty()) return out;
  std::vector<PageLayout> layouts;
  for (const auto* page : pages) layouts.emplace_back(*page);
  if (auto heading = findTypeHeading(layouts.front())) out.type = heading->type;
  out.fields = headerFields(layouts, today);
  if (const auto* date = out.find(fieldname::kIssuedDate))
    out.unreadDateParts = unreadDateParts(layouts.front(), *date);
  auto signer = signerFields(layouts);
  out.fields.insert(out.fields.end(), std::make_move_iterator(signer.begin()), std::make_move_iterator(signer.end()));
  auto people = personFields(layouts, out.type, today);
  out.fields.insert(out.fields.end(), std::make_move_iterator(people.begin()), std::make_move_iterator(people.end()));
  if (!out.find(fieldname::kPersonName)) out.spouses = spousesNamed(layouts, out.type);
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (const auto& code : pages[p]->codes) {
      const QrPayload payload = readQrPayload(code.text, today.year);
      const int page = static_cast<int>(p);
      if (payload.dossierCode) preferQr(out.fields, fromQr(fieldname::kDossierCode, *payload.dossierCode, page, code));
      if (payload.procedureCode)
        preferQr(out.fields, fromQr(fieldname::kProcedureCode, *payload.procedureCode, page, code));
      if (payload.citizenId) addQrCitizenId(out.fields, fromQr(fieldname::kCitizenIds, *payload.citizenId, page, code));
    }
  askForMissing(out);
  weighEvidence(out.fields, out.type ? std::string_view(out.type->label) : std::string_view());
  weighEvidence(out.spouses, out.type ? std::string_view(out.type->label) : std::string_view());
  return out;
}

}  // namespace sohoa::indexer
