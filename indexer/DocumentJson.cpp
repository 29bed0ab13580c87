#include "indexer/DocumentJson.hpp"

#include <cmath>

namespace sohoa::indexer {
namespace {

double rounded(double value, double scale) { return std::round(value * scale) / scale; }

}  // namespace

nlohmann::ordered_json documentToJson(const DocumentRecord& document) {
  using nlohmann::ordered_json;
  ordered_json fields = ordered_json::object();
  for (const auto& field : document.fields) {
    if (field.name == "citizen_id") {
      fields["citizen_ids"].push_back(field.value);
    } else {
      fields[field.name] = field.value;
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
    pages.push_back(std::move(item));
  }
  ordered_json out = {{"document_id", document.documentId},
                      {"dossier_code", document.dossierCode ? ordered_json(*document.dossierCode) : nullptr},
                      {"source", document.source},
                      {"source_pages", std::move(sourcePages)},
                      {"kind", document.kind},
                      {"type_label", document.typeLabel ? ordered_json(*document.typeLabel) : nullptr},
                      {"fields", std::move(fields)},
                      {"pages", std::move(pages)},
                      {"archive_file", document.archiveFile ? ordered_json(*document.archiveFile) : nullptr}};
  return out;
}

}  // namespace sohoa::indexer
