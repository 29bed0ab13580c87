#include "indexer/store/postgres/PgPageQueue.hpp"

#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/search/postgres/PgSearchWords.hpp"
#include "indexer/store/PageWords.hpp"
#include "indexer/store/postgres/PgValues.hpp"

namespace sohoa::indexer {
namespace {

std::string seconds(std::chrono::seconds leaseFor) { return std::to_string(leaseFor.count()); }

// Locks the page's queue row if `worker` still holds it.
bool holdsLease(PgConnection& connection, const LeasedPage& page, const std::string& worker) {
  return connection
             .run("SELECT 1 FROM page_queue WHERE id = $1 AND state = 'leased' AND lease_owner = $2 FOR UPDATE",
                  {pgNumber(page.queueId), PgValue::text(worker)})
             .rows() == 1;
}

// A source whose pages are all done or parked is done.
void finishSourceIfComplete(PgConnection& connection, std::int64_t sourceId) {
  connection.run(std::string("UPDATE sources SET status = 'done', finished_at = ") + kPgNowText +
                     " WHERE id = $1 AND status <> 'done' AND NOT EXISTS (SELECT 1 FROM page_queue WHERE "
                     "source_id = $1 AND state IN ('queued', 'leased'))",
                 {pgNumber(sourceId)});
}

}  // namespace

void PgPageQueue::claimFilesRoot(const std::string& root) {
  connection_.run("INSERT INTO settings (key, value) VALUES ('files_root', $1) ON CONFLICT (key) DO NOTHING",
                  {PgValue::text(root)});
  const auto kept = filesRoot();
  if (kept && *kept != root)
    throw StoreError(ErrorKind::InvalidInput, "--files " + root + ": this PostgreSQL store keeps its files in " +
                                                  *kept + " (give that folder, as this machine mounts it)");
}

std::optional<std::string> PgPageQueue::filesRoot() {
  const PgResult value = connection_.run("SELECT value FROM settings WHERE key = 'files_root'");
  if (value.rows() == 0) return std::nullopt;
  return value.text(0, 0);
}

std::optional<QueuedSource> PgPageQueue::findSource(const std::string& sha256) {
  const PgResult row = connection_.run(
      "SELECT id, sha256, given_path, original_file, file_type, byte_size, page_count, status, "
      "(SELECT count(*) FROM page_queue q WHERE q.source_id = s.id AND q.state = 'parked') FROM sources s "
      "WHERE sha256 = $1",
      {PgValue::text(sha256)});
  if (row.rows() == 0) return std::nullopt;
  QueuedSource found;
  found.record = {row.integer(0, 0),
                  row.text(0, 1),
                  row.text(0, 2),
                  row.text(0, 3),
                  row.text(0, 4),
                  row.integer(0, 5),
                  static_cast<int>(row.integer(0, 6)),
                  row.text(0, 7) == "done"};
  found.parkedPages = static_cast<std::size_t>(row.integer(0, 8));
  return found;
}

std::int64_t PgPageQueue::enqueueBatch(const std::vector<SourceRecord>& sources, const std::string& batchPath) {
  // One transaction: a worker never sees part of a batch, whose pages would all be done
  // before the rest is queued and the batch assembled without them.
  PgTransaction transaction(connection_);
  const std::int64_t batchId =
      connection_
          .run(std::string("INSERT INTO batches (path, created_at) VALUES ($1, ") + kPgNowText + ") RETURNING id",
               {PgValue::text(batchPath)})
          .integer(0, 0);
  for (std::size_t order = 0; order < sources.size(); ++order) {
    const SourceRecord& source = sources[order];
    const std::int64_t sourceId =
        connection_
            .run(std::string(
                     "INSERT INTO sources (sha256, given_path, original_file, file_type, byte_size, page_count, "
                     "status, started_at, batch_id, batch_order) VALUES ($1, $2, $3, $4, $5, $6, 'ingesting', ") +
                     kPgNowText + ", $7, $8) RETURNING id",
                 {PgValue::text(source.sha256), PgValue::text(source.givenPath), PgValue::text(source.originalFile),
                  PgValue::text(source.fileType), pgNumber(source.byteSize), pgNumber(std::int64_t{source.pageCount}),
                  pgNumber(batchId), pgNumber(static_cast<std::int64_t>(order))})
            .integer(0, 0);
    connection_.run(
        "INSERT INTO page_queue (source_id, source_page) SELECT $1, page FROM generate_series(1, $2::integer) page",
        {pgNumber(sourceId), pgNumber(std::int64_t{source.pageCount})});
    finishSourceIfComplete(connection_, sourceId);  // an input with no pages
  }
  transaction.commit();
  return batchId;
}

std::optional<LeasedPage> PgPageQueue::lease(const std::string& worker, std::chrono::seconds leaseFor) {
  parkPagesThatOutlivedTheirWorkers();
  // SKIP LOCKED: workers asking at once each get a different row, none waits for another.
  // A lease that ran out (its worker died or hung) counts as an attempt.
  const PgResult row = connection_.run(
      "UPDATE page_queue q SET state = 'leased', lease_owner = $1, lease_until = now() + make_interval(secs => "
      "$2::double precision), "
      "started_at = now(), attempts = q.attempts + CASE WHEN q.state = 'leased' THEN 1 ELSE 0 END, "
      "last_error = CASE WHEN q.state = 'leased' THEN 'lease of ' || q.lease_owner || ' ran out' ELSE q.last_error "
      "END FROM sources s WHERE s.id = q.source_id AND q.id = (SELECT id FROM page_queue WHERE state = 'queued' OR "
      "(state = 'leased' AND lease_until < now()) ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1) "
      "RETURNING q.id, q.source_id, q.source_page, q.attempts, s.sha256, s.given_path, s.original_file, s.file_type",
      {PgValue::text(worker), PgValue::text(seconds(leaseFor))});
  if (row.rows() == 0) return std::nullopt;
  return LeasedPage{row.integer(0, 0),
                    row.integer(0, 1),
                    static_cast<int>(row.integer(0, 2)),
                    static_cast<int>(row.integer(0, 3)),
                    row.text(0, 4),
                    row.text(0, 5),
                    row.text(0, 6),
                    row.text(0, 7)};
}

void PgPageQueue::parkPagesThatOutlivedTheirWorkers() {
  // A page whose worker dies with it every time (a decoder crash, memory) never fails cleanly:
  // its lease running out for the kMaxAttempts-th time parks it, as a failure would.
  PgTransaction transaction(connection_);
  const PgResult parked = connection_.run(
      "UPDATE page_queue SET state = 'parked', attempts = attempts + 1, last_error = 'the lease of ' || lease_owner "
      "|| ' ran out ' || (attempts + 1) || ' times: the page may stop the worker reading it', lease_owner = NULL, "
      "lease_until = NULL, finished_at = now() WHERE state = 'leased' AND lease_until < now() AND attempts + 1 >= $1 "
      "RETURNING source_id, source_page, last_error",
      {pgNumber(std::int64_t{kMaxAttempts})});
  for (int row = 0; row < parked.rows(); ++row) {
    connection_.run(
        "INSERT INTO page_errors (source_id, source_page, message) VALUES ($1, $2, $3) "
        "ON CONFLICT (source_id, source_page) DO UPDATE SET message = excluded.message",
        {PgValue::text(parked.text(row, 0)), PgValue::text(parked.text(row, 1)), PgValue::text(parked.text(row, 2))});
    finishSourceIfComplete(connection_, parked.integer(row, 0));
  }
  transaction.commit();
}

bool PgPageQueue::renew(const LeasedPage& page, const std::string& worker, std::chrono::seconds leaseFor) {
  return connection_
             .run(
                 "UPDATE page_queue SET lease_until = now() + make_interval(secs => $3::double precision) WHERE id = "
                 "$1 AND state = "
                 "'leased' AND lease_owner = $2 RETURNING id",
                 {pgNumber(page.queueId), PgValue::text(worker), PgValue::text(seconds(leaseFor))})
             .rows() == 1;
}

bool PgPageQueue::complete(const LeasedPage& page, const std::string& worker, const ocr::Page& read,
                           const std::string& hocrFile) {
  PgTransaction transaction(connection_);
  if (!holdsLease(connection_, page, worker)) return false;
  const std::string text = read.text();
  const PgResult inserted = connection_.run(
      "INSERT INTO pages (source_id, source_page, text, confidence, rotation, skew, dpi, width, height, origin, "
      "words, hocr_file, blank, uncovered_ink, sheet, search_words) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
      "$11, $12, $13, $14, $15, $16::tsvector) ON CONFLICT (source_id, source_page) DO NOTHING RETURNING id",
      {pgNumber(page.sourceId), pgNumber(std::int64_t{page.page}), PgValue::text(text), pgNumber(read.meanConfidence()),
       pgNumber(std::int64_t{read.rotation}), pgNumber(read.skew),
       read.dpi > 0 ? pgNumber(std::int64_t{read.dpi}) : PgValue::null(), pgNumber(std::int64_t{read.width}),
       pgNumber(std::int64_t{read.height}), PgValue::text(read.origin == ocr::TextOrigin::Ocr ? "ocr" : "pdf_text"),
       PgValue::blob(encodePageWords(read)), PgValue::text(hocrFile), pgNumber(std::int64_t{read.blank ? 1 : 0}),
       read.uncoveredInk >= 0 ? pgNumber(read.uncoveredInk) : PgValue::null(),
       read.sheet.flattened() ? PgValue::text(read.sheet.text()) : PgValue::null(),
       PgValue::text(pgSearchWords(text))});
  if (inserted.rows() == 1) {
    // Identifiers as exact keys, as SQLite's indexPage keeps them.
    for (const auto& identifier : identifiersInText(text))
      connection_.run(
          "INSERT INTO identifiers (kind, key, page_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
          {PgValue::text(identifier.kind), PgValue::text(identifier.key), PgValue::text(inserted.text(0, 0))});
    for (const auto& code : read.codes)
      connection_.run("INSERT INTO page_codes (page_id, text, x0, y0, x1, y1) VALUES ($1, $2, $3, $4, $5, $6)",
                      {PgValue::text(inserted.text(0, 0)), PgValue::text(code.text),
                       pgNumber(std::int64_t{code.box.x0}), pgNumber(std::int64_t{code.box.y0}),
                       pgNumber(std::int64_t{code.box.x1}), pgNumber(std::int64_t{code.box.y1})});
  }
  connection_.run("DELETE FROM page_errors WHERE source_id = $1 AND source_page = $2",
                  {pgNumber(page.sourceId), pgNumber(std::int64_t{page.page})});
  connection_.run(
      "UPDATE page_queue SET state = 'done', lease_owner = NULL, lease_until = NULL, finished_at = now(), "
      "done_by = $2 WHERE id = $1",
      {pgNumber(page.queueId), PgValue::text(worker)});
  finishSourceIfComplete(connection_, page.sourceId);
  transaction.commit();
  return true;
}

FailureOutcome PgPageQueue::fail(const LeasedPage& page, const std::string& worker, const std::string& error) {
  PgTransaction transaction(connection_);
  if (!holdsLease(connection_, page, worker)) return FailureOutcome::LeaseLost;
  const bool park = page.attempts + 1 >= kMaxAttempts;
  connection_.run(
      "UPDATE page_queue SET state = CASE WHEN $3 THEN 'parked' ELSE 'queued' END, attempts = attempts + 1, "
      "last_error = $4, lease_owner = NULL, lease_until = NULL, finished_at = CASE WHEN $3 THEN now() END, "
      "done_by = CASE WHEN $3 THEN $2 END WHERE id = $1",
      {pgNumber(page.queueId), PgValue::text(worker), PgValue::text(park ? "true" : "false"), PgValue::text(error)});
  if (park) {
    connection_.run(
        "INSERT INTO page_errors (source_id, source_page, message) VALUES ($1, $2, $3) "
        "ON CONFLICT (source_id, source_page) DO UPDATE SET message = excluded.message",
        {pgNumber(page.sourceId), pgNumber(std::int64_t{page.page}), PgValue::text(error)});
    finishSourceIfComplete(connection_, page.sourceId);
  }
  transaction.commit();
  return park ? FailureOutcome::Parked : FailureOutcome::Queued;
}

bool PgPageQueue::anyWaiting() {
  return connection_.run("SELECT 1 FROM page_queue WHERE state IN ('queued', 'leased') LIMIT 1").rows() > 0;
}

std::vector<BatchProgress> PgPageQueue::batches() {
  const PgResult rows = connection_.run(
      "SELECT b.path, count(*) FILTER (WHERE q.state = 'queued'), count(*) FILTER (WHERE q.state = 'leased'), "
      "count(*) FILTER (WHERE q.state = 'done'), count(*) FILTER (WHERE q.state = 'parked'), b.assembled, "
      "(SELECT count(*) FROM documents d JOIN sources m ON m.id = d.source_id WHERE m.batch_id = b.id) "
      "FROM batches b JOIN sources s ON s.batch_id = b.id JOIN page_queue q ON q.source_id = s.id "
      "GROUP BY b.id, b.path, b.assembled ORDER BY b.id");
  std::vector<BatchProgress> batches;
  for (int row = 0; row < rows.rows(); ++row)
    batches.push_back({rows.text(row, 0), rows.integer(row, 1), rows.integer(row, 2), rows.integer(row, 3),
                       rows.integer(row, 4), rows.text(row, 5) == "t", rows.integer(row, 6)});
  return batches;
}

std::vector<WorkerProgress> PgPageQueue::workers() {
  const PgResult rows = connection_.run(
      "WITH activity AS (SELECT lease_owner AS worker, 1 AS leased, 0 AS recent, NULL::timestamptz AS began, "
      "NULL::timestamptz AS ended FROM page_queue WHERE state = 'leased' UNION ALL SELECT done_by, 0, 1, started_at, "
      "finished_at FROM page_queue WHERE state = 'done' AND finished_at > now() - interval '10 minutes') "
      "SELECT worker, sum(leased), sum(recent), coalesce(extract(epoch FROM max(ended) - min(began)), 0) "
      "FROM activity GROUP BY worker ORDER BY worker");
  std::vector<WorkerProgress> workers;
  for (int row = 0; row < rows.rows(); ++row) {
    WorkerProgress worker{rows.text(row, 0), rows.integer(row, 1), rows.integer(row, 2), 0};
    const double span = std::stod(rows.text(row, 3));
    if (worker.recent > 0 && span > 0) worker.pagesPerMinute = static_cast<double>(worker.recent) * 60.0 / span;
    workers.push_back(worker);
  }
  return workers;
}

}  // namespace sohoa::indexer
