#pragma once
// Copying a SQLite store's records to PostgreSQL (`sohoa store copy`), then checking the
// copy: the rows of every table copied counted on both sides, and a sample of documents
// (their fields and page texts) read from both and compared. Ids are kept, so a page is the
// same page on both. Each table is copied in one transaction, in batches of rows; pages get
// their search words (PgSearchWords) on the way. The target must hold no records yet. The
// files (originals, page images, archive) stay where they are; the viewer's users, audit
// trail and field corrections are not copied yet.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"

namespace sohoa::indexer {

struct TableCount {
  std::string table;
  std::int64_t sqliteRows = 0;
  std::int64_t postgresRows = 0;
};

struct CopyCheck {
  std::vector<TableCount> tables;
  int documentsCompared = 0;
  std::vector<std::string> differences;  // "document D-…: fields differ", one line each
  bool matches() const;
};

// Called after each table is copied, with its name and rows.
using CopyProgress = std::function<void(const std::string& table, std::int64_t rows)>;

// Throws StoreError (Conflict) when the target already holds records.
void copyStore(RecordStore& from, PostgresStore& to, const CopyProgress& progress);
// Counts every copied table on both sides and compares `sampleDocuments` documents spread
// over the store.
CopyCheck compareStores(RecordStore& from, PostgresStore& to, int sampleDocuments = 20);

}  // namespace sohoa::indexer
