#include <catch2/catch.hpp>

#include <regex>

#include "indexer/assembly/BatchAssembly.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"
#include "tests/support/TestSupport.hpp"
#include "viewer/masking/AuditorSearch.hpp"

using namespace sohoa::viewer;
using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;
using sohoa::test::TempDir;

namespace {

struct Citizen {
  std::string id, address, phone, birth;
};

// A receipt for a citizen, and a commune plan that names the commune in its own words.
class ReceiptStore {
 public:
  explicit ReceiptStore(const Citizen& citizen) : store_(openMigratedStore({dir_.path()})) {
    LaidOutPage plan;
    plan.line("UBND HUYỆN PHÙ MỸ", 280, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 800, 160);
    plan.line("UBND XÃ MỸ LỢI", 290, 210).line("Độc lập - Tự do - Hạnh phúc", 930, 210);
    plan.line("Số: 181/KH-UBND", 300, 270).line("Mỹ Lợi, ngày 09 tháng 6 năm 2024", 880, 270);
    plan.centred("KẾ HOẠCH", 380).centred("Số hóa hồ sơ thủ tục hành chính năm 2024", 440);
    plan.line("Các thôn của xã Mỹ Lợi số hóa hồ sơ đăng ký khai tử.", 300, 600);
    LaidOutPage receipt;
    receipt.line("UBND XÃ MỸ LỢI", 290, 210).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 800, 160);
    receipt.line("Mã hồ sơ: 000.14.22.H08-250605-1271", 280, 260);
    receipt.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", 400);
    receipt.line("Ông/Bà: Hồ Thanh Phúc", 300, 500);
    receipt.line("Số định danh cá nhân: " + citizen.id, 300, 560);
    receipt.line("Ngày sinh: " + citizen.birth, 300, 620);
    receipt.line("Địa chỉ: " + citizen.address, 300, 680);
    receipt.line("Số điện thoại: " + citizen.phone, 300, 740);
    receipt.line("Tên thủ tục hành chính: Đăng ký khai tử", 300, 800);
    IngestJournal journal(store_);
    int n = 0;
    for (const auto* page : {&plan, &receipt}) {
      const auto source = journal.beginSource(
          {0, "feed" + std::to_string(++n), "scans/" + std::to_string(n) + ".pdf", "o", "pdf", 1, 1, false});
      journal.storePage(source.id, 1, page->page, "");
      BatchAssembly(store_).assemble({source.id}, "scans/" + std::to_string(n) + ".pdf", {});
    }
  }
  RecordStore& store() { return store_; }

 private:
  TempDir dir_;
  RecordStore store_;
};

SearchQuery query(const std::string& text) {
  SearchQuery query;
  query.text = text;
  return query;
}

// What an answer shows: pages, snippets, exactness, in order. The digits a masked number
// shows (its first 3 and last 2) differ from citizen to citizen by design, and are set aside.
std::vector<std::string> shown(const SearchResult& result) {
  static const std::regex maskedNumber("[0-9]{3}[*]+[0-9]{2}");
  std::vector<std::string> out;
  for (const auto& hit : result.hits)
    out.push_back(std::to_string(hit.pageId) + (hit.exact ? " " : " ~ ") +
                  std::regex_replace(hit.snippet, maskedNumber, "NNN*NN"));
  return out;
}

}  // namespace

TEST_CASE("an auditor may not search by digits, but may by a whole public key", "[viewer][auditor]") {
  for (const char* text : {"0930*", "093080274288", "093 080 274 288", "\"093 080\"", "O93O8O27428B", "0902436107",
                           "11/05/1949", "000.14.22.H08-250605-*", "1949", "thôn 3"})
    CHECK(auditorRefusal(text));
  for (const char* text : {"000.14.22.H08-250605-1271", "1.000656", "181/KH-UBND", "181 KH UBND", "Mỹ Lợi", "phu*"})
    CHECK_FALSE(auditorRefusal(text));
  SearchQuery byNumber;
  byNumber.citizenId = "093080274288";
  CHECK(auditorRefusal(byNumber));
}

TEST_CASE("an auditor's answers are the same whatever the masked values hold", "[viewer][auditor]") {
  ReceiptStore first({"093080274288", "Thôn Phú Hữu, xã Mỹ Lợi", "0902436107", "11/05/1949"});
  ReceiptStore second({"030086669048", "Thôn Tân Lập, xã Mỹ Lợi", "0987654321", "02/12/1960"});
  // Without the auditor's rules, a word of the address tells the two apart.
  CHECK(shown(PageSearch(first.store()).search(query("phu huu"))) !=
        shown(PageSearch(second.store()).search(query("phu huu"))));
  for (const char* text : {"phu huu",
                           "Phú Hữu",
                           "phu*",
                           "Tân Lập",
                           "tan*",
                           "\"thon phu huu\"",
                           "thon",
                           "Thôn",
                           "Mỹ Lợi",
                           "my loi",
                           "xa",
                           "Phúc",
                           "ho thanh phuc",
                           "Phú OR Tân",
                           "khai tu",
                           "so*",
                           "dinh danh",
                           "dien thoai",
                           "000.14.22.H08-250605-1271",
                           "181/KH-UBND"}) {
    INFO(text);
    const auto a = auditorSearch(first.store(), query(text));
    const auto b = auditorSearch(second.store(), query(text));
    CHECK(shown(a) == shown(b));
    for (const auto& hit : a.hits) {
      CHECK(hit.snippet.find("Phú Hữu") == std::string::npos);
      CHECK(hit.snippet.find("093080274288") == std::string::npos);
      CHECK(hit.snippet.find("0902436107") == std::string::npos);
      CHECK(hit.snippet.find("1949") == std::string::npos);
    }
  }
  // What the auditor sees is still found: the commune's name, outside the masked address.
  const auto found = shown(auditorSearch(first.store(), query("my loi")));
  REQUIRE(found.size() == 2);
  CHECK(found[0] > found[1]);  // newest first
  CHECK(auditorSearch(first.store(), query("Phú Hữu")).hits.empty());
}
