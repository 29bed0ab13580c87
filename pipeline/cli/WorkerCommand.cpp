// `sohoa worker --store postgresql://… [--jobs N] [--until-empty]`: reads the pages waiting in
// a PostgreSQL store's queue (QueueWorker), on this machine, until stopped (SIGINT, SIGTERM:
// each thread finishes its page first) or, with --until-empty, until nothing is left to read
// or to assemble.
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/cli/Commands.hpp"
#include "pipeline/cli/ReadingFlags.hpp"
#include "pipeline/ingest/QueueWorker.hpp"

namespace sohoa::pipeline {
namespace {

std::atomic<bool> workerStop{false};

void requestWorkerStop(int) { workerStop = true; }

// Tests make leases short to see a killed worker's page taken over quickly.
unsigned defaultLeaseSeconds() {
  const char* value = std::getenv("SOHOA_LEASE_SECONDS");
  const long seconds = value ? std::strtol(value, nullptr, 10) : 0;
  return seconds > 0 ? static_cast<unsigned>(seconds) : 60;
}

}  // namespace

CommandAction addWorkerCommand(CLI::App& app) {
  struct Options {
    std::string store;
    unsigned jobs = 1;
    unsigned leaseSeconds = defaultLeaseSeconds();
    bool untilEmpty = false;
    ReadingFlags reading;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand(
      "worker", indexer::tr("Read the pages queued in a PostgreSQL store (sohoa ingest --enqueue-only)"));
  command->add_option("--store", options->store, indexer::tr("PostgreSQL URL (postgresql://user@host/database)"))
      ->required();
  command->add_option("--jobs", options->jobs, indexer::tr("Pages read at once (one Tesseract engine each)"))
      ->check(CLI::Range(1u, 64u))
      ->capture_default_str();
  command
      ->add_option("--lease", options->leaseSeconds,
                   indexer::tr("Seconds a page stays this worker's without news of it (default: "
                               "$SOHOA_LEASE_SECONDS or 60)"))
      ->check(CLI::Range(1u, 3600u));
  command->add_flag(
      "--until-empty", options->untilEmpty,
      indexer::tr(
          "Stop when no page is queued or being read and no batch waits to be assembled (default: wait for more)"));
  addReadingFlags(*command, options->reading);
  return [options] {
    if (!indexer::isPostgresUrl(options->store)) {
      std::cerr << "sohoa worker: "
                << indexer::filled(indexer::tr("--store %1: not a PostgreSQL URL (postgresql://...)"),
                                   {indexer::printable(options->store)})
                << '\n';
      return kExitUsage;
    }
    WorkerOptions worker;
    worker.url = options->store;
    worker.jobs = options->jobs;
    worker.untilEmpty = options->untilEmpty;
    worker.lease = std::chrono::seconds(options->leaseSeconds);
    applyReadingFlags(options->reading, worker.ocr, worker.dropColourInk);
    std::signal(SIGINT, requestWorkerStop);
    std::signal(SIGTERM, requestWorkerStop);
    const WorkerReport report = runQueueWorkers(worker, workerStop, std::cerr);
    const auto text = [](int number) { return std::to_string(number); };
    std::cout << indexer::filled(indexer::tr("worker: %1 page(s) stored, %2 failed and queued again, %3 parked, %4 "
                                             "left to another worker"),
                                 {text(report.pagesStored), text(report.pagesRetried), text(report.pagesParked),
                                  text(report.leasesLost)})
              << '\n';
    std::cout << indexer::filled(indexer::tr("worker: %1 batch(es) assembled: %2 document(s), %3 dossier(s), %4 "
                                             "field(s) to review"),
                                 {text(report.batchesAssembled), text(report.documents), text(report.dossiers),
                                  text(report.fieldsForReview)})
              << '\n';
    std::cout << indexer::filled(indexer::tr("worker: %1 archive file(s) written, %2 not (sohoa archive tries again)"),
                                 {text(report.archiveFiles), text(report.archiveProblems)})
              << '\n';
    return report.pagesParked > 0 || report.assemblyFailures > 0 || report.archiveProblems > 0 ? kExitSomeFailed
                                                                                               : kExitOk;
  };
}

}  // namespace sohoa::pipeline
