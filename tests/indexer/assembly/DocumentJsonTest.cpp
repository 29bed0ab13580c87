#include <catch2/catch.hpp>

#include "indexer/assembly/DocumentJson.hpp"
#include "indexer/extract/FieldNames.hpp"

using namespace sohoa::indexer;

TEST_CASE("a document's JSON follows the export contract", "[indexer][export]") {
  DocumentRecord document;
  document.documentId = "0123456789ab-p3";
  document.source = "scans/batch-07.pdf";
  document.kind = "result";
  document.typeLabel = "GIẤY KHAI SINH";
  document.pages = {
      {1, 3, "GIẤY KHAI SINH\n", 0.934, 180, -1.44, 300, "ocr", "scans/batch-07.pdf", 3, 0, 0, "", false, 0.0234},
      {2, 4, "trang sau\n", 0.9, 0, 0, std::nullopt, "pdf_text", "scans/rieng.pdf", 1, 0, 0, "", false, std::nullopt}};
  document.fields = {
      {fieldname::kCodeNumber, "15", 1, {10, 20, 110, 40}, 0.9, "layout", false, "", {}, {}, {}, 1},
      {fieldname::kCitizenIds, "052095001234", 1, {}, 0.9, "pattern", false, "", {}, {}, {}, 2},
      {fieldname::kCitizenIds,
       "001203004567",
       std::nullopt,
       {},
       1.0,
       "qr",
       false,
       "QR code and OCR disagree",
       {},
       {},
       {},
       3},
      {fieldname::kPersonName, "Nguyen Van", 2, {}, 0.3, "label", true, "low OCR confidence", {}, {}, {}, 4}};
  const auto json = documentToJson(document);

  std::vector<std::string> keys;
  for (const auto& item : json.items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"document_id", "dossier_code", "source", "source_pages", "kind",
                                         "dossier_part", "type_label", "fields", "review", "provenance", "pages",
                                         "archive_file", "archive_missing_reason"});
  CHECK(json["dossier_code"].is_null());
  CHECK(json["source_pages"] == nlohmann::json::array({3, 4}));
  CHECK(json["type_label"] == "GIẤY KHAI SINH");
  CHECK(json["fields"]["code_number"] == "15");
  CHECK(json["fields"]["citizen_ids"] == nlohmann::json::array({"052095001234", "001203004567"}));
  // A field waiting for review is not among the fields; a QR/OCR disagreement is both.
  CHECK_FALSE(json["fields"].contains("person_name"));
  REQUIRE(json["review"].size() == 2);
  CHECK(json["review"][0]["field"] == "citizen_ids");
  CHECK(json["review"][1]["field"] == "person_name");
  CHECK(json["review"][1]["source_page"] == 4);
  CHECK(json["review"][1]["reason"] == "low OCR confidence");
  CHECK(json["review"][1]["confidence"] == Approx(0.3));  // what the clerk weighs, and eval-extract calibrates
  CHECK(json["provenance"]["code_number"]["source_page"] == 3);
  CHECK(json["provenance"]["code_number"]["box"] == nlohmann::json::array({10, 20, 110, 40}));
  CHECK(json["provenance"]["code_number"]["method"] == "layout");
  CHECK(json["provenance"]["citizen_ids"][1]["method"] == "qr");
  CHECK(json["pages"][0]["source_page"] == 3);
  CHECK(json["pages"][0]["confidence"] == Approx(0.93));
  CHECK(json["pages"][0]["rotation"] == 180);
  CHECK(json["pages"][0]["skew"] == Approx(-1.4));
  CHECK(json["pages"][0]["dpi"] == 300);
  CHECK_FALSE(json["pages"][1].contains("dpi"));
  CHECK(json["pages"][0]["uncovered_ink"] == Approx(0.023));
  CHECK_FALSE(json["pages"][1].contains("uncovered_ink"));  // a born-digital page: not measured
  CHECK_FALSE(json["pages"][0].contains("file"));           // a page of the document's own source
  CHECK(json["pages"][1]["file"] == "scans/rieng.pdf");
  CHECK(json["pages"][1]["file_page"] == 1);
  CHECK(json["archive_file"].is_null());
}
