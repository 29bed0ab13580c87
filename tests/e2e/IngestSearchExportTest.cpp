#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "pipeline/ingest/ContentHash.hpp"
#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const json& bySource(const std::vector<json>& documents, const std::string& ending) {
  for (const auto& document : documents)
    if (document["source"].get<std::string>().ends_with(ending)) return document;
  FAIL("no document from " << ending);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("the samples ingest into records that search, show and export as the contract says", "[e2e]") {
  TempDir dir;
  const std::string store = dir / "store", scans = scansDir().string();
  const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", store, "--jobs", "2", scans});
  INFO(ingest.err);
  REQUIRE(ingest.exitCode == 0);
  CHECK(ingest.out.find("ingested 5 file(s), 8 page(s)") != std::string::npos);
  CHECK(ingest.err.empty());  // not a terminal: no progress line

  {  // search finds the reform plan's words on its pages, with the hits marked
    const auto search = runCommand({sohoaBinary(), "search", "--store", store, "--json", "cải cách hành chính"});
    REQUIRE(search.exitCode == 0);
    const auto found = json::parse(search.out);
    REQUIRE(found["count"].get<int>() >= 3);
    const auto& best = found["results"][0];
    CHECK(best["source"] == scans + "/ke-hoach-cchc-2025.pdf");
    CHECK(best["snippet"].get<std::string>().find("«cách»") != std::string::npos);
    CHECK(best["document_id"].is_string());

    const auto table = runCommand({sohoaBinary(), "search", "--store", store, "cải cách hành chính"});
    CHECK(table.out.find("results for \"cải cách hành chính\"") != std::string::npos);
    CHECK(table.out.find("ke-hoach-cchc-2025.pdf") != std::string::npos);

    const auto decree =
        json::parse(runCommand({sohoaBinary(), "search", "--store", store, "--json", "\"công tác văn thư\""}).out);
    REQUIRE(decree["count"].get<int>() >= 1);
    CHECK(decree["results"][0]["source"] == scans + "/nghi-dinh-30-2020.tif");
    const auto notice = json::parse(runCommand({sohoaBinary(), "search", "--store", store, "--json", "Lạng Sơn"}).out);
    REQUIRE(notice["count"].get<int>() >= 1);
    CHECK(notice["results"][0]["source"] == scans + "/to-khai/trang-2.png");
    // Typed without diacritics, as on an office keyboard: found, marked as such.
    const auto bare =
        json::parse(runCommand({sohoaBinary(), "search", "--store", store, "--json", "cai cach hanh chinh"}).out);
    REQUIRE(bare["count"].get<int>() >= 3);
    CHECK(bare["results"][0]["source"] == scans + "/ke-hoach-cchc-2025.pdf");
    CHECK(bare["results"][0]["exact"] == false);
    CHECK(bare["results"][0]["snippet"].get<std::string>().find("«cách»") != std::string::npos);
    // A pasted page is no query: refused with the limit named, before the index is asked.
    std::string pasted;
    for (int i = 0; i < 1300; ++i) pasted += "cai cach hanh chinh ";
    const auto tooLong = runCommand({sohoaBinary(), "search", "--store", store, pasted});
    CHECK(tooLong.exitCode == 2);
    CHECK(tooLong.err.find("sohoa search: the query is") != std::string::npos);
    CHECK(tooLong.err.find("at most 400") != std::string::npos);
    // A number/notation typed the way a clerk would.
    const auto notation =
        json::parse(runCommand({sohoaBinary(), "search", "--store", store, "--json", "15 kh ubnd"}).out);
    REQUIRE(notation["count"].get<int>() >= 1);
    CHECK(notation["results"][0]["snippet"].get<std::string>().find("«15/KH-UBND»") != std::string::npos);
    const auto nothing = json::parse(runCommand({sohoaBinary(), "search", "--store", store, "--json", "xyzzyqua"}).out);
    CHECK(nothing["count"] == 0);
  }

  {  // export writes one contract object per document
    // The two photographed pages in to-khai/ are one batch and one document.
    const auto documents = exportedDocuments(store);
    REQUIRE(documents.size() == 4);
    int pages = 0;
    for (const auto& document : documents) {
      for (const char* key : {"document_id", "dossier_code", "source", "source_pages", "kind", "type_label", "fields",
                              "pages", "archive_file"})
        CHECK(document.contains(key));
      CHECK(document["source"].get<std::string>().starts_with(scans + "/"));
      CHECK(document["kind"] == "other");
      CHECK(document["source_pages"].size() == document["pages"].size());
      for (const auto& page : document["pages"]) {
        CHECK(page["text"].get<std::string>().size() > 500);
        CHECK(page["confidence"].get<double>() > 0.8);
        ++pages;
      }
    }
    CHECK(pages == 8);
    const auto& plan = bySource(documents, "ke-hoach-cchc-2025.pdf");
    CHECK(plan["source_pages"] == json::array({1, 2, 3}));
    CHECK(plan["pages"][0]["dpi"] == 300);
    CHECK(plan["pages"][0]["text"].get<std::string>().find("KẾ HOẠCH") != std::string::npos);
    CHECK(plan["type_label"] == "KẾ HOẠCH");
    CHECK(plan["fields"]["code_number"] == "15");
    CHECK(plan["fields"]["code_notation"] == "KH-UBND");
    CHECK(plan["fields"]["organ_name"] == "UBND XÃ TÂY THUẬN");
    CHECK(plan["fields"]["issued_date"] == "2024-12-31");
    const auto& photographed = bySource(documents, "/to-khai");
    CHECK(photographed["source_pages"] == json::array({1, 2}));
    CHECK(photographed["pages"][0]["dpi"] == 200);
    CHECK(photographed["type_label"] == "THÔNG BÁO");
    CHECK(photographed["fields"]["code_notation"] == "TB-UBND");
    const auto& born = bySource(documents, "thong-bao-dien-tu.pdf");
    CHECK(born["pages"][0]["text_origin"] == "pdf_text");
    CHECK_FALSE(born["pages"][0].contains("dpi"));

    const auto show = runCommand({sohoaBinary(), "show", "--store", store, "--json", plan["document_id"]});
    REQUIRE(show.exitCode == 0);
    CHECK(json::parse(show.out) == plan);
    const auto human = runCommand({sohoaBinary(), "show", "--store", store, plan["document_id"]});
    CHECK(human.out.find("Document " + plan["document_id"].get<std::string>()) != std::string::npos);
    CHECK(human.out.find("--- page 3") != std::string::npos);
  }

  {  // originals are kept byte for byte, read-only, and every page has its hOCR
    CHECK(countRows(store, "SELECT count(*) FROM sources WHERE status = 'done'") == 5);
    int originals = 0, hocr = 0;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(store) / "originals")) {
      if (!entry.is_regular_file()) continue;
      ++originals;
      CHECK(sohoa::pipeline::sha256OfFile(entry.path()) == entry.path().stem().string());
      CHECK((entry.status().permissions() & fs::perms::owner_write) == fs::perms::none);
    }
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(store) / "pages"))
      hocr += entry.path().extension() == ".hocr";
    CHECK(originals == 5);
    CHECK(hocr == 8);
  }

  {  // ingesting the same files again stores nothing twice
    const auto again = runCommand({sohoaBinary(), "ingest", "--store", store, scans});
    CHECK(again.exitCode == 0);
    CHECK(again.out.find("5 already stored") != std::string::npos);
    CHECK(again.err.find("already in the store") != std::string::npos);
    CHECK(countRows(store, "SELECT count(*) FROM pages") == 8);
    CHECK(exportedDocuments(store).size() == 4);
  }
}

TEST_CASE("wrong usage exits 2, no store or an unknown record exits 3 (not found)", "[e2e][cli]") {
  TempDir dir;
  const std::string store = dir / "store";
  CHECK(runCommand({sohoaBinary(), "ingest", "--store", store}).exitCode == 2);
  CHECK(runCommand({sohoaBinary(), "frobnicate"}).exitCode == 2);
  CHECK(runCommand({sohoaBinary(), "ingest", "--jobs", "0", "x"}).exitCode == 2);
  CHECK(runCommand({sohoaBinary(), "search", "--store", store}).exitCode == 2);
  const auto help = runCommand({sohoaBinary(), "--help"});
  CHECK(help.exitCode == 0);
  CHECK(help.out.find("ingest") != std::string::npos);
  // No store yet: a reading command says so and makes none.
  const auto noStore = runCommand({sohoaBinary(), "show", "--store", store, "nope-p1"});
  CHECK(noStore.exitCode == 3);  // not found
  CHECK(noStore.err.find("no store at " + store) != std::string::npos);
  CHECK(!fs::exists(store));
  REQUIRE(runCommand({sohoaBinary(), "ingest", "--store", store, scansDir() / "thong-bao-dien-tu.pdf"}).exitCode == 0);
  const auto unknown = runCommand({sohoaBinary(), "show", "--store", store, "nope-p1"});
  CHECK(unknown.exitCode == 3);
  CHECK(unknown.err.find("nope-p1") != std::string::npos);
}
