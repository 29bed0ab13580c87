#include "indexer/assembly/DocumentJson.hpp"

#include <cmath>

#include "indexer/extract/FieldNames.hpp"

namespace sohoa::indexer {
namespace {

double rounded(double value, double scale) { return std::round(value * scale) / scale; }

}  // namespace

nlohmann::ordered_json documentToJson(const DocumentRecord& document) {
  using nlohmann::ordered_json;
  // A field a clerk must confirm is not a field yet: it waits under "review", with its reason.
  // Every value's page, box, confidence and method are under "provenance".
  ordered_json fields = ordered_json::object();
  ordered_json review = ordered_json::array();
  ordered_json provenance = ordered_json::object();
  for (const auto& field : document.fields) {
    ordered_json origin = {
        {"value", field.value}, {"method", field.method}, {"confidence", rounded(field.confidence, 100)}};
    for (const auto& page : document.pages)
      if (field.pageId && page.id == *field.pageId) {
        origin["source_page"] = page.sourcePage;
        if (!field.box.empty()) origin["box"] = {field.box.x0, field.box.y0, field.box.x1, field.box.y1};
      }
    if (field.needsReview || !field.note.empty()) {
      ordered_json item = {{"field", field.name},
                           {"value", field.value},
                           {"reason", field.note},
                           {"confidence", rounded(field.confidence, 100)}};
      if (origin.contains("source_page")) item["source_page"] = origin["source_page"];
      review.push_back(std::move(item));
    }
    if (field.needsReview) continue;
    if (field.name == fieldname::kCitizenIds) {
      fields[fieldname::kCitizenIds].push_back(field.value);
      provenance[fieldname::kCitizenIds].push_back(std::move(origin));
    } else {
      fields[field.name] = field.value;
      provenance[field.name] = std::move(origin);
    }
  }
  ordered_json sourcePages = ordered_json::array();
  ordered_json pages = ordered_json::array();
  for (const auto& page : document.pages) {
    sourcePages.push_back(page.sourcePage);
    ordered_json item = {{"source_page", page.sourcePage},
                         {"text", page.text},
                         {"confidence", rounded(page.confidence, 100)},
                         {"rotation", page.rotation},
                         {"skew", rounded(page.skew, 10)}};
    if (page.dpi) item["dpi"] = *page.dpi;
    item["text_origin"] = page.origin;
    if (page.blank) item["blank"] = true;
    if (page.uncoveredInk) item["uncovered_ink"] = rounded(*page.uncoveredInk, 1000);
    // Pages of a folder batch come from files of their own.
    if (!page.file.empty() && page.file != document.source) {
      item["file"] = page.file;
      item["file_page"] = page.filePage;
    }
    pages.push_back(std::move(item));
  }
  ordered_json out = {{"document_id", document.documentId},
                      {fieldname::kDossierCode, document.dossierCode ? ordered_json(*document.dossierCode) : nullptr},
                      {"source", document.source},
                      {"source_pages", std::move(sourcePages)},
                      {"kind", document.kind},
                      {"dossier_part", document.dossierPart ? ordered_json(*document.dossierPart) : nullptr},
                      {"type_label", document.typeLabel ? ordered_json(*document.typeLabel) : nullptr},
                      {"fields", std::move(fields)},
                      {"review", std::move(review)},
                      {"provenance", std::move(provenance)},
                      {"pages", std::move(pages)},
                      {"archive_file", document.archiveFile ? ordered_json(*document.archiveFile) : nullptr},
                      {"archive_missing_reason",
                       document.archiveMissingReason ? ordered_json(*document.archiveMissingReason) : nullptr}};
  return out;
}

}  // namespace sohoa::indexer
