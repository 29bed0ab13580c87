#include <catch2/catch.hpp>

#include "indexer/search/PageSearch.hpp"
#include "indexer/search/QueryWords.hpp"

using namespace sohoa::indexer;

namespace {

// The excerpt with its marks as «…», or "-" when the text does not match.
std::string marked(const std::string& text, const std::string& query, bool asWritten = false) {
  const auto excerpt = excerptMatching(text, query, asWritten);
  if (!excerpt) return "-";
  std::string out;
  for (char c : *excerpt) out += c == kHitStart ? "«" : c == kHitEnd ? "»" : std::string(1, c);
  return out;
}

}  // namespace

TEST_CASE("a text matches a query as search would match it, marked like a snippet", "[indexer][query]") {
  const std::string text = "Ông Trần Văn Đường, thôn Phú Hữu, xã Mỹ Lợi";
  CHECK(marked(text, "duong") == "Ông Trần Văn «Đường», thôn Phú Hữu, xã Mỹ Lợi");  // without marks: any form
  CHECK(marked(text, "đương") == "-");                                              // with marks: that word only
  CHECK(marked(text, "duong", true) == "-");                                        // as written: not "Đường"
  CHECK(marked(text, "phu huu my") == "Ông Trần Văn Đường, thôn «Phú» «Hữu», xã «Mỹ» Lợi");
  CHECK(marked(text, "phu tay") == "-");                                         // every word of an alternative
  CHECK(marked(text, "tay OR loi") == "…Văn Đường, thôn Phú Hữu, xã Mỹ «Lợi»");  // about 8 words before
  CHECK(marked(text, "\"huu xa\"") == "Ông Trần Văn Đường, thôn Phú «Hữu», «xã» Mỹ Lợi");
  CHECK(marked(text, "\"xa huu\"") == "-");  // a phrase's words in a row
  CHECK(marked(text, "tra*") == "Ông «Trần» Văn Đường, thôn Phú Hữu, xã Mỹ Lợi");
  CHECK(marked("Mã hồ sơ: 000.14.22.H08-250605-1271.", "000.14.22.h08-250605-1271") ==
        "Mã hồ sơ: «000.14.22.H08-250605-1271.»");
  CHECK(marked("Số: 15/QĐ-UBND", "ubnd") == "Số: 15/QĐ-«UBND»");
}
