#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
using nlohmann::json;
namespace fs = std::filesystem;

TEST_CASE("ingest writes PDF/A-2u archive files named by dossier, and the archive check passes", "[e2e][archive]") {
  TempDir dir;
  const std::string store = dir / "store";
  const auto batch = (samplesDir() / "dossiers" / "lo-ho-so.pdf").string();
  const auto decree = (scansDir() / "nghi-dinh-30-2020.tif").string();  // bilevel: kept lossless
  const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", store, batch, decree});
  INFO(ingest.err);
  REQUIRE(ingest.exitCode == 0);

  const json truth = json::parse(readFile(samplesDir() / "dossiers" / "truth.json"))["batches"][0]["documents"];
  const std::string code = truth[1]["dossier_code"];
  const fs::path folder = fs::path(store) / "archive" / code;
  for (const char* name : {".01.pdf", ".01.xml", ".02.pdf", ".03.pdf", ".xml"})
    CHECK(fs::exists(folder / (code + name)));
  CHECK(fs::exists(fs::path(store) / "archive" / "_unfiled"));

  const auto check = runCommand({sohoaBinary(), "archive", "--store", store, "--check"});
  INFO(check.err);
  CHECK(check.exitCode == 0);
  CHECK(check.out.find("archive check: 8 file(s), 10 page(s), 0 problem(s)") != std::string::npos);

  // What a reader extracts from the result's file: its Vietnamese words, marks and all.
  const auto text = runCommand({"/usr/bin/pdftotext", "-raw", (folder / (code + ".03.pdf")).string(), "-"});
  CHECK(text.out.find(truth[3]["type_label"].get<std::string>()) != std::string::npos);
  const auto info = runCommand({"/usr/bin/pdfinfo", "-meta", (folder / (code + ".03.pdf")).string()});
  CHECK(info.out.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
  const auto fonts = runCommand({"/usr/bin/pdffonts", (folder / (code + ".03.pdf")).string()});
  CHECK(fonts.out.find("GlyphLessFont") != std::string::npos);
  CHECK(fonts.out.find(" yes no  yes ") != std::string::npos);  // embedded, not a subset, ToUnicode map
  const auto images = runCommand({"/usr/bin/pdfimages", "-list", (folder / (code + ".03.pdf")).string()});
  CHECK(images.out.find(" 200   200 ") != std::string::npos);  // x-ppi, y-ppi: the scan's own resolution

  // A dossier exported for the records: its documents in order, and one XML.
  const std::string out = dir / "nop-luu";
  const auto exported = runCommand({sohoaBinary(), "export", "--store", store, "--dossier", code, "--out", out});
  INFO(exported.err);
  REQUIRE(exported.exitCode == 0);
  CHECK(fs::exists(fs::path(out) / (code + ".01.pdf")));
  CHECK(fs::exists(fs::path(out) / (code + ".03.pdf")));
  const std::string dossierXml = readFile(fs::path(out) / (code + ".xml"));
  CHECK(dossierXml.find("<DocTotal>3</DocTotal>") != std::string::npos);

  // A metadata file that no longer validates is named by the check.
  std::ofstream(folder / (code + ".01.xml")) << "<Document xmlns=\"urn:sohoa:archive:1\"><FileCode/></Document>";
  const auto broken = runCommand({sohoaBinary(), "archive", "--store", store, "--check"});
  CHECK(broken.exitCode == 1);
  CHECK(broken.err.find(code + ".01.pdf: metadata XML:") != std::string::npos);
}

TEST_CASE("the archive check names a problem in sohoa's words only, without Poppler's lines", "[e2e][archive]") {
  TempDir dir;
  const fs::path store = dir / "store";
  REQUIRE(runCommand({sohoaBinary(), "ingest", "--store", store, scansDir() / "to-khai" / "trang-2.png"}).exitCode ==
          0);
  fs::path pdf;
  for (const auto& entry : fs::recursive_directory_iterator(store / "archive"))
    if (entry.path().extension() == ".pdf") pdf = entry.path();
  REQUIRE(!pdf.empty());
  // The same file with its streams uncompressed, and one operator Poppler does not know.
  const fs::path open = dir / "open.pdf";
  REQUIRE(runCommand({"/usr/bin/qpdf", "--qdf", "--object-streams=disable", pdf, open}).exitCode == 0);
  std::string bytes = readFile(open);
  const auto mode = bytes.find("3 Tr\n");  // the invisible text layer
  REQUIRE(mode != std::string::npos);
  bytes.replace(mode, 5, "3 Tx\n");
  writeFile(pdf, bytes);

  const auto check = runCommand({sohoaBinary(), "archive", "--store", store, "--check"});
  INFO(check.err);
  CHECK(check.out.find("archive check: 1 file(s), 1 page(s)") != std::string::npos);
  CHECK(check.err.find("poppler") == std::string::npos);  // was "poppler/error (9021): Unknown operator 'Tx'"
}

TEST_CASE("the archive check names the file and page whose words a reader does not give back", "[e2e][archive]") {
  TempDir dir;
  const fs::path store = dir / "store";
  REQUIRE(runCommand({sohoaBinary(), "ingest", "--store", store, scansDir() / "to-khai" / "trang-2.png"}).exitCode ==
          0);
  const auto clean = runCommand({sohoaBinary(), "archive", "--store", store, "--check"});
  INFO(clean.err);
  CHECK(clean.exitCode == 0);
  CHECK(clean.out.find("worst words differing 0.000 %") != std::string::npos);
  // The store says OCR read one word more on page 1 than the file gives back.
  const std::string text = runCommand({"/usr/bin/sqlite3", store / "records.db", "SELECT text FROM pages"}).out;
  REQUIRE(text.find(" ") != std::string::npos);
  REQUIRE(runCommand({"/usr/bin/sqlite3", store / "records.db",
                      "UPDATE pages SET text = 'ĐÁNHDẤU ' || text WHERE source_page = 1"})
              .exitCode == 0);
  const auto check = runCommand({sohoaBinary(), "archive", "--store", store, "--check"});
  CHECK(check.exitCode == 1);
  CHECK(check.err.find(".pdf: page 1: 1 word(s) differ from the OCR's (missing «ĐÁNHDẤU») in drawing order") !=
        std::string::npos);
}
