#include "indexer/store/IngestStatus.hpp"

#include <string>

namespace sohoa::indexer {

IngestStatus readIngestStatus(RecordStore& store, int newest) {
  IngestStatus status;
  auto& db = store.db();
  auto totals = db.prepare(
      "SELECT (SELECT count(*) FROM sources WHERE status = 'ingesting'), (SELECT count(*) FROM pages), "
      "(SELECT count(*) FROM page_errors)");
  totals.step();
  status.running = static_cast<int>(totals.integer(0));
  status.pagesStored = static_cast<int>(totals.integer(1));
  status.pagesFailed = static_cast<int>(totals.integer(2));

  // A running input's speed is measured to now, in minutes.
  const char* minutes = db.postgres()
                            ? "extract(epoch FROM coalesce(s.finished_at::timestamptz, now()) - "
                              "s.started_at::timestamptz) / 60.0"
                            : "(julianday(coalesce(s.finished_at, 'now')) - julianday(s.started_at)) * 1440.0";
  auto inputs =
      db.prepare(std::string("SELECT s.id, s.given_path, s.file_type, s.status, s.page_count, "
                             "(SELECT count(*) FROM pages p WHERE p.source_id = s.id), s.started_at, s.finished_at, ") +
                 minutes + " FROM sources s ORDER BY s.id DESC LIMIT ?");
  inputs.bindAll(newest);
  auto failures = db.prepare("SELECT source_page, message FROM page_errors WHERE source_id = ? ORDER BY source_page");
  while (inputs.step()) {
    InputStatus input;
    input.path = inputs.text(1);
    input.fileType = inputs.text(2);
    input.done = inputs.text(3) == "done";
    input.pageCount = static_cast<int>(inputs.integer(4));
    input.pagesStored = static_cast<int>(inputs.integer(5));
    input.startedAt = inputs.text(6);
    input.finishedAt = inputs.optionalText(7);
    const double minutes = inputs.real(8);
    if (input.pagesStored > 0 && minutes > 0) input.pagesPerMinute = input.pagesStored / minutes;
    failures.bindAll(inputs.integer(0));
    while (failures.step()) input.failures.push_back({static_cast<int>(failures.integer(0)), failures.text(1)});
    failures.reset();
    status.inputs.push_back(std::move(input));
  }
  return status;
}

}  // namespace sohoa::indexer
