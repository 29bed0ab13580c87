#include "indexer/store/RecordStore.hpp"

#include <unistd.h>

#include "indexer/search/RankFunction.hpp"
#include "indexer/search/VietnameseTokenizer.hpp"
#include "indexer/store/SchemaMigrations.hpp"
#include "indexer/store/SqliteStoreDatabase.hpp"
#include "indexer/store/postgres/PgStoreDatabase.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"
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
    db->executeWaitingOutBusy("PRAGMA journal_mode = WAL");  // two programs may open a new store at once
  } catch (const SqliteError& error) {
    const int code = sqlite3_errcode(db->handle()) & 0xff;
    if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN) throw StoreReadOnly(readOnlyMessage(layout));
    throw;
  }
  return db;
}

}  // namespace

RecordStore::RecordStore(const StoreLayout& layout, StoreAccess access)
    : layout_(layout), sqlite_(access == StoreAccess::ReadOnly ? openForReading(layout_) : nullptr) {
  if (access == StoreAccess::Update) requireExisting(layout_);
  if (!sqlite_) sqlite_ = openForWriting(layout_);
  db_ = std::make_unique<SqliteStoreDatabase>(*sqlite_);
  registerVietnameseTokenizer(sqlite_->handle());
  registerRankFunction(sqlite_->handle());
  if (access == StoreAccess::ReadOnly) {
    requireSchema(*sqlite_);
    return;
  }
  // NORMAL keeps WAL commits durable against a killed process (only a power cut may lose
  // the last pages, which the journal then redoes).
  sqlite_->execute("PRAGMA synchronous = NORMAL");
  sqlite_->execute("PRAGMA foreign_keys = ON");
}

RecordStore::RecordStore(OnServer, const std::string& url, StoreAccess access) {
  postgres_ = std::make_unique<PostgresStore>(url, access);  // migrated, or its schema checked
  const PgResult root = postgres_->connection().run("SELECT value FROM settings WHERE key = 'files_root'");
  if (root.rows() == 0)
    throw StoreError(ErrorKind::NotFound, url +
                                              ": this PostgreSQL store has no files root yet (sohoa ingest "
                                              "--enqueue-only --files DIR or sohoa store copy sets it)");
  layout_.root = root.text(0, 0);
  layout_.server = url;
  db_ = std::make_unique<PgStoreDatabase>(postgres_->connection());
}

RecordStore RecordStore::open(const std::string& storeOption, StoreAccess access) {
  const std::string chosen = StoreLayout::chosen(storeOption);
  if (isPostgresUrl(chosen)) return RecordStore(OnServer{}, chosen, access);
  return RecordStore(StoreLayout::resolve(storeOption), access);
}

RecordStore::RecordStore(RecordStore&&) noexcept = default;
RecordStore::~RecordStore() = default;

SqliteDatabase& RecordStore::sqlite(std::string_view what) {
  if (!sqlite_)
    throw StoreError(
        ErrorKind::InvalidInput,
        filled(tr("%1 works only on a store folder (SQLite), not on a PostgreSQL store"), {std::string(what)}));
  return *sqlite_;
}

PostgresStore& RecordStore::postgresStore() {
  if (!postgres_) throw StoreError(ErrorKind::InvalidInput, "not a PostgreSQL store");
  return *postgres_;
}

PgConnection& RecordStore::postgresConnection() { return postgresStore().connection(); }

}  // namespace sohoa::indexer
