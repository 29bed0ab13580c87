#include <catch2/catch.hpp>

#include "indexer/search/FtsQuery.hpp"

using sohoa::indexer::toFtsMatchExpressions;

namespace {
std::string written(const char* query) { return toFtsMatchExpressions(query).asWritten; }
std::string anyForm(const char* query) { return toFtsMatchExpressions(query).anyForm; }
}  // namespace

TEST_CASE("each word of a query is quoted so punctuation is text, not syntax", "[indexer][query]") {
  CHECK(written("cải cách hành chính") == "\"cải\" \"cách\" \"hành\" \"chính\"");
  CHECK(written("15/QĐ-UBND") == "\"15/QĐ-UBND\"");
  CHECK(written("NOT AND -x") == "\"NOT\" \"AND\" \"-x\"");
}

TEST_CASE("quoted phrases, prefixes and OR are kept", "[indexer][query]") {
  CHECK(written("\"giấy khai sinh\" nguy*") == "\"giấy khai sinh\" \"nguy\"*");
  CHECK(written("an OR án") == "\"an\" OR \"án\"");
  CHECK(written("OR an OR") == "\"an\"");
  CHECK(written("say \"he\"\"llo") == "\"say\" \"he\" \"llo\"");
}

TEST_CASE("words typed without marks get an any-form expression, fully marked queries none", "[indexer][query]") {
  CHECK(anyForm("nguyen van an") ==
        "\"\x01nguyen\" \"\x01van\" \"\x01"
        "an\"");
  CHECK(anyForm("\"giay khai sinh\" nguy*") == "\"\x01giay khai sinh\" \"\x01nguy\"*");
  CHECK(anyForm("đường Đà Nẵng") == "");
  CHECK(anyForm("052095001234") == "");  // digits have no marks to drop
  CHECK_FALSE(anyForm("đường da").empty());
}

TEST_CASE("a query without any word gives empty expressions", "[indexer][query]") {
  CHECK(written("") == "");
  CHECK(written("  - * \"\" ") == "");
  CHECK(anyForm("  - * ") == "");
  CHECK(written("\x01\x02") == "");  // control characters are not the user's to send
}

TEST_CASE("queries are normalised to NFC like the stored text", "[indexer][query]") {
  CHECK(written("ti\x65\xcc\x82\xcc\x81ng") == "\"tiếng\"");
}
