#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>

#include "indexer/store/IndexCatchUp.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/cli/Commands.hpp"

namespace sohoa::pipeline {

void catchUpIndex(indexer::RecordStore& store, bool showProgress) {
  indexer::IndexCatchUp catchUp(store);
  const auto pending = catchUp.pending();
  if (!pending) return;
  std::cerr << "sohoa: "
            << indexer::filled(indexer::tr("re-indexing %1 page(s) stored by an older version"),
                               {std::to_string(pending->pagesLeft)})
            << '\n';
  catchUp.run([&](const indexer::CatchUpProgress& progress) {
    if (showProgress)
      std::fprintf(stderr, "\r\033[K  reindex: %lld pages left", static_cast<long long>(progress.pagesLeft));
  });
  if (showProgress) std::fprintf(stderr, "\r\033[K");
}

CommandAction addReindexCommand(CLI::App& app) {
  auto store = std::make_shared<std::string>();
  auto* command = app.add_subcommand(
      "reindex", indexer::tr("Finish indexing pages stored by an older version (resumable; ingest does it too)"));
  command->add_option("--store", *store, indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data)"));
  return [store] {
    indexer::RecordStore records(indexer::StoreLayout::resolve(*store), indexer::StoreAccess::Update);
    indexer::migrateStore(records);
    catchUpIndex(records, isatty(STDERR_FILENO) != 0);
    std::cout << indexer::tr("index complete") << '\n';
    return kExitOk;
  };
}

}  // namespace sohoa::pipeline
