#include "indexer/store/DossierFactRows.hpp"

#include "indexer/store/ProcedureRows.hpp"

namespace sohoa::indexer {

std::vector<DossierFacts> loadDossierFacts(RecordStore& store) {
  ensureProcedures(store);
  auto query = store.db().prepare(
      "SELECT d.code, coalesce(d.procedure_code, ''), coalesce(p.name, ''), p.field, coalesce(p.paper_result, 0), "
      "d.channel, d.received_at, d.due_at, d.finished_at, d.supplement_requests, d.supplement_requested_at, "
      "d.supplement_done_at, "
      "d.reused_by_register <> 0 OR EXISTS (SELECT 1 FROM reuse_events r WHERE r.dossier_code = d.code), "
      "EXISTS (SELECT 1 FROM documents x WHERE x.dossier_code = d.code AND x.dossier_part = 'component'), "
      "EXISTS (SELECT 1 FROM documents x WHERE x.dossier_code = d.code AND x.dossier_part = 'result'), "
      "d.applicant_id, d.applicant_name "
      "FROM dossiers d LEFT JOIN procedures p ON p.code = d.procedure_code ORDER BY d.code");
  std::vector<DossierFacts> facts;
  while (query.step()) {
    DossierFacts f;
    f.code = query.text(0);
    f.procedureCode = query.text(1);
    f.procedureName = query.text(2);
    f.field = query.optionalText(3).value_or("(không rõ)");
    f.paperResult = query.integer(4) != 0;
    f.channel = static_cast<int>(query.integer(5));
    f.received = query.optionalText(6);
    f.due = query.optionalText(7);
    f.finished = query.optionalText(8);
    f.supplementRequests = static_cast<int>(query.integer(9));
    f.supplementRequested = query.optionalText(10);
    f.supplementDone = query.optionalText(11);
    f.reused = query.integer(12) != 0;
    // A reused digitised document is a file attached to the components.
    f.componentFile = query.integer(13) != 0 || f.reused;
    f.resultFile = query.integer(14) != 0;
    f.applicantId = query.optionalText(15);
    f.applicantName = query.optionalText(16);
    facts.push_back(std::move(f));
  }
  return facts;
}

}  // namespace sohoa::indexer
