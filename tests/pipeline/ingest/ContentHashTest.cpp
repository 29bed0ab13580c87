#include <catch2/catch.hpp>

#include "pipeline/ingest/ContentHash.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;

TEST_CASE("an input is identified by the SHA-256 of its bytes", "[pipeline][intake]") {
  TempDir dir;
  writeFile(dir / "abc", "abc");
  CHECK(sohoa::pipeline::sha256OfFile(dir / "abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  writeFile(dir / "empty", "");
  CHECK(sohoa::pipeline::sha256OfFile(dir / "empty") ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK_THROWS_WITH(sohoa::pipeline::sha256OfFile(dir / "missing"), Catch::Contains("missing"));
}
