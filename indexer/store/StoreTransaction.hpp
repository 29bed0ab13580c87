#pragma once
// One transaction over a store, for code outside indexer/store that writes through several
// repositories at once (a batch's documents, fields and sources): begin() (SQLite: BEGIN IMMEDIATE) on
// construction, rolled back unless committed, so a run killed half way leaves nothing behind.
#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

class StoreTransaction {
 public:
  explicit StoreTransaction(RecordStore& store) : transaction_(store.db()) {}
  void commit() { transaction_.commit(); }

 private:
  StoreDbTransaction transaction_;
};

}  // namespace sohoa::indexer
