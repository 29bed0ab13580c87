#include <catch2/catch.hpp>
#include <map>

#include "indexer/assembly/BatchAssembly.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "indexer/text/VietnameseFolding.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using sohoa::test::TempDir;

namespace {

// A store with one page per sentence; returns the page's source path by page number.
class SentenceStore {
 public:
  explicit SentenceStore(const std::vector<std::string>& sentences) : store_(openMigratedStore({dir_.path()})) {
    IngestJournal journal(store_);
    const auto source =
        journal.beginSource({0, "feedbeef", "sentences.pdf", "o", "pdf", 1, static_cast<int>(sentences.size()), false});
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      sohoa::ocr::Page page;
      page.width = page.height = 100;
      page.blocks.push_back({{}, {{{}, {{sentences[i], {0, 0, 10, 10}, 1.0f}}}}});
      journal.storePage(source.id, static_cast<int>(i + 1), page, "");
    }
    BatchAssembly(store()).assemble({source.id}, "scans/test.pdf", {});
  }

  // The sentences (by number) that a query finds, in rank order.
  std::vector<int> find(const std::string& text) {
    SearchQuery query;
    query.text = text;
    std::vector<int> pages;
    for (const auto& hit : PageSearch(store_).search(query).hits) pages.push_back(hit.sourcePage);
    return pages;
  }
  RecordStore& store() { return store_; }

 private:
  TempDir dir_;
  RecordStore store_;
};

std::vector<int> sorted(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

TEST_CASE("folding removes tone and vowel marks and maps đ to d", "[indexer][vietnamese]") {
  CHECK(foldMarks("đường") == "duong");
  CHECK(foldMarks("Đà Nẵng") == "Da Nang");
  CHECK(foldMarks("Nguyễn Thị Ánh") == "Nguyen Thi Anh");
  CHECK(foldMarks("plain") == "plain");
  CHECK(lowerCase("ĐƯỜNG") == "đường");
  CHECK(lowerCase("QĐ-UBND") == "qđ-ubnd");
  CHECK(hasMarks("thể"));
  CHECK_FALSE(hasMarks("the"));
  // Two readings of one name, one in a card's capitals with a mark lost, compare alike.
  CHECK(foldedLowerCase("Đỗ Thị Mỹ") == foldedLowerCase("ĐỖ THI MY"));
  CHECK(foldedLowerCase("Đỗ Thị Mỹ") == "do thi my");
}

TEST_CASE("a word typed with marks matches only itself, typed without it every marked form", "[indexer][vietnamese]") {
  SentenceStore store({"nhà ở trên đường Lê Lợi",     // 1 đường
                       "bộ trưởng đương nhiệm ký",    // 2 đương
                       "tỉnh Bình Dương phát triển",  // 3 dương
                       "tòa án nhân dân huyện",       // 4 án
                       "hộ gia đình được an cư",      // 5 an
                       "thể thao của thanh niên",     // 6 thể
                       "thế giới ngày nay",           // 7 thế
                       "thành phố Đà Nẵng",           // 8 Đà
                       "da thuộc và giày dép",        // 9 da
                       "duong the an da"});           // 10: the same words typed without marks

  CHECK(store.find("đường") == std::vector<int>{1});
  CHECK(store.find("đương") == std::vector<int>{2});
  CHECK(store.find("dương") == std::vector<int>{3});
  CHECK(store.find("án") == std::vector<int>{4});
  CHECK(store.find("thể") == std::vector<int>{6});
  CHECK(store.find("thế") == std::vector<int>{7});
  CHECK(store.find("Đà") == std::vector<int>{8});
  CHECK(store.find("ĐƯỜNG") == std::vector<int>{1});  // case does not matter, marks do

  // Without marks: the page with the word as typed first, then every marked form.
  auto duong = store.find("duong");
  REQUIRE(duong.size() == 4);
  CHECK(duong.front() == 10);
  CHECK(sorted(duong) == std::vector<int>{1, 2, 3, 10});
  auto an = store.find("an");
  REQUIRE(an.size() == 3);
  CHECK(sorted({an[0], an[1]}) == std::vector<int>{5, 10});  // "an" as typed, before "án"
  CHECK(an[2] == 4);
  CHECK(sorted(store.find("the")) == std::vector<int>{6, 7, 10});
  CHECK(sorted(store.find("da")) == std::vector<int>{8, 9, 10});
}

TEST_CASE("phrases and prefixes work with and without marks", "[indexer][vietnamese]") {
  SentenceStore store({"cấp giấy khai sinh cho trẻ em", "khai sinh giấy tờ", "ông Nguyễn Văn An", "bà Nguyệt"});
  CHECK(store.find("\"giấy khai sinh\"") == std::vector<int>{1});
  CHECK(store.find("\"giay khai sinh\"") == std::vector<int>{1});
  CHECK(sorted(store.find("giay khai sinh")) == std::vector<int>{1, 2});
  CHECK(store.find("nguyễn*") == std::vector<int>{3});
  CHECK(sorted(store.find("nguy*")) == std::vector<int>{3, 4});
  CHECK(store.find("nguyen van an") == std::vector<int>{3});
  CHECK(store.find("Nguyễn van an") == std::vector<int>{3});
  CHECK(store.find("Nguyên").empty());  // a different name
}

TEST_CASE("snippets mark the word as printed, even when found without marks", "[indexer][vietnamese]") {
  SentenceStore store({"thành phố Đà Nẵng"});
  SearchQuery query;
  query.text = "da nang";
  const auto result = PageSearch(store.store()).search(query);
  REQUIRE(result.hits.size() == 1);
  CHECK(result.hits[0].snippet.find(std::string(1, kHitStart) + "Đà" + kHitEnd) != std::string::npos);
  CHECK_FALSE(result.hits[0].exact);
}

TEST_CASE("when more pages match than are ranked, the best of the newest are shown, and it says so",
          "[indexer][search]") {
  std::vector<std::string> sentences;
  for (int i = 1; i <= 30; ++i) sentences.push_back("cải cách hành chính lần " + std::to_string(i));
  SentenceStore store(sentences);
  SearchQuery query;
  query.text = "hành chính";
  query.limit = 5;
  query.rankedMatches = 10;
  const auto result = PageSearch(store.store()).search(query);
  CHECK(result.rankedNewestOnly);
  REQUIRE(result.hits.size() == 5);
  for (const auto& hit : result.hits) CHECK(hit.sourcePage > 20);

  query.rankedMatches = 100;
  CHECK_FALSE(PageSearch(store.store()).search(query).rankedNewestOnly);
}

TEST_CASE("a query is refused beyond 24 words or 400 bytes, and stopped beyond its time budget", "[indexer][search]") {
  std::vector<std::string> sentences;
  for (int i = 1; i <= 300; ++i)
    sentences.push_back("người dân nộp hồ sơ và nhận kết quả của thủ tục hành chính lần " + std::to_string(i));
  SentenceStore store(sentences);
  auto refusal = [&](const SearchQuery& query) -> std::optional<SearchRefused::Reason> {
    try {
      PageSearch(store.store()).search(query);
    } catch (const SearchRefused& refused) {
      return refused.reason();
    }
    return std::nullopt;
  };
  std::string words;
  for (std::size_t i = 0; i < kMostQueryWords; ++i) words += (i ? " " : "") + std::string(i % 2 ? "ho" : "so");
  SearchQuery query;
  query.text = words;
  CHECK_FALSE(refusal(query));
  query.text = words + " nguoi";
  CHECK(refusal(query) == SearchRefused::Reason::TooManyWords);
  query.text = std::string(kLongestQuery + 1, 'a');
  CHECK(refusal(query) == SearchRefused::Reason::TooLong);
  // A fair query on a store busier than its budget: stopped, and said so.
  query.text = "nguoi dan nop ho so";
  query.timeBudget = std::chrono::milliseconds(0);
  CHECK(refusal(query) == SearchRefused::Reason::TooSlow);
  query.timeBudget = kSearchBudget;
  CHECK(PageSearch(store.store()).search(query).hits.size() == 20);  // the budget ends with the search
}

TEST_CASE("a name typed in full finds the pages where it stands in a row before those with its words apart",
          "[indexer][vietnamese][names]") {
  // Page 1 holds the words more often, scattered; page 2 holds the name once.
  SentenceStore store({"Bùi Thanh Phúc nộp hồ sơ; hồ sơ của Bùi Thanh Phúc, thanh toán lệ phí Phúc",
                       "người yêu cầu Hồ Thanh Phúc", "Thanh tra xã"});
  CHECK(store.find("Hồ Thanh Phúc") == std::vector<int>{2, 1});
  CHECK(store.find("ho thanh phuc") == std::vector<int>{2, 1});
  CHECK(store.find("Thanh Phúc Hồ") == std::vector<int>{1, 2});  // no page has these in a row: ranked as before
}
