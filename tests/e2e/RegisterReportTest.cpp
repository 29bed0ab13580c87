#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json report(const std::string& store, const std::string& period) {
  const auto result = runCommand({sohoaBinary(), "report", "--store", store, "--period", period, "--format", "json"});
  REQUIRE(result.exitCode == 0);
  return json::parse(result.out);
}

}  // namespace

TEST_CASE("a generated year: sohoa's rates equal the ones the generator works out on its own", "[e2e][report]") {
  TempDir dir;
  const std::string store = dir / "store", year = dir / "year";
  const auto made =
      runCommand({"/usr/bin/python3", (samplesDir().parent_path() / "scripts" / "make-register.py").string(), "--out",
                  year, "--dossiers", "400", "--seed", "11"});
  INFO(made.err);
  REQUIRE(made.exitCode == 0);
  const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", store, year + "/documents"});
  INFO(ingest.err);
  REQUIRE(ingest.exitCode == 0);
  const auto imported = runCommand({sohoaBinary(), "register", "import", "--store", store, year + "/register.csv"});
  REQUIRE(imported.exitCode == 0);
  CHECK(imported.out == "register: 400 dossier(s) added, 0 updated\n");

  const json expected = json::parse(readFile(fs::path(year) / "expected.json"));
  for (const auto& [period, rates] : expected.items()) {
    const json got = report(store, period);
    for (const auto& [rate, value] : rates.items()) {
      INFO(period << " " << rate);
      CHECK(got["rates"][rate]["numerator"] == value["numerator"]);
      CHECK(got["rates"][rate]["denominator"] == value["denominator"]);
      CHECK(got["rates"][rate]["rate"] == value["rate"]);
    }
  }

  // Importing the same register again changes nothing.
  const auto again = runCommand({sohoaBinary(), "register", "import", "--store", store, year + "/register.csv"});
  CHECK(again.out == "register: 0 dossier(s) added, 400 updated\n");
  CHECK(report(store, "2025-Q1")["rates"]["online"]["numerator"] == expected["2025-Q1"]["online"]["numerator"]);

  // A clerk marks a reuse: the reuse rate moves by one dossier, which leaves the shortfall list.
  const json before = report(store, "2025-Q2");
  const std::string dossier = before["shortfalls"]["reuse"][0];
  std::istringstream lines(runCommand({sohoaBinary(), "export", "--store", store, "--jsonl"}).out);
  std::string first;
  std::getline(lines, first);
  const std::string document = json::parse(first)["document_id"];
  const auto reuse = runCommand({sohoaBinary(), "reuse", "--store", store, "--dossier", dossier, "--document", document,
                                 "--by", "cán bộ một cửa"});
  INFO(reuse.err);
  REQUIRE(reuse.exitCode == 0);
  const json after = report(store, "2025-Q2");
  CHECK(after["rates"]["reuse"]["numerator"] == before["rates"]["reuse"]["numerator"].get<int>() + 1);
  CHECK(std::find(after["shortfalls"]["reuse"].begin(), after["shortfalls"]["reuse"].end(), dossier) ==
        after["shortfalls"]["reuse"].end());
  // A dossier the register lacks is "not found" (3), told apart from a busy or broken store.
  const auto unknown = runCommand(
      {sohoaBinary(), "reuse", "--store", store, "--dossier", "000.00.00.H00-250101-0000", "--document", document});
  CHECK(unknown.exitCode == 3);
  CHECK(unknown.err.find("no dossier 000.00.00.H00-250101-0000") != std::string::npos);

  // Every format: the HTML page is one file, with its charts inline.
  const std::string html = dir / "bao-cao.html";
  CHECK(runCommand({sohoaBinary(), "report", "--store", store, "--period", "2025", "--format", "html", "--out", html})
            .exitCode == 0);
  const std::string page = readFile(html);
  CHECK(page.find("<svg") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  const auto csv = runCommand({sohoaBinary(), "report", "--store", store, "--period", "2025-H1", "--format", "csv"});
  CHECK(csv.out.starts_with("scope,key,name,rate,numerator,denominator,percent,target,met\n"));
  const auto text = runCommand({sohoaBinary(), "report", "--store", store, "--period", "2025-Q3"});
  CHECK(text.out.find("on_time") != std::string::npos);
  CHECK(runCommand({sohoaBinary(), "report", "--store", store, "--period", "2025-Q7"}).exitCode == 2);
}

TEST_CASE("a register with bad rows keeps the good ones and names the bad ones by line", "[e2e][report]") {
  TempDir dir;
  const std::string store = dir / "store", csv = dir / "so-theo-doi.csv";
  std::ofstream(csv) << "MaHoSo,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThai\n"
                     << "000.21.37.H08-250106-0001,1.001193,2,06/01/2025 08:00,09/01/2025 17:00,,dang_xu_ly\n"
                     << "000.21.37.H08-250106-0002,1.001193,9,06/01/2025 08:00,09/01/2025 17:00,,dang_xu_ly\n"
                     << "\"000.21.37.H08-250106-0003\",\"2.000815.000.00.00.H08\",1,2025-01-06,2025-01-06 17:00,,\n";
  // Only ingest makes a store; a born-digital notice needs no OCR.
  REQUIRE(runCommand({sohoaBinary(), "ingest", "--store", store, scansDir() / "thong-bao-dien-tu.pdf"}).exitCode == 0);
  const auto imported = runCommand({sohoaBinary(), "register", "import", "--store", store, csv});
  CHECK(imported.exitCode == 1);
  CHECK(imported.err.find("so-theo-doi.csv: line 3: KenhThucHien '9'") != std::string::npos);
  CHECK(imported.out == "register: 2 dossier(s) added, 0 updated, 1 row(s) refused (see above)\n");
  const json got = report(store, "2025-Q1");
  CHECK(got["rates"]["online"]["denominator"] == 2);
  CHECK(got["by_procedure"][1]["procedure_code"] == "2.000815");  // the provincial suffix dropped
}
