#include <iostream>
#include <memory>

#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/cli/Commands.hpp"
#include "pipeline/ingest/PagePreview.hpp"

namespace sohoa::pipeline {

CommandAction addPreviewsCommand(CLI::App& app) {
  auto store = std::make_shared<std::string>();
  auto* command = app.add_subcommand(
      "previews",
      indexer::tr("Write the page pictures the viewer shows for scanned pages stored without one (older stores)"));
  command->add_option("--store", *store, indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data)"));
  return [store] {
    indexer::RecordStore records(indexer::StoreLayout::resolve(*store), indexer::StoreAccess::Update);
    indexer::migrateStore(records);
    const auto report = writeMissingPreviews(records);
    for (const auto& problem : report.problems) std::cerr << "sohoa: " << indexer::printable(problem) << '\n';
    std::cout << indexer::filled(indexer::tr("previews: %1 page picture(s) written"), {std::to_string(report.written)})
              << '\n';
    return report.problems.empty() ? kExitOk : kExitSomeFailed;
  };
}

}  // namespace sohoa::pipeline
