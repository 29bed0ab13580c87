#pragma once
// What the register and the store say about each dossier, as the plan's rates count it
// (indexer/register/RateReport): its procedure and whether its result is on paper, channel,
// dates, supplements, whether a component and a result were digitised (or a digitised
// document reused), and its applicant as the register names them.
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct DossierFacts {
  std::string code;
  std::string procedureCode;
  std::string procedureName;
  std::string field;  // "(không rõ)" for a procedure not in the table
  bool paperResult = false;
  int channel = 1;
  std::optional<std::string> received, due, finished;  // YYYY-MM-DD HH:MM
  int supplementRequests = 0;
  std::optional<std::string> supplementRequested, supplementDone;
  bool componentFile = false;  // a component scanned, or a digitised document reused
  bool resultFile = false;
  bool reused = false;
  std::optional<std::string> applicantId, applicantName;  // as the register names them
};

// Every dossier of the register, by code (the procedure table filled first: ProcedureRows).
std::vector<DossierFacts> loadDossierFacts(RecordStore& store);

}  // namespace sohoa::indexer
