#include <unistd.h>

#include <catch2/catch.hpp>

#include "pipeline/AtomicFile.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::pipeline;
using namespace sohoa::test;
namespace fs = std::filesystem;

TEST_CASE("files are written whole under their name or not at all", "[pipeline][faults]") {
  TempDir dir;
  writeFileAtomically(dir / "page.hocr", "first");
  writeFileAtomically(dir / "page.hocr", "second");
  CHECK(readFile(dir / "page.hocr") == "second");
  copyFileAtomically(dir / "page.hocr", dir / "copy", fs::perms::owner_read);
  CHECK(readFile(dir / "copy") == "second");
  CHECK((fs::status(dir / "copy").permissions() & fs::perms::all) == fs::perms::owner_read);
  CHECK_THROWS_WITH(writeFileAtomically(dir / "missing" / "x.pdf", "bytes"), Catch::Contains("missing/x.pdf"));
  CHECK_THROWS_WITH(copyFileAtomically(dir / "nothing", dir / "y", fs::perms::owner_read), Catch::Contains("nothing"));
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir.path())) files += entry.is_regular_file();
  CHECK(files == 2);  // no temporary left behind
}

TEST_CASE("unfinished temporaries of processes that are gone are removed, a live one's kept", "[pipeline][faults]") {
  TempDir dir;
  const std::string mine = std::to_string(getpid());
  writeFile(dir / "a" / "0001.hocr.999999999-3.tmp", "dead process");
  writeFile(dir / "a" / "0001.hocr.tmp", "older version");
  writeFile(dir / "b" / "x.pdf.part", "older version");
  writeFile(dir / "b" / "y.jpeg.part.999999999", "older version, dead process");
  writeFile(dir / "b" / ("z.jpeg.part." + mine), "this process");
  writeFile(dir / "b" / ("0002.hocr." + mine + "-1.tmp"), "this process");
  writeFile(dir / "b" / "0003.hocr.1-1.tmp", "pid 1 runs");
  writeFile(dir / "b" / "0001.hocr", "a finished file");
  CHECK(removeStaleTemporaries(dir.path()) == 4);
  CHECK(fs::exists(dir / "b" / ("z.jpeg.part." + mine)));
  CHECK(fs::exists(dir / "b" / ("0002.hocr." + mine + "-1.tmp")));
  CHECK(fs::exists(dir / "b" / "0003.hocr.1-1.tmp"));
  CHECK(fs::exists(dir / "b" / "0001.hocr"));
}
