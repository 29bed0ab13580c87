#include "indexer/store/RegisterRows.hpp"

#include "indexer/store/UtcTime.hpp"

namespace sohoa::indexer {

RegisterRowWriter::RegisterRowWriter(RecordStore& store)
    : exists_(store.db().prepare("SELECT 1 FROM dossiers WHERE code = ?")),
      upsert_(store.db().prepare(
          "INSERT INTO dossiers (code, procedure_code, channel, received_at, due_at, finished_at, status, "
          "supplement_requests, supplement_requested_at, supplement_done_at, applicant_id, applicant_name, "
          "reused_by_register, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (code) DO UPDATE SET procedure_code = excluded.procedure_code, channel = excluded.channel, "
          "received_at = excluded.received_at, due_at = excluded.due_at, finished_at = excluded.finished_at, "
          "status = excluded.status, supplement_requests = excluded.supplement_requests, "
          "supplement_requested_at = excluded.supplement_requested_at, supplement_done_at = "
          "excluded.supplement_done_at, applicant_id = excluded.applicant_id, applicant_name = "
          "excluded.applicant_name, reused_by_register = excluded.reused_by_register, updated_at = "
          "excluded.updated_at")) {}

bool RegisterRowWriter::write(const RegisterRow& r) {
  exists_.bindAll(r.code);
  const bool known = exists_.step();
  exists_.reset();
  upsert_
      .bindAll(r.code, r.procedure, r.channel, r.received, r.due, r.finished, r.status, r.supplementRequests,
               r.supplementRequested, r.supplementDone, r.applicantId, r.applicantName, r.reused ? 1 : 0, utcNow())
      .run();
  return known;
}

std::vector<std::string> monthsWithReceipts(RecordStore& store) {
  auto rows =
      store.db().prepare("SELECT DISTINCT substr(received_at, 1, 7) FROM dossiers WHERE received_at IS NOT NULL");
  std::vector<std::string> months;
  while (rows.step()) months.push_back(rows.text(0));
  return months;
}

}  // namespace sohoa::indexer
