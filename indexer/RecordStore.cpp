#include "indexer/RecordStore.hpp"

#include "indexer/RankFunction.hpp"
#include "indexer/SchemaMigrations.hpp"
#include "indexer/VietnameseTokenizer.hpp"

namespace sohoa::indexer {
namespace {

const StoreLayout& created(const StoreLayout& layout) {
  layout.create();
  return layout;
}

}  // namespace

RecordStore::RecordStore(const StoreLayout& layout) : layout_(created(layout)), db_(layout_.database()) {
  db_.execute("PRAGMA journal_mode = WAL");
  // NORMAL keeps WAL commits durable against a killed process (only a power cut may lose
  // the last pages, which the journal then redoes).
  db_.execute("PRAGMA synchronous = NORMAL");
  db_.execute("PRAGMA foreign_keys = ON");
  registerVietnameseTokenizer(db_.handle());
  registerRankFunction(db_.handle());
  migrateSchema(db_);
}

}  // namespace sohoa::indexer
