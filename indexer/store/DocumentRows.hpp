#pragma once
// Writes a planned document into the store: its row (kind, type, dossier, part and order in
// the dossier, batch), its pages' place in it, and its fields with page, box, confidence,
// method and review flag. Values a clerk corrected are never overwritten by extraction:
// `insertFields` leaves out the names (and CCCD numbers) `corrected` already holds.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "indexer/extract/PlannedDocument.hpp"
#include "indexer/store/BatchPageRows.hpp"
#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct CorrectedFields {
  std::set<std::string> names;       // fields with one value, corrected
  std::set<std::string> citizenIds;  // corrected CCCD numbers, old and new
};

// A document row's values, as every store writes them: its kind, type label (nothing when no
// type was recognised) and part in its dossier.
std::string documentKind(const PlannedDocument& document);
std::optional<std::string> documentTypeLabel(const PlannedDocument& document);
std::optional<std::string> documentPart(const PlannedDocument& document);
// The stored page a field was read on; nothing for a field read from no one page.
std::optional<std::int64_t> fieldPageId(const ExtractedField& field, const PlannedDocument& document,
                                        const std::vector<BatchPage>& pages);

// A new row; nothing when a document with the same public id exists (an earlier run's).
std::optional<std::int64_t> insertDocumentRow(RecordStore& store, const PlannedDocument& document,
                                              std::int64_t sourceId, const std::string& batchPath);
// An existing row rewritten; its place in its dossier is kept when the dossier is the same.
void updateDocumentRow(RecordStore& store, std::int64_t row, const PlannedDocument& document,
                       const std::string& batchPath);
void fileDocumentPages(RecordStore& store, std::int64_t row, const PlannedDocument& document,
                       const std::vector<BatchPage>& pages);
// The fields extraction read, but not what a clerk corrected; returns how many wait for review.
int insertFields(RecordStore& store, std::int64_t row, const PlannedDocument& document,
                 const std::vector<BatchPage>& pages, const CorrectedFields& corrected = {});

}  // namespace sohoa::indexer
