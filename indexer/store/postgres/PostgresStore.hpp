#pragma once
// A store on a PostgreSQL server (a province's shared store, issue 19), named by a URL
// (postgresql://user@host/db). For now it holds records copied from a SQLite store
// (StoreCopy) and answers searches (PgPageSearch); the files (originals, pages, archive)
// stay in the SQLite store's folder.
#include <string>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/postgres/PgConnection.hpp"

namespace sohoa::indexer {

class PostgresStore {
 public:
  // ReadWrite brings the schema up to date (PgSchema); ReadOnly refuses a database whose
  // schema is not this program's (none yet: "copy a store there first").
  PostgresStore(const std::string& url, StoreAccess access);
  PgConnection& connection() { return connection_; }

 private:
  PgConnection connection_;
};

}  // namespace sohoa::indexer
