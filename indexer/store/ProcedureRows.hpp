#pragma once
// The procedure table (thủ tục hành chính: code, name, field, result document, whether the
// result is on paper), which the rates join the register's dossiers to. Filled from
// indexer/domain/procedures.tsv the first time it is needed; a commune replaces it with its
// own list (indexer/register/DossierRegister reads the file).
#include <vector>

#include "indexer/extract/DomainTables.hpp"
#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

// Fills the table from the compiled-in list when empty. A store opened read-only gets the
// list for this connection only, so reports still name the procedures.
void ensureProcedures(RecordStore& store);
// The table becomes `table`, in one transaction.
void replaceProcedureRows(RecordStore& store, const std::vector<Procedure>& table);

}  // namespace sohoa::indexer
