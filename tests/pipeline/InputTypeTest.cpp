#include <catch2/catch.hpp>

#include "pipeline/InputType.hpp"
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
