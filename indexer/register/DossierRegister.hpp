#pragma once
// The desk's dossier register, as the provincial one-stop system exports it (UTF-8 CSV with
// a header row, columns named as the national dossier-sync fields), and the procedure table.
// Importing again updates the rows it names; a bad row is reported with its line and reason
// and the good rows are kept.
#include <istream>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/ReuseEvents.hpp"  // recording reuse, which the register's callers do

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

// The procedure table (indexer/store/ProcedureRows) replaced by the commune's own list, a TSV
// file with the columns of indexer/domain/procedures.tsv; returns how many procedures it holds.
// Throws, naming the line, on a malformed one, and then leaves the table as it was.
int replaceProcedures(RecordStore& store, std::istream& tsv);

}  // namespace sohoa::indexer
