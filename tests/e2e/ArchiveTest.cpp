#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
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

TEST_CASE("the archive check holds pdf.js's words to the same bar as Poppler's", "[e2e][archive]") {
  const fs::path script = fs::path(SOHOA_SCRIPTS_DIR) / "pdfjs-text.mjs";
  TempDir dir;
  const fs::path store = dir / "store";
  REQUIRE(runCommand({sohoaBinary(), "ingest", "--store", store, scansDir() / "to-khai" / "trang-2.png"}).exitCode ==
          0);
  const auto clean = runCommand({sohoaBinary(), "archive", "--store", store, "--check", "--pdfjs", script});
  INFO(clean.err);
  CHECK(clean.exitCode == 0);
  CHECK(clean.out.find("worst words differing 0.000 %") != std::string::npos);
  REQUIRE(runCommand({"/usr/bin/sqlite3", store / "records.db",
                      "UPDATE pages SET text = 'ĐÁNHDẤU ' || text WHERE source_page = 1"})
              .exitCode == 0);
  const auto check = runCommand({sohoaBinary(), "archive", "--store", store, "--check", "--pdfjs", script});
  CHECK(check.exitCode == 1);
  CHECK(check.err.find("(missing «ĐÁNHDẤU») in drawing order, in reading order, in pdf.js") != std::string::npos);
  // A reader that cannot run is a problem, not a pass.
  const auto missing = runCommand({sohoaBinary(), "archive", "--store", store, "--check", "--pdfjs", dir / "none.mjs"});
  CHECK(missing.exitCode == 1);
  CHECK(missing.err.find("pdf.js: pdf.js failed") != std::string::npos);
}

namespace {

// A born-digital notice whose text is drawn in Helvetica, not embedded (one of PDF's 14 standard
// fonts, which readers supply themselves): a PDF/A file may not rely on them. Written by hand
// and put in order (cross-reference table) by qpdf.
fs::path helveticaNotice(const fs::path& folder) {
  const std::string text =
      "BT /F1 12 Tf 72 760 Td (UY BAN NHAN DAN XA TAY THUAN) Tj 0 -20 Td (So: 31/TB-UBND) Tj "
      "0 -20 Td (THONG BAO ve viec tiep nhan ho so truc tuyen tai bo phan mot cua) Tj "
      "0 -20 Td (Nguoi dan nop ho so qua Cong dich vu cong quoc gia tu ngay 01/03/2025.) Tj ET";
  const std::string pdf =
      "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
      "4 0 obj << /Length " +
      std::to_string(text.size()) + " >> stream\n" + text +
      "\nendstream endobj\n"
      "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> "
      "endobj\ntrailer << /Root 1 0 R /Size 6 >>\n%%EOF\n";
  writeFile(folder / "draft.pdf", pdf);
  const fs::path notice = folder / "thong-bao-helvetica.pdf";
  runCommand({"/usr/bin/qpdf", folder / "draft.pdf", notice});  // exits 3: it rebuilt the table
  return notice;
}

std::multiset<std::string> pdfWords(const fs::path& pdf) {
  std::istringstream text(runCommand({"/usr/bin/pdftotext", "-enc", "UTF-8", pdf, "-"}).out);
  std::multiset<std::string> words;
  for (std::string word; text >> word;) words.insert(word);
  return words;
}

}  // namespace

TEST_CASE("a born-digital PDF with its fonts embedded is archived as it is, one without says why", "[e2e][archive]") {
  TempDir dir;
  const fs::path store = dir / "store";
  // Made with ReportLab: its text in Liberation Serif, embedded; Helvetica selected, never drawn.
  const fs::path embedded = scansDir() / "thong-bao-dien-tu.pdf";
  const fs::path helvetica = helveticaNotice(dir.path());
  const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", store, embedded, helvetica});
  INFO(ingest.err);
  REQUIRE(ingest.exitCode == 0);

  const json documents = json::parse(runCommand({"/usr/bin/sqlite3", "-json", store / "records.db",
                                                 "SELECT d.public_id AS id, s.given_path AS path FROM documents d "
                                                 "JOIN sources s ON s.id = d.source_id ORDER BY d.id"})
                                         .out);
  REQUIRE(documents.size() == 2);
  auto shown = [&](const fs::path& input) {
    for (const auto& document : documents)
      if (fs::path(document["path"].get<std::string>()).filename() == input.filename())
        return json::parse(runCommand({sohoaBinary(), "show", "--store", store, "--json", document["id"]}).out);
    return json();
  };

  // The pages as they came, made PDF/A-2u: the same words, nothing re-drawn.
  const json archived = shown(embedded);
  REQUIRE(archived["archive_file"].is_string());
  CHECK(archived["archive_missing_reason"].is_null());
  const fs::path copy = store / archived["archive_file"].get<std::string>();
  CHECK(fs::exists(fs::path(copy).replace_extension(".xml")));
  CHECK(runCommand({"/usr/bin/qpdf", "--check", copy}).exitCode == 0);
  const auto meta = runCommand({"/usr/bin/pdfinfo", "-meta", copy}).out;
  CHECK(meta.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
  CHECK(meta.find("<pdfaid:conformance>U</pdfaid:conformance>") != std::string::npos);
  CHECK(runCommand({"/usr/bin/pdfimages", "-list", copy}).out ==
        runCommand({"/usr/bin/pdfimages", "-list", embedded}).out);
  const auto words = pdfWords(copy);
  CHECK(words.size() > 50);
  CHECK(words == pdfWords(embedded));
  CHECK(readFile(fs::path(copy).replace_extension(".xml")).find("<Reliability>01</Reliability>") != std::string::npos);

  // Helvetica is not in the file: no archive copy, and the reason says so everywhere.
  const json refused = shown(helvetica);
  CHECK(refused["archive_file"].is_null());
  CHECK(refused["archive_missing_reason"] == "fonts_not_embedded: Helvetica");
  const auto text = runCommand({sohoaBinary(), "show", "--store", store, refused["document_id"]}).out;
  CHECK(text.find("archive: none (fonts_not_embedded: Helvetica)") != std::string::npos);
  const auto report = runCommand({sohoaBinary(), "report", "--store", store, "--period", "2025"}).out;
  CHECK(report.find("1 document(s) without archive copy: fonts_not_embedded 1") != std::string::npos);

  const auto check = runCommand({sohoaBinary(), "archive", "--store", store, "--check"});
  INFO(check.err);
  CHECK(check.exitCode == 0);
  CHECK(check.out.find("archive check: 1 file(s), 1 page(s), 0 problem(s)") != std::string::npos);
}
