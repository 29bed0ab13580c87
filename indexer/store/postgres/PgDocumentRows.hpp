#pragma once
// A planned document written into a PostgreSQL store, row for row as SQLite's DocumentRows
// writes it: the document (kind, type, dossier, part and next place in its dossier, batch),
// its pages' place in it, and its fields with page, box, confidence, method and review flag.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/extract/PlannedDocument.hpp"
#include "indexer/store/BatchPageRows.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"

namespace sohoa::indexer {

// A new row; nothing when a document with the same public id exists.
std::optional<std::int64_t> insertPgDocumentRow(PostgresStore& store, const PlannedDocument& document,
                                                std::int64_t sourceId, const std::string& batchPath);
void filePgDocumentPages(PostgresStore& store, std::int64_t row, const PlannedDocument& document,
                         const std::vector<BatchPage>& pages);
// Returns how many of the fields wait for review.
int insertPgFields(PostgresStore& store, std::int64_t row, const PlannedDocument& document,
                   const std::vector<BatchPage>& pages);

}  // namespace sohoa::indexer
