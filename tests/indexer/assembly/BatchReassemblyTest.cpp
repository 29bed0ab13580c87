#include <catch2/catch.hpp>
#include <map>

#include "indexer/assembly/BatchAssembly.hpp"
#include "indexer/assembly/BatchReassembly.hpp"
#include "indexer/store/DocumentCatalog.hpp"
#include "indexer/store/FieldCorrection.hpp"
#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/indexer/extract/LaidOutPage.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using sohoa::test::LaidOutPage;
using sohoa::test::TempDir;

namespace {

// A batch of three pages: a two-page commune decision, then an announcement.
class StoredBatch {
 public:
  StoredBatch() : store_(openMigratedStore({dir_.path()})) {
    LaidOutPage first, second, third;
    first.line("UBND XÃ TÂY THUẬN", 290, 210).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 800, 160);
    first.line("Số: 15/QĐ-UBND", 300, 270).line("Tây Thuận, ngày 05 tháng 02 năm 2025", 880, 270);
    first.centred("QUYẾT ĐỊNH", 380).centred("Về việc công nhận tổ trưởng tổ hòa giải", 440);
    second.line("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", 300, 300);
    second.line("TM. ỦY BAN NHÂN DÂN", 1450, 2500).line("CHỦ TỊCH", 1600, 2555).line("Huỳnh Tấn Hậu", 1540, 2850);
    third.line("UBND XÃ TÂY THUẬN", 290, 210).line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 800, 160);
    third.centred("THÔNG BÁO", 380);
    IngestJournal journal(store_);
    const auto source = journal.beginSource({0, "feedc0de0001", "scans/lo.pdf", "o", "pdf", 1, 3, false});
    journal.storePage(source.id, 1, first.page, "");
    journal.storePage(source.id, 2, second.page, "");
    journal.storePage(source.id, 3, third.page, "");
    BatchAssembly(store_).assemble({source.id}, "scans/lo.pdf", {});
  }
  RecordStore& store() { return store_; }
  std::int64_t scalar(const std::string& sql) {
    auto query = store_.db().prepare(sql);
    query.step();
    return query.integer(0);
  }
  std::string text(const std::string& sql) {
    auto query = store_.db().prepare(sql);
    return query.step() ? query.text(0) : "<none>";
  }

 private:
  TempDir dir_;
  RecordStore store_;
};

}  // namespace

TEST_CASE("reassembly cuts a batch again from its stored words, keeping corrections and reuse",
          "[indexer][reassembly]") {
  StoredBatch batch;
  auto& db = batch.store().sqlite();
  REQUIRE(batch.scalar("SELECT count(*) FROM documents") == 2);
  const auto decision = batch.scalar("SELECT id FROM documents WHERE public_id = 'feedc0de0001-p1'");
  // What older rules might have left: the announcement folded into the decision, the
  // decision's second page a document of its own (reused for a dossier), a body misread.
  db.execute("UPDATE pages SET document_id = " + std::to_string(decision) + " WHERE source_page = 3");
  db.execute("DELETE FROM fields WHERE document_id IN (SELECT id FROM documents WHERE public_id = 'feedc0de0001-p3')");
  db.execute("DELETE FROM documents WHERE public_id = 'feedc0de0001-p3'");
  db.execute("INSERT INTO documents (public_id, source_id, kind) VALUES ('feedc0de0001-p2', 1, 'other')");
  const auto stray = db.lastInsertId();
  db.execute("UPDATE pages SET document_id = " + std::to_string(stray) + " WHERE source_page = 2");
  db.execute("INSERT INTO reuse_events (dossier_code, document_id, recorded_by) VALUES ('HS-1', " +
             std::to_string(decision) + ", 'canbo'), ('HS-2', " + std::to_string(stray) + ", 'canbo')");
  db.execute("UPDATE fields SET value = 'TÂY THUẬN' WHERE name = 'organ_name' AND document_id = " +
             std::to_string(decision));
  const auto number =
      batch.scalar("SELECT id FROM fields WHERE name = 'code_number' AND document_id = " + std::to_string(decision));
  correctField(batch.store(), number, "16", "canbo");  // a clerk's correction

  const auto report = reassembleBatches(batch.store());
  CHECK(report.batches == 1);
  CHECK(report.documents == 2);
  CHECK(report.documentsAdded == 1);    // the announcement, again its own document
  CHECK(report.documentsRemoved == 1);  // the second page, again part of the decision
  CHECK(report.correctionsKept == 1);
  REQUIRE(report.dropped.size() == 1);
  CHECK(report.dropped[0] == "document feedc0de0001-p2 no longer exists: its reuse for dossier HS-2 is dropped");

  const auto document = DocumentCatalog(batch.store()).find("feedc0de0001-p1");
  REQUIRE(document);
  CHECK(document->pages.size() == 2);
  std::map<std::string, std::string> fields;
  for (const auto& field : document->fields) fields[field.name] = field.value;
  CHECK(fields["organ_name"] == "UBND XÃ TÂY THUẬN");  // read again
  CHECK(fields["code_number"] == "16");                // the clerk's value stays
  CHECK(fields["signer_name"] == "Huỳnh Tấn Hậu");     // read on the second page, now the decision's
  CHECK(batch.scalar("SELECT count(*) FROM field_corrections") == 1);
  CHECK(batch.text("SELECT dossier_code FROM reuse_events") == "HS-1");
  CHECK(batch.text("SELECT type_label FROM documents WHERE public_id = 'feedc0de0001-p3'") == "THÔNG BÁO");

  // Nothing changed since: a second run changes nothing.
  const auto again = reassembleBatches(batch.store());
  CHECK(again.documents == 2);
  CHECK(again.changedDocumentIds.empty());
  CHECK(again.correctionsKept == 1);
}

TEST_CASE("a store from before batches were recorded is reassembled by its documents' batch paths",
          "[indexer][reassembly]") {
  TempDir dir;
  {
    StoredBatch batch;  // assembled, then taken back to schema 7
    batch.store().db().execute("VACUUM INTO '" + (dir / "records.db").string() + "'");
  }
  {
    SqliteDatabase db(dir / "records.db");
    db.execute(
        "DROP INDEX sources_by_batch; ALTER TABLE sources DROP COLUMN batch_order; ALTER TABLE sources DROP COLUMN "
        "batch_id; DROP TABLE batches; ALTER TABLE documents DROP COLUMN archive_missing_reason; PRAGMA user_version = "
        "7");
  }
  RecordStore store = openMigratedStore({dir.path()});
  auto batches = store.db().prepare("SELECT path FROM batches");
  REQUIRE(batches.step());
  CHECK(batches.text(0) == "scans/lo.pdf");
  const auto report = reassembleBatches(store);
  CHECK(report.batches == 1);
  CHECK(report.documents == 2);
  CHECK(report.changedDocumentIds.empty());
}
