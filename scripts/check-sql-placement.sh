#!/usr/bin/env bash
# SQL is written only in indexer/store/ (the repositories; PostgreSQL's in indexer/store/postgres/)
# and indexer/search/ (the FTS5 queries; PostgreSQL's in indexer/search/postgres/): everything
# else calls functions named for what they read or write. This fails, naming file and line,
# on a database handle, a statement or SQL text anywhere else in the program's code
# (indexer/, pipeline/, viewer/; tests may look at the store directly).
# Run by CTest (sql_only_in_store).
set -euo pipefail
cd "$(dirname "$0")/.."
for part in indexer pipeline viewer; do
  [[ -d "$part" ]] || { echo "check-sql-placement: no $part/ here" >&2; exit 1; }
done
pattern='\.db\(\)|sqlite3_|PQexec|PgConnection|PgTransaction|\.connection\(\)\.run|\.prepare\(|\.execute\(|SqliteDatabase|SqliteStatement|SqliteTransaction|'
pattern+='"(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX|TEMP))'
found=$(grep -rnE "$pattern" indexer pipeline viewer --include='*.cpp' --include='*.hpp' |
  grep -vE '^indexer/(store|search)/' || true)
if [[ -n "$found" ]]; then
  echo "check-sql-placement: SQL outside indexer/store and indexer/search (write a repository there):" >&2
  echo "$found" >&2
  exit 1
fi
echo "check-sql-placement: SQL only in indexer/store and indexer/search"
