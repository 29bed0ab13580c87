#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "indexer/extract/DossierCode.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/cli/Commands.hpp"
#include "pipeline/cli/ReadingFlags.hpp"
#include "pipeline/ingest/BatchIngest.hpp"
#include "pipeline/ingest/QueueEnqueue.hpp"

namespace sohoa::pipeline {

namespace {

// A PostgreSQL store takes inputs into its queue only (`sohoa worker` reads the pages).
template <typename Options>
int enqueueOnPostgres(const Options& options) {
  using indexer::filled, indexer::printable, indexer::tr;
  if (!options.enqueueOnly || options.files.empty()) {
    std::cerr << "sohoa ingest: "
              << tr("a PostgreSQL store takes inputs into its queue only: use --files DIR --enqueue-only, then "
                    "sohoa worker to read the pages")
              << '\n';
    return kExitUsage;
  }
  if (!options.dossier.empty()) {
    std::cerr << "sohoa ingest: " << tr("--dossier is not taken with a PostgreSQL store yet") << '\n';
    return kExitUsage;
  }
  const std::filesystem::path root = std::filesystem::weakly_canonical(std::filesystem::absolute(options.files));
  std::filesystem::create_directories(root);
  indexer::PostgresStore store(options.store, indexer::StoreAccess::ReadWrite);
  indexer::PgPageQueue queue(store.connection());
  queue.claimFilesRoot(root.string());
  const EnqueueReport report = enqueueInputs(queue, root, options.paths, std::cerr);
  std::cout << filled(tr("queued %1 file(s), %2 page(s); %3 already stored; %4 failed"),
                      {std::to_string(report.filesQueued), std::to_string(report.pagesQueued),
                       std::to_string(report.filesSkipped), std::to_string(report.filesFailed)})
            << '\n';
  return report.filesFailed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace

CommandAction addIngestCommand(CLI::App& app) {
  struct Options {
    std::string store;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    ReadingFlags reading;
    std::vector<std::string> paths;
    bool retryFailed = false;
    std::string dossier;
    std::string part;
    std::string files;
    bool enqueueOnly = false;
  };
  auto options = std::make_shared<Options>();
  auto* command =
      app.add_subcommand("ingest", indexer::tr("Scan files and folders (PDF, TIFF, JPEG, PNG) into the store"));
  command->add_option("--store", options->store, indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data)"));
  command->add_option("--jobs", options->jobs, indexer::tr("Pages recognised at once (default: number of cores)"))
      ->check(CLI::Range(1u, 64u));
  addReadingFlags(*command, options->reading);
  command->add_flag(
      "--retry-failed", options->retryFailed,
      indexer::tr("Read again the pages that failed in an earlier run (skipped, with their reason, otherwise)"));
  auto* dossier =
      command->add_option("--dossier", options->dossier,
                          indexer::tr("File everything given under this dossier code (000.00.21.H08-250314-0042)"));
  command
      ->add_option("--part", options->part,
                   indexer::tr("What the files are in that dossier (default: as extraction reads them)"))
      ->check(CLI::IsMember({"component", "result"}))
      ->needs(dossier);
  command->add_option("--files", options->files,
                      indexer::tr("With a PostgreSQL store: the folder holding its files (originals, pages), as "
                                  "this machine mounts it"));
  command->add_flag("--enqueue-only", options->enqueueOnly,
                    indexer::tr("With a PostgreSQL store: only queue the pages, for sohoa worker to read"));
  command->add_option("paths", options->paths, indexer::tr("Files and folders to ingest"))->required();
  return [options] {
    indexer::SplitOptions split;
    if (!options->dossier.empty()) {
      split.dossier = indexer::readDossierCode(options->dossier);
      if (!split.dossier) {
        std::cerr << "sohoa ingest: "
                  << indexer::filled(indexer::tr("--dossier %1: not a dossier code (agency code-yyMMdd-NNNN, e.g. "
                                                 "000.00.21.H08-250314-0042)"),
                                     {indexer::printable(options->dossier)})
                  << '\n';
        return kExitUsage;
      }
    }
    if (!options->part.empty()) split.part = indexer::partFromName(options->part);
    if (indexer::isPostgresUrl(options->store)) return enqueueOnPostgres(*options);
    indexer::RecordStore store(indexer::StoreLayout::resolve(options->store));
    indexer::migrateStore(store);
    catchUpIndex(store, isatty(STDERR_FILENO) != 0);
    IngestOptions ingestOptions;
    ingestOptions.jobs = options->jobs;
    applyReadingFlags(options->reading, ingestOptions.ocr, ingestOptions.dropColourInk);
    ingestOptions.retryFailed = options->retryFailed;
    ingestOptions.showProgress = isatty(STDERR_FILENO) != 0;
    ingestOptions.split = split;
    const IngestReport report = BatchIngest(store, ingestOptions, std::cerr).run(options->paths);
    const double minutes = report.seconds / 60.0;
    using indexer::filled;
    using indexer::tr;
    const auto text = [](auto number) { return std::to_string(number); };
    std::cout << filled(
        tr("ingested %1 file(s), %2 page(s) in %3 s"),
        {text(report.filesIngested), text(report.pagesStored), text(static_cast<int>(report.seconds + 0.5))});
    if (report.pagesStored > 0 && minutes > 0)
      std::cout << filled(tr(" (%1 pages/min)"), {text(static_cast<int>(report.pagesStored / minutes + 0.5))});
    if (report.filesSkipped > 0) std::cout << filled(tr("; %1 already stored"), {text(report.filesSkipped)});
    if (report.documents > 0)
      std::cout << "\n"
                << filled(tr("%1 document(s) in %2 dossier(s); %3 field(s) to review (sohoa show)"),
                          {text(report.documents), text(report.dossiers), text(report.fieldsForReview)});
    if (report.archiveFailures > 0)
      std::cout << filled(tr("; %1 archive file(s) not written (see above; sohoa archive retries)"),
                          {text(report.archiveFailures)});
    if (report.filesFailed > 0 || report.pagesFailed > 0)
      std::cout << filled(tr("; %1 file(s) and %2 page(s) failed (see above)"),
                          {text(report.filesFailed), text(report.pagesFailed)});
    std::cout << "\n" << filled(tr("store: %1"), {indexer::printable(store.layout().root.string())}) << '\n';
    return report.anyFailure() ? kExitSomeFailed : kExitOk;
  };
}

}  // namespace sohoa::pipeline
