#include "indexer/store/RecordStore.hpp"

#include <unistd.h>

#include "indexer/search/RankFunction.hpp"
#include "indexer/search/VietnameseTokenizer.hpp"
#include "indexer/store/SchemaMigrations.hpp"
#include "indexer/text/Translation.hpp"

namespace sohoa::indexer {
namespace {

std::string readOnlyMessage(const StoreLayout& layout) {
  return "the store " + layout.root.string() +
         " is read-only (records.db or its folder cannot be written): this command changes it; "
         "give it write access, or work on a writable copy";
}

void requireExisting(const StoreLayout& layout) {
  if (!std::filesystem::exists(layout.database()))
    throw StoreMissing(filled(tr("no store at %1 (sohoa ingest makes one; --store DIR or SOHOA_STORE names another)"),
                              {layout.root.string()}));
}

// Opens records.db for reading; falls back to reading it as immutable when SQLite cannot
// make its -shm file (a read-only folder) and no write-ahead log says anyone is writing.
std::unique_ptr<SqliteDatabase> openForReading(const StoreLayout& layout) {
  const auto file = layout.database();
  requireExisting(layout);
  auto db = std::make_unique<SqliteDatabase>(file, true);
  try {
    db->execute("SELECT count(*) FROM sqlite_master");
    return db;
  } catch (const SqliteError&) {
    if (std::filesystem::exists(file.string() + "-wal")) throw;
  }
  db = std::make_unique<SqliteDatabase>(file, true, true);
  db->execute("SELECT count(*) FROM sqlite_master");
  return db;
}

std::unique_ptr<SqliteDatabase> openForWriting(const StoreLayout& layout) {
  layout.create();
  auto db = std::make_unique<SqliteDatabase>(layout.database());
  if (sqlite3_db_readonly(db->handle(), "main") == 1 || access(layout.root.c_str(), W_OK) != 0)
    throw StoreReadOnly(readOnlyMessage(layout));
  try {
    db->execute("PRAGMA journal_mode = WAL");
  } catch (const SqliteError& error) {
    const int code = sqlite3_errcode(db->handle()) & 0xff;
    if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN) throw StoreReadOnly(readOnlyMessage(layout));
    throw;
  }
  return db;
}

}  // namespace

RecordStore::RecordStore(const StoreLayout& layout, StoreAccess access)
    : layout_(layout), db_(access == StoreAccess::ReadOnly ? openForReading(layout_) : nullptr) {
  if (access == StoreAccess::Update) requireExisting(layout_);
  if (!db_) db_ = openForWriting(layout_);
  registerVietnameseTokenizer(db_->handle());
  registerRankFunction(db_->handle());
  if (access == StoreAccess::ReadOnly) {
    requireSchema(*db_);
    return;
  }
  // NORMAL keeps WAL commits durable against a killed process (only a power cut may lose
  // the last pages, which the journal then redoes).
  db_->execute("PRAGMA synchronous = NORMAL");
  db_->execute("PRAGMA foreign_keys = ON");
}

}  // namespace sohoa::indexer
