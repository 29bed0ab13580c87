#pragma once
// A batch as the store keeps it: the file or folder the clerk gave, the dossier code and part
// given with it, and its sources in order. Ingest records the batch when it assembles it (again,
// after a killed run, without a second row) and marks its sources done; `sohoa reassemble` reads
// every batch back to cut it again.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/store/RecordStore.hpp"

namespace sohoa::indexer {

struct StoredBatch {
  std::int64_t id = 0;
  std::string path;                                     // as the clerk gave it
  std::optional<std::string> dossierCode, dossierPart;  // given with the batch (part: its name)
  std::vector<std::int64_t> sources;                    // in batch order
};

// The batch row of these sources: the one they already share (an earlier, killed run), or a
// new one with the sources joined to it in this order.
void recordBatch(RecordStore& store, const std::vector<std::int64_t>& sourceIds, const std::string& batchPath,
                 const std::optional<std::string>& dossierCode, const std::optional<std::string>& dossierPart);
// The sources' pages are all in documents: ingest is finished with them.
void markSourcesDone(RecordStore& store, const std::vector<std::int64_t>& sourceIds);
// Every batch with sources, oldest first.
std::vector<StoredBatch> storedBatches(RecordStore& store);

}  // namespace sohoa::indexer
