#include "indexer/store/AuditTrail.hpp"

#include <algorithm>

namespace sohoa::indexer {

void appendAuditEntry(RecordStore& store, const AuditEntry& entry) {
  store.db()
      .prepare("INSERT INTO audit_log (username, action, target, detail, client) VALUES (?, ?, ?, ?, ?)")
      .bindAll(entry.username, entry.action, entry.target, entry.detail, entry.client)
      .run();
}

std::vector<AuditEntry> auditEntries(RecordStore& store, const AuditFilter& filter) {
  std::string sql = "SELECT id, at, username, action, target, detail, client FROM audit_log WHERE 1 = 1";
  std::vector<std::string> parameters;
  auto add = [&](const std::optional<std::string>& value, const char* condition) {
    if (!value || value->empty()) return;
    sql += condition;
    parameters.push_back(*value);
  };
  add(filter.username, " AND username = ?");
  add(filter.action, " AND action = ?");
  add(filter.from, " AND at >= ?");
  // A date alone takes in the whole day.
  add(filter.to ? std::optional<std::string>(*filter.to + (filter.to->size() == 10 ? "T99" : "")) : std::nullopt,
      " AND at <= ?");
  sql += " ORDER BY id DESC LIMIT " + std::to_string(std::clamp(filter.limit, 1, 5000));
  auto rows = store.db().prepare(sql);
  for (std::size_t i = 0; i < parameters.size(); ++i) rows.bind(static_cast<int>(i + 1), parameters[i]);
  std::vector<AuditEntry> entries;
  while (rows.step())
    entries.push_back(
        {rows.integer(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5), rows.text(6)});
  return entries;
}

}  // namespace sohoa::indexer
