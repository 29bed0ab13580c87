#pragma once
// A dossier of the register read back as the viewer and the archive show it: its procedure
// (code, name, field), channel, dates, status and applicant; the citizen numbers its documents
// and the register hold (what an auditor's view must mask); and the reuse of digitised
// documents into and out of dossiers. (Importing the register and recording reuse:
// indexer/register/DossierRegister.)
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct RegisteredDossier {
  std::optional<std::string> procedureCode, procedureName, procedureField;
  std::int64_t channel = 0;
  std::optional<std::string> receivedAt, dueAt, finishedAt, status;
  std::optional<std::string> applicantName, applicantId;
};

// A document reused for a dossier, as read from either side.
struct ReuseRow {
  std::string documentId;
  std::optional<std::string> typeLabel, fromDossier;  // the document's type and own dossier
  std::string forDossier, recordedBy, recordedAt;
};

std::optional<RegisteredDossier> registeredDossier(RecordStore& store, const std::string& code);
// The CCCD/CMND numbers of a dossier: in its documents' fields (with the value extraction first
// read, when a clerk changed it) and the register's applicant number.
std::vector<std::pair<std::string, std::optional<std::string>>> dossierCitizenIds(RecordStore& store,
                                                                                  const std::string& code);
// The dossiers a document was reused for, and the documents reused for a dossier, in the order
// they were recorded.
std::vector<ReuseRow> reusesOfDocument(RecordStore& store, const std::string& documentId);
std::vector<ReuseRow> reusesForDossier(RecordStore& store, const std::string& dossierCode);

}  // namespace sohoa::indexer
