#pragma once
// One transaction over a PostgreSQL store, for code outside indexer/store that writes through
// several of its repositories at once (a batch's documents, fields and sources), as
// StoreTransaction is for SQLite: rolled back unless committed, so a worker killed half way
// leaves nothing behind.
#include "indexer/store/postgres/PostgresStore.hpp"

namespace sohoa::indexer {

class PostgresStoreTransaction {
 public:
  explicit PostgresStoreTransaction(PostgresStore& store) : transaction_(store.connection()) {}
  void commit() { transaction_.commit(); }

 private:
  PgTransaction transaction_;
};

}  // namespace sohoa::indexer
