#include "indexer/store/ProcedureRows.hpp"

namespace sohoa::indexer {

void ensureProcedures(RecordStore& store) {
  auto count = store.db().prepare("SELECT count(*) FROM procedures");
  count.step();
  if (count.integer(0) > 0) return;
  // A store opened read-only gets the table for this connection only (TEMP shadows main).
  const bool readOnly = !store.postgres() && sqlite3_db_readonly(store.sqlite().handle(), "main") == 1;
  if (readOnly) store.db().execute("CREATE TEMP TABLE IF NOT EXISTS procedures AS SELECT * FROM main.procedures");
  StoreDbTransaction transaction(store.db());
  auto insert = store.db().prepare(readOnly ? "INSERT INTO temp.procedures VALUES (?, ?, ?, ?, ?)"
                                            : "INSERT INTO procedures VALUES (?, ?, ?, ?, ?)");
  for (const auto& p : procedures())
    insert.bindAll(p.code, p.name, p.field, p.resultDocument, p.paperResult ? 1 : 0).run();
  transaction.commit();
}

void replaceProcedureRows(RecordStore& store, const std::vector<Procedure>& table) {
  StoreDbTransaction transaction(store.db());
  store.db().execute("DELETE FROM procedures");
  auto insert = store.db().prepare("INSERT INTO procedures VALUES (?, ?, ?, ?, ?)");
  for (const auto& p : table) insert.bindAll(p.code, p.name, p.field, p.resultDocument, p.paperResult ? 1 : 0).run();
  transaction.commit();
}

}  // namespace sohoa::indexer
