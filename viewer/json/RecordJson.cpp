#include "viewer/json/RecordJson.hpp"

#include <filesystem>

#include "indexer/extract/FieldNames.hpp"
#include "indexer/store/ArchiveRecords.hpp"
#include "indexer/store/DossierRows.hpp"
#include "indexer/text/MarkupEscaping.hpp"
#include "viewer/masking/DocumentMask.hpp"

namespace sohoa::viewer {
namespace {

using nlohmann::ordered_json;

ordered_json optional(const std::optional<std::string>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

// The text as the reader may see it: through the mask for an auditor, as it is otherwise.
std::string shown(const std::string& text, const PersonalDataMask* mask) { return mask ? mask->masked(text) : text; }

ordered_json reusesJson(indexer::RecordStore& store, const std::string& documentId) {
  ordered_json out = ordered_json::array();
  for (const auto& reuse : indexer::reusesOfDocument(store, documentId))
    out.push_back(
        {{"dossier_code", reuse.forDossier}, {"recorded_by", reuse.recordedBy}, {"recorded_at", reuse.recordedAt}});
  return out;
}

}  // namespace

std::string snippetHtml(const std::string& snippet) {
  std::string html;
  std::string plain;
  auto flush = [&] {
    html += indexer::markupEscaped(plain);
    plain.clear();
  };
  for (char c : snippet) {
    if (c == indexer::kHitStart || c == indexer::kHitEnd) {
      flush();
      html += c == indexer::kHitStart ? "<mark>" : "</mark>";
    } else {
      plain += c;
    }
  }
  flush();
  return html;
}

ordered_json documentViewJson(indexer::RecordStore& store, const indexer::DocumentRecord& document, bool masked) {
  const std::optional<PersonalDataMask> personalData =
      masked ? std::optional<PersonalDataMask>(documentMask(store, document)) : std::nullopt;
  const PersonalDataMask* mask = personalData ? &*personalData : nullptr;
  ordered_json out{
      {"document_id", document.documentId},
      {indexer::fieldname::kDossierCode, optional(document.dossierCode)},
      {"kind", document.kind},
      {"type_label", optional(document.typeLabel)},
      {"dossier_part", optional(document.dossierPart)},
      {"dossier_order", document.dossierOrder ? ordered_json(*document.dossierOrder) : ordered_json(nullptr)},
      {"source", shown(document.source, mask)},
      {"has_archive", document.archiveFile.has_value()},
      {"archive_missing_reason", optional(document.archiveMissingReason)},
      {"archive_missing_text", document.archiveMissingReason
                                   ? ordered_json(indexer::archiveReasonVietnamese(*document.archiveMissingReason))
                                   : ordered_json(nullptr)}};
  out["pages"] = ordered_json::array();
  for (const auto& page : document.pages) {
    const bool hasImage = !page.preview.empty() && std::filesystem::exists(store.layout().root / page.preview);
    out["pages"].push_back({{"id", page.id},
                            {"number", page.sourcePage},
                            {"file", shown(page.file, mask)},
                            {"file_page", page.filePage},
                            {"width", page.width},
                            {"height", page.height},
                            {"has_image", hasImage},
                            {"origin", page.origin},
                            {"blank", page.blank},
                            {"confidence", page.confidence},
                            {"rotation", page.rotation},
                            {"skew", page.skew},
                            {"dpi", page.dpi ? ordered_json(*page.dpi) : ordered_json(nullptr)},
                            {"text", shown(page.text, mask)}});
  }
  out["fields"] = ordered_json::array();
  for (const auto& field : document.fields) {
    out["fields"].push_back(
        {{"id", field.id},
         {"name", field.name},
         {"value", shown(field.value, mask)},
         {"page_id", field.pageId ? ordered_json(*field.pageId) : ordered_json(nullptr)},
         {"box", {field.box.x0, field.box.y0, field.box.x1, field.box.y1}},
         {"confidence", field.confidence},
         {"method", field.method},
         {"needs_review", field.needsReview},
         {"note", shown(field.note, mask)},
         {"extracted_value", field.extractedValue ? ordered_json(shown(*field.extractedValue, mask)) : nullptr},
         {"corrected_by", optional(field.correctedBy)},
         {"corrected_at", optional(field.correctedAt)}});
  }
  out["reused_for"] = reusesJson(store, document.documentId);
  return out;
}

ordered_json dossierViewJson(indexer::RecordStore& store, const std::string& dossierCode, bool masked) {
  ordered_json out{{"dossier_code", dossierCode}, {"register", nullptr}};
  if (const auto dossier = indexer::registeredDossier(store, dossierCode)) {
    PersonalDataMask applicant;
    if (dossier->applicantId) applicant.knowNumber(*dossier->applicantId);
    out["register"] = {{"procedure_code", optional(dossier->procedureCode)},
                       {"procedure_name", optional(dossier->procedureName)},
                       {"field", optional(dossier->procedureField)},
                       {"channel", dossier->channel},
                       {"received_at", optional(dossier->receivedAt)},
                       {"due_at", optional(dossier->dueAt)},
                       {"finished_at", optional(dossier->finishedAt)},
                       {"status", optional(dossier->status)},
                       {"applicant_name", optional(dossier->applicantName)},
                       {"applicant_id", dossier->applicantId
                                            ? ordered_json(shown(*dossier->applicantId, masked ? &applicant : nullptr))
                                            : ordered_json(nullptr)}};
  }
  out["documents"] = ordered_json::array();
  for (const auto& document : indexer::DocumentCatalog(store).ofDossier(dossierCode))
    out["documents"].push_back(documentViewJson(store, document, masked));
  out["reused_documents"] = ordered_json::array();
  for (const auto& reuse : indexer::reusesForDossier(store, dossierCode))
    out["reused_documents"].push_back({{"document_id", reuse.documentId},
                                       {"type_label", optional(reuse.typeLabel)},
                                       {"from_dossier", optional(reuse.fromDossier)},
                                       {"recorded_by", reuse.recordedBy},
                                       {"recorded_at", reuse.recordedAt}});
  return out;
}

ordered_json searchResultJson(const indexer::SearchResult& result, bool masked) {
  // An auditor's snippets are cut from masked pages (AuditorSearch); masked again by shape
  // here, as a net.
  const PersonalDataMask byShape;
  const PersonalDataMask* mask = masked ? &byShape : nullptr;
  ordered_json out{{"total", result.total}, {"total_at_least", result.totalAtLeast}, {"hits", ordered_json::array()}};
  for (const auto& hit : result.hits)
    out["hits"].push_back({{"page_id", hit.pageId},
                           {"document_id", optional(hit.documentId)},
                           {indexer::fieldname::kDossierCode, optional(hit.dossierCode)},
                           {"type_label", optional(hit.typeLabel)},
                           {indexer::fieldname::kIssuedDate, optional(hit.issuedDate)},
                           {"received_date", optional(hit.receivedDate)},
                           {"number", optional(hit.number)},
                           // A name is personal data: an auditor's list shows none.
                           {indexer::fieldname::kPersonName, masked ? ordered_json(nullptr) : optional(hit.personName)},
                           {"source", shown(hit.source, mask)},
                           {"source_page", hit.sourcePage},
                           {"exact", hit.exact},
                           {"snippet_html", snippetHtml(shown(hit.snippet, mask))}});
  out["did_you_mean"] = ordered_json::array();
  if (!masked)  // numbers one confusion away from a stored one are no auditor's business
    for (const auto& number : result.didYouMean) out["did_you_mean"].push_back(number);
  out["undated"] = result.undated;
  out["pages_not_indexed"] = result.pagesNotIndexed;
  out["ranked_newest_only"] = result.rankedNewestOnly;
  return out;
}

}  // namespace sohoa::viewer
