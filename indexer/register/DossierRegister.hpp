#pragma once
// The desk's dossier register, as the provincial one-stop system exports it (UTF-8 CSV with
// a header row, columns named as the national dossier-sync fields), and the procedure table.
// Importing again updates the rows it names; a bad row is reported with its line and reason
// and the good rows are kept.
#include <istream>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct RegisterProblem {
  int line = 0;  // in the file, from 1 (the header is line 1)
  std::string reason;
};

struct RegisterImportReport {
  int added = 0;
  int updated = 0;
  std::vector<RegisterProblem> problems;
};

// Imports the register; throws when the header lacks the MaHoSo column.
RegisterImportReport importRegister(RecordStore& store, std::istream& csv);

// The procedure table: filled from indexer/domain/procedures.tsv the first time it is needed,
// replaced by the commune's own list (same columns) with `replaceProcedures`.
void ensureProcedures(RecordStore& store);
int replaceProcedures(RecordStore& store, std::istream& tsv);

// Reuse: a dossier's component taken from an already digitised document instead of a new
// paper copy. Throws std::out_of_range when the dossier or the document is unknown.
void recordReuse(RecordStore& store, const std::string& dossierCode, const std::string& documentId,
                 const std::string& recordedBy);
// Takes a reuse back (marked by mistake): it no longer counts. False when there was none; the
// caller keeps who undid it and why (the viewer's audit log).
bool undoReuse(RecordStore& store, const std::string& dossierCode, const std::string& documentId);

}  // namespace sohoa::indexer
