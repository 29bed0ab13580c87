#include <catch2/catch.hpp>

#include "indexer/assembly/BatchAssembly.hpp"
#include "indexer/search/CitizenGroups.hpp"
#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;
using sohoa::test::TempDir;

namespace {

// A tờ khai outside the desk's register, its applicant's name line as given (none: not read).
LaidOutPage declaration(const std::string& nameLine) {
  LaidOutPage page;
  page.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 160).centred("Độc lập - Tự do - Hạnh phúc", 210);
  page.centred("TỜ KHAI ĐĂNG KÝ KHAI TỬ", 330);
  if (!nameLine.empty()) page.line(nameLine, 300, 520);
  page.line("Nơi cư trú: thôn Vĩnh Lộc, xã Mỹ Lợi", 300, 580);
  page.line("Làm tại: Mỹ Lợi, ngày 12 tháng 5 năm 2025", 1100, 1720);
  return page;
}

}  // namespace

// A paper whose citizen's name was not read asks a clerk for it: an empty entry for review. The
// grouping by citizen must not take that empty name for a citizen of its own (every such paper
// would then be one person, named nothing).
TEST_CASE("a paper whose citizen's name waits for a clerk is grouped under no one's name", "[indexer][search]") {
  TempDir dir;
  RecordStore store = openMigratedStore({dir.path()});
  IngestJournal journal(store);
  int n = 0;
  for (const auto& page : {declaration("Họ, chữ đệm, tên người chết: Lê Văn An"), declaration("")}) {
    const std::string path = "scans/" + std::to_string(++n) + ".pdf";
    const auto source = journal.beginSource({0, "feed" + std::to_string(n), path, "o", "pdf", 1, 1, false});
    journal.storePage(source.id, 1, page.page, "");
    BatchAssembly(store).assemble({source.id}, path, {});
  }
  auto asked = store.db().prepare("SELECT count(*) FROM fields WHERE name = 'person_name' AND value = ''");
  REQUIRE(asked.step());
  REQUIRE(asked.integer(0) == 1);  // the second paper asks for its citizen

  SearchQuery query;
  query.text = "Vĩnh Lộc";
  const CitizenGroups grouped = citizenGroups(store, query);
  REQUIRE(grouped.groups.size() == 2);
  int named = 0, unknown = 0;
  for (const auto& group : grouped.groups) {
    if (group.name) {
      CHECK(*group.name == "Lê Văn An");
      ++named;
    } else {
      CHECK_FALSE(group.citizenId);
      ++unknown;
    }
  }
  CHECK(named == 1);
  CHECK(unknown == 1);
}
