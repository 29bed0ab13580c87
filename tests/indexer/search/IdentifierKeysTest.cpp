#include <catch2/catch.hpp>

#include "indexer/assembly/BatchAssembly.hpp"
#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;

TEST_CASE("identifiers printed in a page become normalised keys", "[indexer][identifiers]") {
  const auto keys = identifiersInText(
      "Số: 05/QĐ-UBND ngày 05/02/2025. Ông Nguyễn Văn An, CCCD số 052095001234, CMND 211234567; "
      "hồ sơ 000.00.21.H08-250314-0042, thủ tục 2.000815.000.00.00.H55 (Nghị định 30/2020/NĐ-CP).");
  CHECK(keys == std::vector<IdentifierKey>{{"notation", "5/QD-UBND"},
                                           {"cccd", "052095001234"},
                                           {"cmnd", "211234567"},
                                           {"dossier", "000.00.21.H08-250314-0042"},
                                           {"procedure", "2.000815"},
                                           {"notation", "30/2020/ND-CP"}});
}

TEST_CASE("a notation typed in any usual way meets the printed one", "[indexer][identifiers]") {
  const IdentifierKey expected{"notation", "15/QD-UBND"};
  CHECK(identifierInQuery("15/QĐ-UBND") == expected);
  CHECK(identifierInQuery("15/qd-ubnd") == expected);
  CHECK(identifierInQuery("15 QĐ UBND") == expected);
  CHECK(identifierInQuery("015/qđ-ubnd") == expected);
  CHECK(identifierInQuery("09/2025/QĐ-TTg") == IdentifierKey{"notation", "9/2025/QD-TTG"});
  CHECK(identifierInQuery("123/UBND-VP") == IdentifierKey{"notation", "123/UBND-VP"});
  CHECK(identifierInQuery(" 052095001234 ") == IdentifierKey{"cccd", "052095001234"});
  CHECK_FALSE(identifierInQuery("cải cách hành chính"));
  CHECK_FALSE(identifierInQuery("05/02/2025"));  // a date is not a notation
}

TEST_CASE("numbers one OCR confusion away: a changed digit or two swapped neighbours", "[indexer][identifiers]") {
  const auto near = oneConfusionAway("123");
  CHECK(near.size() == 3 * 9 + 2);
  CHECK(std::find(near.begin(), near.end(), "128") != near.end());
  CHECK(std::find(near.begin(), near.end(), "213") != near.end());
  CHECK(std::find(near.begin(), near.end(), "123") == near.end());
}

TEST_CASE("a CCCD lookup finds the page, and a miss suggests the stored number nearby", "[indexer][identifiers]") {
  sohoa::test::TempDir dir;
  RecordStore store = openMigratedStore({dir.path()});
  IngestJournal journal(store);
  const auto source = journal.beginSource({0, "cafe", "to-khai.pdf", "o", "pdf", 1, 1, false});
  sohoa::ocr::Page page;
  page.width = page.height = 100;
  page.blocks.push_back({{}, {{{}, {{"Số CCCD: 052095001234 cấp ngày 01/01/2021", {0, 0, 10, 10}, 1.0f}}}}});
  journal.storePage(source.id, 1, page, "");
  BatchAssembly(store).assemble({source.id}, "scans/test.pdf", {});
  PageSearch search(store);

  SearchQuery byText;
  byText.text = "052095001234";
  REQUIRE(search.search(byText).hits.size() == 1);
  CHECK(search.search(byText).hits[0].snippet.find("\x02"
                                                   "052095001234\x03") != std::string::npos);

  SearchQuery byFilter;
  byFilter.citizenId = "052095001234";
  CHECK(search.search(byFilter).hits.size() == 1);

  SearchQuery misread;
  misread.citizenId = "052095001284";  // 3 read as 8
  const auto result = search.search(misread);
  CHECK(result.hits.empty());
  CHECK(result.didYouMean == std::vector<std::string>{"052095001234"});
}
