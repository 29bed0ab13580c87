#include <catch2/catch.hpp>

#include "pipeline/ingest/InputType.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::pipeline;
using namespace sohoa::test;

TEST_CASE("inputs are typed by their first bytes, not their names", "[pipeline][intake]") {
  CHECK(sniffInputType(scansDir() / "ke-hoach-cchc-2025.pdf") == InputType::Pdf);
  CHECK(sniffInputType(scansDir() / "nghi-dinh-30-2020.tif") == InputType::Tiff);
  CHECK(sniffInputType(scansDir() / "to-khai" / "trang-1.jpg") == InputType::Jpeg);
  CHECK(sniffInputType(scansDir() / "to-khai" / "trang-2.png") == InputType::Png);

  TempDir dir;
  std::filesystem::copy_file(scansDir() / "to-khai" / "trang-1.jpg", dir / "scan.pdf");
  CHECK(sniffInputType(dir / "scan.pdf") == InputType::Jpeg);
  writeFile(dir / "notes.pdf", "Biên bản họp\n");
  CHECK(sniffInputType(dir / "notes.pdf") == InputType::Unknown);
  writeFile(dir / "empty.tif", "");
  CHECK(sniffInputType(dir / "empty.tif") == InputType::Empty);
  CHECK(inputTypeName(InputType::Tiff) == "tiff");
}

TEST_CASE("a PDF is told as Poppler opens it: header in the first kilobyte, or objects and trailer",
          "[pipeline][intake][hostile]") {
  const std::string body =
      "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nxref\n0 1\ntrailer\n<< /Root 1 0 R "
      ">>\nstartxref\n9\n%%EOF\n";
  // pdf.js's bug1606566.pdf has no %PDF- line at all: a comment, then its first object.
  CHECK(inputTypeOf("%\x82\x84\x9c\x94\n" + body, body) == InputType::Pdf);
  const std::string junk(600, 'x');
  CHECK(inputTypeOf(junk + "%PDF-1.4\n" + body, body) == InputType::Pdf);
  CHECK(inputTypeOf(std::string(1100, 'x') + "%PDF-1.4\n", "") == InputType::Unknown);  // past the first kilobyte
  // Notes that talk about objects, with no trailer, are not a PDF.
  CHECK(inputTypeOf("Biên bản: 3 0 obj là gì?\n", "Biên bản: 3 0 obj là gì?\n") == InputType::Unknown);
  CHECK(inputTypeOf("startxref %%EOF", "startxref %%EOF") == InputType::Unknown);

  TempDir dir;
  writeFile(dir / "no-header.pdf", "%\x82\x84\x9c\x94\n" + body);
  CHECK(sniffInputType(dir / "no-header.pdf") == InputType::Pdf);
}
