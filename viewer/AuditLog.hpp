#pragma once
// The audit trail of personal data: who searched, viewed, downloaded, corrected or reused
// what, and when (also logins, failed logins and user changes). Append only; admins read it
// filtered by user, action and time.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::viewer {

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

void recordAudit(indexer::RecordStore& store, const AuditEntry& entry);
std::vector<AuditEntry> readAudit(indexer::RecordStore& store, const AuditFilter& filter);  // newest first

}  // namespace sohoa::viewer
