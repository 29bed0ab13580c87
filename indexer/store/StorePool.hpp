#pragma once
// Open connections to one store, kept for a long-running program (the viewer) so that a
// request does not open records.db again (the PRAGMAs, the tokenizer and ranking function,
// the schema check) each time. A connection serves one thread at a time: a request leases
// one and gives it back when done; when every open one is leased, another is opened. At most
// `keep` idle connections are kept; one given back inside a transaction is closed instead.
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

class StorePool;

// A connection leased from a pool: use it like a RecordStore; it goes back when destroyed.
class StoreLease {
 public:
  StoreLease(StorePool& pool, std::unique_ptr<RecordStore> store) : pool_(&pool), store_(std::move(store)) {}
  ~StoreLease();
  StoreLease(StoreLease&& other) noexcept = default;
  StoreLease(const StoreLease&) = delete;
  StoreLease& operator=(const StoreLease&) = delete;
  StoreLease& operator=(StoreLease&&) = delete;

  RecordStore& operator*() { return *store_; }
  RecordStore* operator->() { return store_.get(); }

 private:
  StorePool* pool_;
  std::unique_ptr<RecordStore> store_;
};

class StorePool {
 public:
  explicit StorePool(StoreLayout layout, StoreAccess access = StoreAccess::ReadWrite, std::size_t keep = 8)
      : layout_(std::move(layout)), access_(access), keep_(keep) {}
  // Connections to a PostgreSQL store (its URL); each opens as RecordStore::open does.
  static StorePool onServer(std::string url, StoreAccess access = StoreAccess::Update, std::size_t keep = 8) {
    StorePool pool(StoreLayout{}, access, keep);
    pool.url_ = std::move(url);
    return pool;
  }
  StorePool(StorePool&& other) noexcept
      : layout_(std::move(other.layout_)), url_(std::move(other.url_)), access_(other.access_), keep_(other.keep_) {}

  // An idle connection, or a new one (StoreMissing, StoreReadOnly as RecordStore throws them).
  StoreLease lease();
  std::size_t idle();

 private:
  friend class StoreLease;
  void giveBack(std::unique_ptr<RecordStore> store);

  StoreLayout layout_;
  std::string url_;  // a PostgreSQL store's; empty for a folder
  StoreAccess access_;
  std::size_t keep_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<RecordStore>> idle_;
};

}  // namespace sohoa::indexer
