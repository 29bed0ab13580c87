#include <iostream>
#include <memory>

#include "indexer/PrintableText.hpp"
#include "pipeline/ArchiveBuilder.hpp"
#include "pipeline/AtomicFile.hpp"
#include "pipeline/Commands.hpp"

namespace sohoa::pipeline {

CommandAction addArchiveCommand(CLI::App& app) {
  struct Options {
    std::string store;
    bool check = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand(
      "archive", "Write the PDF/A archive files still missing (ingest writes them too), or --check them all");
  command->add_option("--store", options->store, "Store folder (default: $SOHOA_STORE or ./sohoa-data)");
  command->add_flag("--check", options->check,
                    "Check every archive file: qpdf, PDF/A-2u XMP, OutputIntent, embedded fonts, extracted text "
                    "and words page by page, image resolution, metadata XML against the XSD");
  return [options] {
    const auto layout = indexer::StoreLayout::resolve(options->store);
    if (options->check) {
      indexer::RecordStore store(layout, indexer::StoreAccess::ReadOnly);
      const auto check = checkArchive(store);
      for (const auto& problem : check.problems) std::cerr << "sohoa: " << indexer::printable(problem) << '\n';
      char worst[96];
      std::snprintf(worst, sizeof worst, "worst text difference %.3f %%, worst words differing %.3f %%",
                    100 * check.worstTextError, 100 * check.worstWordDifference);
      std::cout << "archive check: " << check.files << " file(s), " << check.pages << " page(s), "
                << check.problems.size() << " problem(s); " << check.words << " word(s); " << worst << '\n';
      return check.problems.empty() ? kExitOk : kExitSomeFailed;
    }
    indexer::RecordStore store(layout, indexer::StoreAccess::Update);
    const int leftovers = removeStaleTemporaries(store.layout().archive());
    const auto report = buildArchive(store);
    for (const auto& problem : report.problems) std::cerr << "sohoa: " << indexer::printable(problem) << '\n';
    std::cout << "archive: " << report.documents << " document(s), " << report.pages << " page(s) written";
    if (report.repaired > 0) std::cout << " (" << report.repaired << " missing or broken file(s) among them)";
    if (report.withoutArchive > 0)
      std::cout << "; " << report.withoutArchive
                << " born-digital document(s) cannot be PDF/A as they are (sohoa show gives the reason)";
    if (leftovers > 0) std::cout << "; " << leftovers << " unfinished temporary file(s) removed";
    std::cout << '\n';
    return report.problems.empty() ? kExitOk : kExitSomeFailed;
  };
}

}  // namespace sohoa::pipeline
