#include <catch2/catch.hpp>

#include "pipeline/ingest/InputCollector.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::pipeline;
using namespace sohoa::test;

TEST_CASE("folders are walked recursively in name order, paths kept as given", "[pipeline][intake]") {
  TempDir dir;
  writeFile(dir / "batch" / "b.png", "x");
  writeFile(dir / "batch" / "a" / "z.jpg", "x");
  writeFile(dir / "batch" / ".hidden", "x");
  writeFile(dir / "single.pdf", "x");
  const auto given = (dir / "batch").string() + "/";
  const auto inputs = collectInputs({(dir / "single.pdf").string(), given, (dir / "nothing").string()});
  REQUIRE(inputs.files.size() == 3);
  CHECK(inputs.files[0].givenPath == (dir / "single.pdf").string());
  CHECK(inputs.files[1].givenPath == (dir / "batch" / "a" / "z.jpg").string());
  CHECK(inputs.files[2].givenPath == (dir / "batch" / "b.png").string());
  CHECK(inputs.missing == std::vector<std::string>{(dir / "nothing").string()});
}

TEST_CASE("symbolic links out of a folder are refused with where they point, links inside are followed",
          "[pipeline][intake][hostile]") {
  TempDir dir;
  writeFile(dir / "batch" / "a.png", "x");
  writeFile(dir / "secret" / "cccd.csv", "x");
  std::filesystem::create_symlink("/etc/passwd", dir / "batch" / "passwd.jpg");
  std::filesystem::create_symlink("../secret", dir / "batch" / "more");
  std::filesystem::create_symlink("a.png", dir / "batch" / "b.png");
  const auto inputs = collectInputs({(dir / "batch").string()});
  REQUIRE(inputs.files.size() == 2);
  CHECK(inputs.files[0].givenPath == (dir / "batch" / "a.png").string());
  CHECK(inputs.files[1].givenPath == (dir / "batch" / "b.png").string());
  REQUIRE(inputs.refusedLinks.size() == 2);
  CHECK(inputs.refusedLinks[0].link == (dir / "batch" / "more").string());
  CHECK(inputs.refusedLinks[0].target == "../secret");
  CHECK(inputs.refusedLinks[1].link == (dir / "batch" / "passwd.jpg").string());
  CHECK(inputs.refusedLinks[1].target == "/etc/passwd");
}
