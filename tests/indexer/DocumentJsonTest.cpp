#include <catch2/catch.hpp>

#include "indexer/DocumentJson.hpp"

using namespace sohoa::indexer;

TEST_CASE("a document's JSON follows the export contract", "[indexer][export]") {
  DocumentRecord document;
  document.documentId = "0123456789ab-p3";
  document.source = "scans/batch-07.pdf";
  document.kind = "result";
  document.typeLabel = "GIẤY KHAI SINH";
  document.pages = {{1, 3, "GIẤY KHAI SINH\n", 0.934, 180, -1.44, 300, "ocr"},
                    {2, 4, "trang sau\n", 0.9, 0, 0, std::nullopt, "pdf_text"}};
  document.fields = {{"code_number", "15", std::nullopt, {}, 0.9, "header", false},
                     {"citizen_id", "052095001234", std::nullopt, {}, 0.9, "label", false},
                     {"citizen_id", "001203004567", std::nullopt, {}, 0.9, "label", false}};
  const auto json = documentToJson(document);

  std::vector<std::string> keys;
  for (const auto& item : json.items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"document_id", "dossier_code", "source", "source_pages", "kind", "type_label",
                                         "fields", "pages", "archive_file"});
  CHECK(json["dossier_code"].is_null());
  CHECK(json["source_pages"] == nlohmann::json::array({3, 4}));
  CHECK(json["type_label"] == "GIẤY KHAI SINH");
  CHECK(json["fields"]["code_number"] == "15");
  CHECK(json["fields"]["citizen_ids"] == nlohmann::json::array({"052095001234", "001203004567"}));
  CHECK(json["pages"][0]["source_page"] == 3);
  CHECK(json["pages"][0]["confidence"] == Approx(0.93));
  CHECK(json["pages"][0]["rotation"] == 180);
  CHECK(json["pages"][0]["skew"] == Approx(-1.4));
  CHECK(json["pages"][0]["dpi"] == 300);
  CHECK_FALSE(json["pages"][1].contains("dpi"));
  CHECK(json["archive_file"].is_null());
}
