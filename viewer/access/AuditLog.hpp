#pragma once
// The audit trail of personal data: who searched, viewed, downloaded, corrected or reused
// what, and when (also logins, failed logins and user changes). Append only; admins read it
// filtered by user, action and time. The rows are the store's (indexer/store/AuditTrail).
#include "indexer/store/AuditTrail.hpp"

namespace sohoa::viewer {

using indexer::AuditEntry;
using indexer::AuditFilter;

inline void recordAudit(indexer::RecordStore& store, const AuditEntry& entry) {
  indexer::appendAuditEntry(store, entry);
}
inline std::vector<AuditEntry> readAudit(indexer::RecordStore& store, const AuditFilter& filter) {  // newest first
  return indexer::auditEntries(store, filter);
}

}  // namespace sohoa::viewer
