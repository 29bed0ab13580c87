#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path kBatch = samplesDir() / "dossiers" / "lo-ho-so.pdf";

const json& truthDocuments() {
  static const json truth = json::parse(readFile(samplesDir() / "dossiers" / "truth.json"));
  return truth["batches"][0]["documents"];
}

// The batch's cut as (pages, dossier code) pairs, from the truth or from the export.
std::set<std::pair<std::vector<int>, std::string>> cut(const json& documents, const char* pagesKey) {
  std::set<std::pair<std::vector<int>, std::string>> out;
  for (const auto& document : documents)
    out.insert({document[pagesKey].get<std::vector<int>>(),
                document["dossier_code"].is_null() ? "" : document["dossier_code"].get<std::string>()});
  return out;
}

// The generated JPEG pages of the sample batch, one file each, as a scanner leaves them.
fs::path pagesFolder(const TempDir& dir) {
  const fs::path folder = dir / "may-quet";
  fs::create_directories(folder);
  REQUIRE(runCommand({"/usr/bin/pdfimages", "-j", kBatch.string(), (folder / "trang").string()}).exitCode == 0);
  return folder;
}

}  // namespace

TEST_CASE("a scanned batch is cut into its dossiers and documents, with their fields read", "[e2e][dossiers]") {
  TempDir dir;
  const std::string store = dir / "store";
  const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", store, kBatch.string()});
  INFO(ingest.err);
  REQUIRE(ingest.exitCode == 0);
  CHECK(ingest.out.find("7 document(s) in 2 dossier(s)") != std::string::npos);

  const auto documents = exportedDocuments(store);
  const json found(documents);
  CHECK(cut(found, "source_pages") == cut(truthDocuments(), "pages"));
  for (const auto& expected : truthDocuments()) {
    const int firstPage = expected["pages"][0];
    const auto document = std::find_if(documents.begin(), documents.end(),
                                       [&](const json& d) { return d["source_pages"][0] == firstPage; });
    REQUIRE(document != documents.end());
    INFO("page " << firstPage << ": " << document->dump());
    CHECK((*document)["source"] == kBatch.string());
    CHECK((*document)["kind"] == expected["kind"]);
    CHECK((*document)["type_label"] == expected["type_label"]);
    const json& fields = (*document)["fields"];
    // The identifiers the bars are about, where the truth has them.
    for (const char* name : {"dossier_code", "procedure_code", "issued_date", "code_number", "code_notation"})
      if (expected["fields"].contains(name)) CHECK(fields.value(name, "") == expected["fields"][name]);
    if (expected["fields"].contains("citizen_ids"))
      CHECK(fields["citizen_ids"].get<std::set<std::string>>() ==
            expected["fields"]["citizen_ids"].get<std::set<std::string>>());
    // Nothing is made up: every extracted field is in the truth.
    for (const auto& [name, value] : fields.items()) CHECK(expected["fields"].contains(name));
    // Every field says where it was read.
    for (const auto& [name, value] : fields.items()) CHECK((*document)["provenance"].contains(name));
  }
  // Receipts and results say which part of their dossier they are.
  for (const auto& document : documents)
    if (document["kind"] == "receipt") CHECK(document["dossier_part"] == "receipt");
}

TEST_CASE("a folder of single-page scans is one batch, cut the same way", "[e2e][dossiers]") {
  TempDir dir;
  const std::string store = dir / "store";
  const fs::path folder = pagesFolder(dir);
  const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", store, folder.string()});
  INFO(ingest.err);
  REQUIRE(ingest.exitCode == 0);
  const auto documents = exportedDocuments(store);
  CHECK(cut(json(documents), "source_pages") == cut(truthDocuments(), "pages"));
  for (const auto& document : documents) CHECK(document["source"] == folder.string());
}

TEST_CASE("a desk scan is filed under the dossier and part the clerk gives (--dossier, --part)", "[e2e][dossiers]") {
  TempDir dir;
  const std::string store = dir / "store";
  const fs::path folder = pagesFolder(dir);
  const std::string code = "000.00.21.H08-250314-0042";
  const auto sheet = (folder / "trang-004.jpg").string();  // a result, whose QR names another dossier
  auto ingest =
      runCommand({sohoaBinary(), "ingest", "--store", store, "--dossier", code, "--part", "component", sheet});
  INFO(ingest.err);
  REQUIRE(ingest.exitCode == 0);
  const auto documents = exportedDocuments(store);
  REQUIRE(documents.size() == 1);
  CHECK(documents[0]["dossier_code"] == code);
  CHECK(documents[0]["dossier_part"] == "component");
  CHECK(documents[0]["source"] == sheet);

  // Cut again with this version's rules (no OCR): still filed as the clerk said.
  const auto reassemble = runCommand({sohoaBinary(), "reassemble", "--store", store});
  INFO(reassemble.err);
  REQUIRE(reassemble.exitCode == 0);
  CHECK(reassemble.out.find("reassembled 1 batch(es): 1 document(s), 0 changed") != std::string::npos);
  const auto again = exportedDocuments(store);
  REQUIRE(again.size() == 1);
  CHECK(again[0]["dossier_code"] == code);
  CHECK(again[0]["dossier_part"] == "component");
  CHECK(runCommand({sohoaBinary(), "reassemble", "--store", (dir / "nowhere").string()}).exitCode == 3);

  const auto wrong = runCommand({sohoaBinary(), "ingest", "--store", store, "--dossier", "HS-42", sheet});
  CHECK(wrong.exitCode == 2);
  CHECK(wrong.err.find("--dossier HS-42: not a dossier code") != std::string::npos);
  const auto orphan = runCommand({sohoaBinary(), "ingest", "--store", store, "--part", "result", sheet});
  CHECK(orphan.exitCode == 2);
}
