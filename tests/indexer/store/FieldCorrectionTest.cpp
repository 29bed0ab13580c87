#include <catch2/catch.hpp>

#include "indexer/assembly/BatchAssembly.hpp"
#include "indexer/extract/FieldNames.hpp"
#include "indexer/search/PageHits.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/store/FieldCorrection.hpp"
#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/IngestStatus.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;
using sohoa::test::TempDir;

namespace {

// A stored, assembled commune decision signed by Huỳnh Tấn Hậu, naming a citizen's CCCD.
class DecisionStore {
 public:
  DecisionStore() : store_(openMigratedStore({dir_.path()})) {
    LaidOutPage page;
    page.line("UBND HUYỆN TÂY SƠN", 280, 160).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 800, 160);
    page.line("UBND XÃ TÂY THUẬN", 290, 210).line("Độc lập - Tự do - Hạnh phúc", 930, 210);
    page.line("Số: 15/QĐ-UBND", 300, 270).line("Tây Thuận, ngày 05 tháng 02 năm 2025", 880, 270);
    page.centred("QUYẾT ĐỊNH", 380).centred("Về việc công nhận tổ trưởng tổ hòa giải", 440);
    page.line("Ông Trần Văn Đường, số định danh cá nhân 052095001234, làm tổ trưởng.", 300, 600);
    page.line("Nơi nhận:", 280, 2500).line("TM. ỦY BAN NHÂN DÂN", 1450, 2500);
    page.line("- Lưu: VT.", 280, 2550).line("CHỦ TỊCH", 1600, 2555);
    page.line("Huỳnh Tấn Hậu", 1540, 2850);
    IngestJournal journal(store_);
    const auto source = journal.beginSource({0, "decafbad", "scans/qd-15.pdf", "o", "pdf", 1, 1, false});
    journal.storePage(source.id, 1, page.page, "");
    documentId_ = BatchAssembly(store_).assemble({source.id}, "scans/qd-15.pdf", {}).documentIds.at(0);
  }

  RecordStore& store() { return store_; }
  DocumentRecord document() { return *DocumentCatalog(store_).find(documentId_); }
  const FieldRecord& field(const DocumentRecord& document, const std::string& name) {
    for (const auto& field : document.fields)
      if (field.name == name) return field;
    FAIL("no field " << name);
    throw std::logic_error("unreachable");
  }
  std::vector<std::string> documentsFound(const std::string& text) {
    SearchQuery query;
    query.text = text;
    std::vector<std::string> found;
    for (const auto& hit : PageSearch(store_).search(query).hits) found.push_back(hit.documentId.value_or("?"));
    return found;
  }
  const std::string& documentId() const { return documentId_; }

 private:
  TempDir dir_;
  RecordStore store_;
  std::string documentId_;
};

}  // namespace

TEST_CASE("a corrected field keeps what extraction read and who corrected it, and is found by search",
          "[indexer][correction]") {
  DecisionStore decision;
  const auto before = decision.document();
  const auto signer = decision.field(before, fieldname::kSignerName);
  REQUIRE(signer.value == "Huỳnh Tấn Hậu");
  CHECK(decision.documentsFound("tan hiep").empty());

  const auto done = correctField(decision.store(), signer.id, "  Huỳnh Tấn Hiệp ", "canbo");
  CHECK(done.oldValue == "Huỳnh Tấn Hậu");
  CHECK(done.newValue == "Huỳnh Tấn Hiệp");
  CHECK(done.documentId == decision.documentId());

  const auto after = decision.field(decision.document(), fieldname::kSignerName);
  CHECK(after.value == "Huỳnh Tấn Hiệp");
  CHECK(after.extractedValue == "Huỳnh Tấn Hậu");
  CHECK(after.correctedBy == "canbo");
  CHECK(after.correctedAt.has_value());
  // Found at once, typed with or without marks; the page's own words are still found too.
  CHECK(decision.documentsFound("tan hiep") == std::vector<std::string>{decision.documentId()});
  CHECK(decision.documentsFound("Tấn Hiệp") == std::vector<std::string>{decision.documentId()});
  CHECK(decision.documentsFound("Huỳnh Tấn Hậu") == std::vector<std::string>{decision.documentId()});

  // A second correction: the value extraction read stays, each change is in the history.
  correctField(decision.store(), signer.id, "Huỳnh Tấn Hiếu", "admin");
  CHECK(decision.field(decision.document(), fieldname::kSignerName).extractedValue == "Huỳnh Tấn Hậu");
  auto history = decision.store().db().prepare(
      "SELECT old_value, new_value, corrected_by FROM field_corrections WHERE field_id = ? ORDER BY id");
  history.bindAll(signer.id);
  std::vector<std::string> changes;
  while (history.step()) changes.push_back(history.text(0) + " > " + history.text(1) + " by " + history.text(2));
  CHECK(changes == std::vector<std::string>{"Huỳnh Tấn Hậu > Huỳnh Tấn Hiệp by canbo",
                                            "Huỳnh Tấn Hiệp > Huỳnh Tấn Hiếu by admin"});
  CHECK(decision.documentsFound("tan hieu") == std::vector<std::string>{decision.documentId()});
  CHECK(decision.documentsFound("tan hiep").empty());
}

TEST_CASE("a correction extraction would refuse is refused, and an unknown field is named", "[indexer][correction]") {
  DecisionStore decision;
  const auto document = decision.document();
  const auto date = decision.field(document, fieldname::kIssuedDate);
  CHECK_THROWS_WITH(correctField(decision.store(), date.id, "31/02/2025", "canbo"),
                    "Ngày viết dạng dd/mm/yyyy hoặc yyyy-mm-dd");
  CHECK_THROWS_AS(correctField(decision.store(), date.id, "2025-02-30", "canbo"), InvalidCorrection);
  // A clerk writes the day as the paper does; the store keeps it ISO.
  CHECK(correctField(decision.store(), date.id, "05/02/2025", "canbo").newValue == "2025-02-05");
  CHECK_THROWS_AS(correctField(decision.store(), date.id, "   ", "canbo"), InvalidCorrection);
  CHECK(correctField(decision.store(), date.id, "2025-02-06", "canbo").newValue == "2025-02-06");
  CHECK_THROWS_AS(correctField(decision.store(), 987654, "x", "canbo"), NotFound);
  CHECK(decision.field(decision.document(), fieldname::kIssuedDate).value == "2025-02-06");
}

TEST_CASE("every field's correction is checked as extraction would read it", "[indexer][correction]") {
  DecisionStore decision;
  const auto document = decision.document();
  // The decision has no dossier or procedure code: give it the fields a receipt would have.
  auto& db = decision.store().db();
  for (const char* name : {fieldname::kDossierCode, fieldname::kProcedureCode})
    db.prepare("INSERT INTO fields (document_id, name, value) SELECT id, ?, 'x' FROM documents WHERE public_id = ?")
        .bindAll(name, decision.documentId())
        .run();
  const auto after = decision.document();
  auto refused = [&](const char* name, const std::string& value) {
    try {
      correctField(decision.store(), decision.field(after, name).id, value, "canbo");
    } catch (const InvalidCorrection&) {
      return true;
    }
    return false;
  };
  auto accepted = [&](const char* name, const std::string& value) { return !refused(name, value); };
  for (const char* value : {"../../etc/passwd", "000.14.22.H08-251399-1271", "000.14.22.H08-250605-12", "HS-1"})
    CHECK(refused(fieldname::kDossierCode, value));
  CHECK(accepted(fieldname::kDossierCode, "000.14.22.H08-250605-1271"));
  for (const char* value : {"1.00065", "1000656", "9.000656", "1.000656.000.00.00.H55", "<b>"})
    CHECK(refused(fieldname::kProcedureCode, value));
  CHECK(accepted(fieldname::kProcedureCode, "1.000656"));
  for (const char* value : {"15a", "123456", "=1+1"}) CHECK(refused(fieldname::kCodeNumber, value));
  CHECK(accepted(fieldname::kCodeNumber, "15"));
  for (const char* value : {"QĐ UBND", "QĐ/UBND", "15/QĐ-UBND", "QĐ-", "<script>"})
    CHECK(refused(fieldname::kCodeNotation, value));
  CHECK(accepted(fieldname::kCodeNotation, "2025/QĐ-TTg"));
  CHECK(accepted(fieldname::kCodeNotation, "QĐ-UBND"));
  for (const char* value : {"UBND", "ubnd xã tây thuận", "UBND 123 456 789"})
    CHECK(refused(fieldname::kOrganName, value));
  CHECK(accepted(fieldname::kOrganName, "UBND XÃ TÂY SƠN"));
  for (const char* value : {"phó chủ tịch", "=HYPERLINK(1)"}) CHECK(refused(fieldname::kSignerPosition, value));
  CHECK(accepted(fieldname::kSignerPosition, "PHÓ CHỦ TỊCH"));
  for (const char* value : {"huỳnh tấn hậu", "Hậu", "Huỳnh 123"}) CHECK(refused(fieldname::kSignerName, value));
  CHECK(accepted(fieldname::kSignerName, "Huỳnh Tấn Hậu"));
  CHECK(refused(fieldname::kCitizenIds, "999095001234"));  // no such province
}

TEST_CASE("hit boxes are the page's words a query matches, with or without marks", "[indexer][hits]") {
  DecisionStore decision;
  const auto document = decision.document();
  const auto pageId = document.pages.at(0).id;
  auto wordsAt = [&](const std::string& query) {
    const auto hits = storedPageHits(decision.store(), pageId, query);
    const auto page = storedPageWords(decision.store(), pageId);
    std::vector<std::string> words;
    for (const auto& box : hits.boxes)
      for (const auto& block : page.blocks)
        for (const auto& line : block.lines)
          for (const auto& word : line.words)
            if (word.box == box) words.push_back(word.text);
    return words;
  };
  CHECK(wordsAt("duong") == std::vector<std::string>{"Đường,"});  // typed without marks: any marked form
  CHECK(wordsAt("đương").empty());                                // with marks: that word only
  CHECK(wordsAt("Huỳnh hau") == std::vector<std::string>{"Huỳnh", "Hậu"});
  CHECK(wordsAt("052095001234") == std::vector<std::string>{"052095001234,"});
  CHECK(storedPageHits(decision.store(), pageId, "").boxes.empty());
  CHECK_THROWS_AS(storedPageHits(decision.store(), 424242, "x"), NotFound);
}

TEST_CASE("ingest status lists each input with its pages, speed and failures by page", "[indexer][status]") {
  DecisionStore decision;
  IngestJournal journal(decision.store());
  const auto broken = journal.beginSource({0, "0badf00d", "scans/hong.pdf", "o", "pdf", 2, 3, false});
  journal.recordPageError(broken.id, 2, "page 2 could not be rasterised");
  const auto status = readIngestStatus(decision.store());
  REQUIRE(status.inputs.size() == 2);
  CHECK(status.running == 1);
  CHECK(status.pagesStored == 1);
  CHECK(status.pagesFailed == 1);
  const auto& newest = status.inputs.front();
  CHECK(newest.path == "scans/hong.pdf");
  CHECK_FALSE(newest.done);
  CHECK(newest.pageCount == 3);
  CHECK(newest.pagesStored == 0);
  REQUIRE(newest.failures.size() == 1);
  CHECK(newest.failures[0].page == 2);
  CHECK(newest.failures[0].message == "page 2 could not be rasterised");
  const auto& done = status.inputs.back();
  CHECK(done.done);
  CHECK(done.pagesStored == 1);
  CHECK(done.finishedAt.has_value());
}
