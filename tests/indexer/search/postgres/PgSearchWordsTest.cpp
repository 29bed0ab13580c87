#include <catch2/catch.hpp>

#include "indexer/search/postgres/PgSearchWords.hpp"

using namespace sohoa::indexer;

TEST_CASE("PostgreSQL search words: each word as written and, with marks, folded at its position",
          "[postgres][search]") {
  CHECK(pgSearchWords("Đường duong, 15/QĐ-UBND") == "'đường':1 '~duong':1 'duong':2 '15':3 'qđ':4 '~qd':4 'ubnd':5 ");
  CHECK(pgSearchWords("it's") == "'it':1 's':2 ");
  CHECK(pgSearchWords("").empty());
}

TEST_CASE("PostgreSQL search queries: marks typed match exactly, words without marks any form", "[postgres][search]") {
  const auto marked = toPgTextQueries("đường");
  CHECK(marked.asWritten == "(('đường'))");
  CHECK(marked.anyForm.empty());  // the same pages
  const auto bare = toPgTextQueries("Duong");
  CHECK(bare.asWritten == "(('duong'))");
  CHECK(bare.anyForm == "((('duong' | '~duong')))");
  const auto two = toPgTextQueries("hồ phuc");
  CHECK(two.asWritten == "(('hồ') & ('phuc'))");
  CHECK(two.phraseAsWritten == "'hồ' <-> 'phuc'");
  CHECK(two.phraseAnyForm == "'hồ' <-> ('phuc' | '~phuc')");
  const auto either = toPgTextQueries("\"văn thư\" OR cccd*");
  CHECK(either.asWritten == "(('văn' <-> 'thư')) | (('cccd':*))");
  CHECK(either.anyForm == "(('văn' <-> 'thư')) | ((('cccd':* | '~cccd':*)))");
  CHECK(either.phraseAsWritten.empty());
  CHECK(toPgTextQueries("'; --").asWritten.empty());
  CHECK(toPgTextQueries("l'eau").asWritten == "(('l' <-> 'eau'))");
}
