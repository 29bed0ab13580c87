#include <iostream>
#include <memory>

#include "indexer/DocumentCatalog.hpp"
#include "indexer/DocumentJson.hpp"
#include "pipeline/Commands.hpp"

namespace sohoa::pipeline {

CommandAction addExportCommand(CLI::App& app) {
  struct Options {
    std::string store;
    bool jsonl = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("export", "Write every document as one JSON object a line");
  command->add_option("--store", options->store, "Store folder (default: $SOHOA_STORE or ./sohoa-data)");
  command->add_flag("--jsonl", options->jsonl, "JSON Lines on standard output")->required();
  return [options] {
    indexer::RecordStore store(indexer::StoreLayout::resolve(options->store));
    indexer::DocumentCatalog(store).forEach([](const indexer::DocumentRecord& document) {
      std::cout << indexer::documentToJson(document).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << '\n';
    });
    return kExitOk;
  };
}

}  // namespace sohoa::pipeline
