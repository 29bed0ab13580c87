#include "viewer/json/QueueJson.hpp"

namespace sohoa::viewer {

nlohmann::ordered_json queueJson(indexer::PgPageQueue& queue) {
  nlohmann::ordered_json batches = nlohmann::ordered_json::array(), workers = nlohmann::ordered_json::array();
  for (const auto& batch : queue.batches())
    batches.push_back({{"path", batch.path},
                       {"queued", batch.queued},
                       {"leased", batch.leased},
                       {"done", batch.done},
                       {"parked", batch.parked},
                       {"documents", batch.documents},
                       {"assembled", batch.assembled}});
  for (const auto& worker : queue.workers())
    workers.push_back({{"worker", worker.worker},
                       {"leased", worker.leased},
                       {"recent", worker.recent},
                       {"pages_per_minute", worker.pagesPerMinute}});
  return {{"batches", batches}, {"workers", workers}};
}

}  // namespace sohoa::viewer
