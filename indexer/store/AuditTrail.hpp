#pragma once
// The audit trail as the store keeps it (the audit_log table): who did what to which record,
// when and from where. Rows are only ever added; reading filters by user, action and time.
// What is audited and when is the viewer's (viewer/AuditLog).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;  // UTC, ISO 8601 with milliseconds
  std::string username;
  std::string action;  // login, login_failed, logout, search, view, download, correct, reuse, report, audit, user
  std::string target;  // what was acted on: a document, dossier, page, field, query
  std::string detail;
  std::string client;  // the browser's address
};

struct AuditFilter {
  std::optional<std::string> username, action, from, to;  // from/to: ISO dates or times, inclusive
  int limit = 200;
};

void appendAuditEntry(RecordStore& store, const AuditEntry& entry);                   // its id and time are the store's
std::vector<AuditEntry> auditEntries(RecordStore& store, const AuditFilter& filter);  // newest first

}  // namespace sohoa::indexer
