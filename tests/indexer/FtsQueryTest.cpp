#include <catch2/catch.hpp>

#include "indexer/FtsQuery.hpp"

using sohoa::indexer::toFtsMatchExpression;

TEST_CASE("each word of a query is quoted so punctuation is text, not syntax", "[indexer][query]") {
  CHECK(toFtsMatchExpression("cải cách hành chính") == "\"cải\" \"cách\" \"hành\" \"chính\"");
  CHECK(toFtsMatchExpression("15/QĐ-UBND") == "\"15/QĐ-UBND\"");
  CHECK(toFtsMatchExpression("NOT AND -x") == "\"NOT\" \"AND\" \"-x\"");
}

TEST_CASE("quoted phrases, prefixes and OR are kept", "[indexer][query]") {
  CHECK(toFtsMatchExpression("\"giấy khai sinh\" nguy*") == "\"giấy khai sinh\" \"nguy\"*");
  CHECK(toFtsMatchExpression("an OR án") == "\"an\" OR \"án\"");
  CHECK(toFtsMatchExpression("OR an OR") == "\"an\"");
  CHECK(toFtsMatchExpression("say \"he\"\"llo") == "\"say\" \"he\" \"llo\"");
}

TEST_CASE("a query without any word gives an empty expression", "[indexer][query]") {
  CHECK(toFtsMatchExpression("") == "");
  CHECK(toFtsMatchExpression("  - * \"\" ") == "");
}

TEST_CASE("queries are normalised to NFC like the stored text", "[indexer][query]") {
  CHECK(toFtsMatchExpression("ti\x65\xcc\x82\xcc\x81ng") == "\"tiếng\"");
}
