#pragma once
// The desk's dossier register as the store keeps it: one row per dossier (hồ sơ) with its
// procedure, channel, dates (received, due, finished, supplement asked and given), status,
// applicant, and whether the register marks a reused digitised component. Importing again
// updates the rows it names. (Reading the CSV and checking its cells:
// indexer/register/DossierRegister; one dossier read back: DossierRows.)
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct RegisterRow {
  std::string code;
  std::optional<std::string> procedure;
  int channel = 1;
  std::optional<std::string> received, due, finished, status, supplementRequested, supplementDone, applicantId,
      applicantName;
  int supplementRequests = 0;
  bool reused = false;
};

// Writes register rows one after the other (in the caller's transaction).
class RegisterRowWriter {
 public:
  explicit RegisterRowWriter(RecordStore& store);
  // True when the dossier was in the register already (its row is updated).
  bool write(const RegisterRow& row);

 private:
  StoreStatement exists_, upsert_;
};

// The months (YYYY-MM) in which the register has dossiers received, in no order.
std::vector<std::string> monthsWithReceipts(RecordStore& store);

}  // namespace sohoa::indexer
