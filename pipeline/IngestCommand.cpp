#include <unistd.h>

#include <iostream>
#include <memory>
#include <thread>

#include "pipeline/BatchIngest.hpp"
#include "pipeline/Commands.hpp"

namespace sohoa::pipeline {

CommandAction addIngestCommand(CLI::App& app) {
  struct Options {
    std::string store;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    std::string languages = "vie";
    std::vector<std::string> paths;
    bool keepOrientation = false;
    bool keepSkew = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("ingest", "Scan files and folders (PDF, TIFF, JPEG, PNG) into the store");
  command->add_option("--store", options->store, "Store folder (default: $SOHOA_STORE or ./sohoa-data)");
  command->add_option("--jobs", options->jobs, "Pages recognised at once (default: number of cores)")
      ->check(CLI::Range(1u, 64u));
  command->add_option("--lang", options->languages, "Tesseract languages")->capture_default_str();
  command->add_flag("--no-rotate", options->keepOrientation, "Do not turn pages scanned at 90/180/270 degrees");
  command->add_flag("--no-deskew", options->keepSkew, "Do not straighten skewed pages");
  command->add_option("paths", options->paths, "Files and folders to ingest")->required();
  return [options] {
    indexer::RecordStore store(indexer::StoreLayout::resolve(options->store));
    catchUpIndex(store, isatty(STDERR_FILENO) != 0);
    IngestOptions ingestOptions;
    ingestOptions.jobs = options->jobs;
    ingestOptions.ocr.languages = options->languages;
    ingestOptions.ocr.turnUpright = !options->keepOrientation;
    ingestOptions.ocr.straighten = !options->keepSkew;
    ingestOptions.showProgress = isatty(STDERR_FILENO) != 0;
    const IngestReport report = BatchIngest(store, ingestOptions, std::cerr).run(options->paths);
    const double minutes = report.seconds / 60.0;
    std::cout << "ingested " << report.filesIngested << " file(s), " << report.pagesStored << " page(s) in "
              << static_cast<int>(report.seconds + 0.5) << " s";
    if (report.pagesStored > 0 && minutes > 0)
      std::cout << " (" << static_cast<int>(report.pagesStored / minutes + 0.5) << " pages/min)";
    if (report.filesSkipped > 0) std::cout << "; " << report.filesSkipped << " already stored";
    if (report.anyFailure())
      std::cout << "; " << report.filesFailed << " file(s) and " << report.pagesFailed << " page(s) failed (see above)";
    std::cout << "\nstore: " << store.layout().root.string() << '\n';
    return report.anyFailure() ? kExitSomeFailed : kExitOk;
  };
}

}  // namespace sohoa::pipeline
