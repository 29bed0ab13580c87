#include <catch2/catch.hpp>

#include "viewer/json/RecordJson.hpp"
#include "viewer/routes/PathParameters.hpp"

using namespace sohoa::viewer;

TEST_CASE("paths that try to leave their place are refused, in any encoding the server leaves", "[viewer][paths]") {
  for (const char* path : {"/api/documents/../../etc/passwd", "/api/dossiers/%2e%2e%2f", "/api/pages/..\\x/image",
                           "/api/documents/a%00b", "/x//y", "/api/documents/\x01"})
    CHECK(isTraversalAttempt(path));
  CHECK_FALSE(isTraversalAttempt("/api/dossiers/000.14.22.H08-250605-1271"));
  CHECK_FALSE(isTraversalAttempt("/api/search"));

  CHECK(isDossierCode("000.14.22.H08-250605-1271"));
  CHECK_FALSE(isDossierCode("000..14"));
  CHECK_FALSE(isDossierCode(".hidden"));
  CHECK_FALSE(isDossierCode("a/b"));
  CHECK_FALSE(isDossierCode(""));
  CHECK(isDocumentId("a122cbd81ae5-p3"));
  CHECK_FALSE(isDocumentId("a122cbd81ae5.p3"));
  CHECK(isRowId("42"));
  CHECK_FALSE(isRowId("4 2"));
  CHECK_FALSE(isRowId("1234567890123456789"));
}

TEST_CASE("snippets become HTML with only their hits marked up", "[viewer][snippet]") {
  CHECK(snippetHtml("Ông <b>\x02Hồ\x03 & \x02Phúc\x03") == "Ông &lt;b&gt;<mark>Hồ</mark> &amp; <mark>Phúc</mark>");
}
