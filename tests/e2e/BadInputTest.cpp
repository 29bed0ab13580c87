#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/StoreQueries.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

TEST_CASE("bad inputs are named with their reason and the rest of the batch is stored", "[e2e][bad-input]") {
  TempDir dir;
  const fs::path batch = dir / "batch";
  fs::create_directories(batch);
  fs::copy_file(scansDir() / "to-khai" / "trang-2.png", batch / "good.png");
  const auto pdf = readFile(scansDir() / "ke-hoach-cchc-2025.pdf");
  writeFile(batch / "cut-short.pdf", pdf.substr(0, pdf.size() / 3));
  const auto jpeg = readFile(scansDir() / "to-khai" / "trang-1.jpg");
  writeFile(batch / "half.jpg", jpeg.substr(0, jpeg.size() / 2));
  writeFile(batch / "empty.tif", "");
  writeFile(batch / "minutes.pdf", "Biên bản họp ngày 05/02/2025\n");
  const auto tiff = readFile(scansDir() / "nghi-dinh-30-2020.tif");
  writeFile(batch / "torn.tif", tiff.substr(0, 200));
  REQUIRE(runCommand({"/usr/bin/qpdf", "--encrypt", "secret", "owner", "256", "--",
                      scansDir() / "thong-bao-dien-tu.pdf", batch / "locked.pdf"})
              .exitCode == 0);

  const std::string store = dir / "store";
  const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", store, batch, dir / "not-there"});
  INFO(ingest.err);
  CHECK(ingest.exitCode == 1);
  auto reported = [&](const std::string& file, const std::string& reason) {
    const auto line = ingest.err.find(file);
    return line != std::string::npos && ingest.err.find(reason, line) != std::string::npos;
  };
  CHECK(reported("half.jpg", "truncated JPEG"));
  CHECK(reported("empty.tif", "empty file"));
  CHECK(reported("minutes.pdf", "not a PDF, TIFF, JPEG or PNG"));
  CHECK(reported("locked.pdf", "password"));
  CHECK(reported("torn.tif", "TIFF"));
  CHECK(reported("cut-short.pdf", "cut-short.pdf"));
  CHECK(reported("not-there", "no such file"));
  CHECK(ingest.err.find("good.png") == std::string::npos);

  const auto found = runCommand({sohoaBinary(), "search", "--store", store, "--json", "Lạng Sơn"});
  const auto hits = nlohmann::json::parse(found.out);
  REQUIRE(hits["count"].get<int>() >= 1);
  CHECK(hits["results"][0]["source"] == (batch / "good.png").string());
  for (const auto& original : {"good.png", "half.jpg", "minutes.pdf", "cut-short.pdf"})
    CHECK(fs::exists(batch / original));  // inputs are never moved or changed
}

TEST_CASE("real government scans go through with nothing on stderr but the one foreign file", "[e2e][real-scans]") {
  TempDir dir;
  const std::string store = dir / "store";
  const auto ingest = runCommand({sohoaBinary(), "ingest", "--store", store, corpusDir() / "real-scans"});
  INFO(ingest.err);
  CHECK(ingest.exitCode == 1);  // SOURCE.txt is not a scan
  CHECK(ingest.out.find("ingested 13 file(s), 13 page(s)") != std::string::npos);
  CHECK(ingest.err ==
        "sohoa: " + (corpusDir() / "real-scans" / "SOURCE.txt").string() + ": not a PDF, TIFF, JPEG or PNG file\n");
  const auto found = runCommand({sohoaBinary(), "search", "--store", store, "--json", "\"Nghị định\""});
  CHECK(nlohmann::json::parse(found.out)["count"].get<int>() >= 2);
}
