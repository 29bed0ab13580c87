#include "indexer/store/postgres/PostgresStore.hpp"

#include "indexer/store/postgres/PgSchema.hpp"

namespace sohoa::indexer {

PostgresStore::PostgresStore(const std::string& url, StoreAccess access) : connection_(url) {
  if (access != StoreAccess::ReadOnly) {
    migratePostgresSchema(connection_);
    return;
  }
  const bool versioned = !connection_.run("SELECT to_regclass('schema_version')").isNull(0, 0);
  const int current =
      versioned
          ? static_cast<int>(connection_.run("SELECT coalesce(max(version), 0) FROM schema_version").integer(0, 0))
          : 0;
  if (current == 0)
    throw StoreError(ErrorKind::NotFound,
                     "the PostgreSQL database holds no sohoa store (sohoa store copy puts one there)");
  if (current != latestPostgresSchemaVersion())
    throw StoreError(ErrorKind::StorageFailure, "the PostgreSQL store has schema " + std::to_string(current) +
                                                    " and this sohoa reads " +
                                                    std::to_string(latestPostgresSchemaVersion()));
}

}  // namespace sohoa::indexer
