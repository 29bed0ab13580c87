#include <catch2/catch.hpp>

#include "pipeline/InputCollector.hpp"
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
