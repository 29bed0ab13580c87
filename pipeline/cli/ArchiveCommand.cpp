#include <iostream>
#include <memory>

#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/AtomicFile.hpp"
#include "pipeline/archive/ArchiveBuilder.hpp"
#include "pipeline/cli/Commands.hpp"

namespace sohoa::pipeline {

CommandAction addArchiveCommand(CLI::App& app) {
  struct Options {
    std::string store;
    bool check = false;
    std::string pdfJs;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand(
      "archive",
      indexer::tr("Write the PDF/A archive files still missing (ingest writes them too), or --check them all"));
  command->add_option("--store", options->store,
                      indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data), or a PostgreSQL URL"));
  command->add_flag(
      "--check", options->check,
      indexer::tr("Check every archive file: qpdf, PDF/A-2u XMP, OutputIntent, embedded fonts, extracted text "
                  "and words page by page, image resolution, metadata XML against the XSD"));
  command->add_option("--pdfjs", options->pdfJs,
                      indexer::tr("With --check: also the words pdf.js extracts, read by this script run by Node.js "
                                  "(scripts/pdfjs-text.mjs; pdfjs-dist from tests/viewer)"));
  return [options] {
    if (options->check) {
      auto store = indexer::RecordStore::open(options->store, indexer::StoreAccess::ReadOnly);
      const auto check = checkArchive(store, options->pdfJs);
      for (const auto& problem : check.problems) std::cerr << "sohoa: " << indexer::printable(problem) << '\n';
      char text[32], words[32];
      std::snprintf(text, sizeof text, "%.3f", 100 * check.worstTextError);
      std::snprintf(words, sizeof words, "%.3f", 100 * check.worstWordDifference);
      std::cout << indexer::filled(indexer::tr("archive check: %1 file(s), %2 page(s), %3 problem(s); %4 word(s); "
                                               "worst text difference %5 %, worst words differing %6 %"),
                                   {std::to_string(check.files), std::to_string(check.pages),
                                    std::to_string(check.problems.size()), std::to_string(check.words), text, words})
                << '\n';
      return check.problems.empty() ? kExitOk : kExitSomeFailed;
    }
    auto store = indexer::RecordStore::open(options->store, indexer::StoreAccess::Update);
    indexer::migrateStore(store);
    const int leftovers = removeStaleTemporaries(store.layout().archive());
    const auto report = buildArchive(store);
    for (const auto& problem : report.problems) std::cerr << "sohoa: " << indexer::printable(problem) << '\n';
    using indexer::filled;
    using indexer::tr;
    std::cout << filled(tr("archive: %1 document(s), %2 page(s) written"),
                        {std::to_string(report.documents), std::to_string(report.pages)});
    if (report.repaired > 0)
      std::cout << filled(tr(" (%1 missing or broken file(s) among them)"), {std::to_string(report.repaired)});
    if (report.withoutArchive > 0)
      std::cout << filled(tr("; %1 born-digital document(s) cannot be PDF/A as they are (sohoa show gives the reason)"),
                          {std::to_string(report.withoutArchive)});
    if (leftovers > 0)
      std::cout << filled(tr("; %1 unfinished temporary file(s) removed"), {std::to_string(leftovers)});
    std::cout << '\n';
    return report.problems.empty() ? kExitOk : kExitSomeFailed;
  };
}

}  // namespace sohoa::pipeline
