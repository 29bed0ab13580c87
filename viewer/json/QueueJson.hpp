#pragma once
// A PostgreSQL store's work queue as the viewer's ingest page shows it (what `sohoa queue`
// prints): per batch the pages queued, leased, done and parked, its documents and whether it
// is assembled; per worker (host:pid:thread) the pages it holds, those it finished in the last
// 10 minutes and its pace. Batch paths are the given paths, as the inputs' table shows them.
#include <nlohmann/json.hpp>

#include "indexer/store/postgres/PgPageQueue.hpp"

namespace sohoa::viewer {

nlohmann::ordered_json queueJson(indexer::PgPageQueue& queue);

}  // namespace sohoa::viewer
