// `sohoa queue --store postgresql://…`: how far the workers are with a PostgreSQL store's
// queue: per batch its pages queued, being read, done and parked, its documents and whether it
// is assembled yet; per worker the pages it holds now, those it finished in the last 10
// minutes and its pace. Plain aligned text.
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "indexer/store/postgres/PgPageQueue.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/cli/Commands.hpp"

namespace sohoa::pipeline {

CommandAction addQueueCommand(CLI::App& app) {
  auto store = std::make_shared<std::string>();
  auto* command =
      app.add_subcommand("queue", indexer::tr("Show the pages queued in a PostgreSQL store and who reads them"));
  command->add_option("--store", *store, indexer::tr("PostgreSQL URL (postgresql://user@host/database)"))->required();
  return [store] {
    if (!indexer::isPostgresUrl(*store)) {
      std::cerr << "sohoa queue: "
                << indexer::filled(indexer::tr("--store %1: not a PostgreSQL URL (postgresql://...)"),
                                   {indexer::printable(*store)})
                << '\n';
      return kExitUsage;
    }
    indexer::PostgresStore postgres(*store, indexer::StoreAccess::ReadOnly);
    indexer::PgPageQueue queue(postgres.connection());
    using indexer::tr;
    std::cout << std::right << std::setw(8) << tr("queued") << std::setw(8) << tr("leased") << std::setw(8)
              << tr("done") << std::setw(8) << tr("parked") << std::setw(11) << tr("documents") << std::setw(11)
              << tr("assembled") << "  " << tr("batch") << '\n';
    for (const auto& batch : queue.batches())
      std::cout << std::setw(8) << batch.queued << std::setw(8) << batch.leased << std::setw(8) << batch.done
                << std::setw(8) << batch.parked << std::setw(11) << batch.documents << std::setw(11)
                << (batch.assembled ? tr("yes") : tr("no")) << "  " << indexer::printable(batch.path) << '\n';
    std::cout << '\n'
              << std::setw(8) << tr("leased") << std::setw(8) << tr("10 min") << std::setw(10) << tr("pages/min")
              << "  " << tr("worker") << '\n';
    for (const auto& worker : queue.workers()) {
      std::ostringstream pace;
      pace << std::fixed << std::setprecision(1) << worker.pagesPerMinute;
      std::cout << std::setw(8) << worker.leased << std::setw(8) << worker.recent << std::setw(10) << pace.str() << "  "
                << indexer::printable(worker.worker) << '\n';
    }
    return kExitOk;
  };
}

}  // namespace sohoa::pipeline
