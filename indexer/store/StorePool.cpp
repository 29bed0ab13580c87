#include "indexer/store/StorePool.hpp"

namespace sohoa::indexer {

StoreLease::~StoreLease() {
  if (store_) pool_->giveBack(std::move(store_));
}

StoreLease StorePool::lease() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto store = std::move(idle_.back());
      idle_.pop_back();
      return StoreLease(*this, std::move(store));
    }
  }
  // Opened outside the lock: opening may wait on the database's lock for a while.
  if (!url_.empty()) return StoreLease(*this, std::make_unique<RecordStore>(RecordStore::open(url_, access_)));
  return StoreLease(*this, std::make_unique<RecordStore>(layout_, access_));
}

std::size_t StorePool::idle() {
  std::lock_guard lock(mutex_);
  return idle_.size();
}

void StorePool::giveBack(std::unique_ptr<RecordStore> store) {
  // A connection still inside a transaction would hold its lock for the next request: closed.
  if (store->db().inTransaction()) return;
  std::lock_guard lock(mutex_);
  if (idle_.size() < keep_) idle_.push_back(std::move(store));
}

}  // namespace sohoa::indexer
