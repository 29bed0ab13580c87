// `sohoa watch DIR`: the shared folder a network scanner saves to, ingested as files arrive.
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <ctime>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include "indexer/store/UtcTime.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/AtomicFile.hpp"
#include "pipeline/cli/Commands.hpp"
#include "pipeline/ingest/BatchIngest.hpp"
#include "pipeline/ingest/SettledEntries.hpp"
#include "pipeline/ingest/WatchNaming.hpp"

namespace sohoa::pipeline {

namespace fs = std::filesystem;

namespace {

volatile std::sig_atomic_t stopRequested = 0;

// The first Ctrl+C or `systemctl stop` lets the file being read finish (a killed one is
// redone on restart anyway, but finishing is quicker); a second one stops at once.
void requestStop(int signal) {
  if (stopRequested) {
    std::signal(signal, SIG_DFL);
    std::raise(signal);
  }
  stopRequested = 1;
}

struct WatchOptions {
  std::string store;
  std::string folder;
  std::string done;
  std::string failed;
  bool dossierFromName = false;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  double settleSeconds = 5;
  double intervalSeconds = 2;
  bool once = false;
};

// Moves `entry` into `folder` under a free name, across file systems if need be.
fs::path moveInto(const fs::path& entry, const fs::path& folder) {
  const fs::path target = freeNameIn(folder, entry.filename());
  std::error_code error;
  fs::rename(entry, target, error);
  if (error == std::errc::cross_device_link) {
    fs::copy(entry, target, fs::copy_options::recursive);
    fs::remove_all(entry);
  } else if (error) {
    throw fs::filesystem_error("cannot move it", entry, target, error);
  }
  return target;
}

class FolderWatch {
 public:
  FolderWatch(indexer::RecordStore& store, const WatchOptions& options, IngestOptions ingest)
      : store_(store), options_(options), ingest_(std::move(ingest)) {}

  // Ingests one settled entry and moves it to done/ or failed/ with its log. Returns false when
  // the entry was left in place (the store, not the file, failed: it is tried again next run).
  bool handle(const fs::path& entry) {
    IngestOptions ingest = ingest_;
    std::ostringstream log;
    log << "sohoa watch, " << indexer::utcNow() << '\n'
        << indexer::filled(indexer::tr("file: %1"), {indexer::printable(entry.filename().string())}) << '\n';
    if (options_.dossierFromName) {
      if (auto named = dossierFromName(entry)) {
        ingest.split.dossier = named->dossier;
        ingest.split.part = named->part;
        log << (named->part ? indexer::filled(indexer::tr("filed under dossier %1 as %2"),
                                              {named->dossier, indexer::partName(*named->part)})
                            : indexer::filled(indexer::tr("filed under dossier %1 as the part its pages show"),
                                              {named->dossier}))
            << '\n';
      }
    }
    std::ostringstream messages;
    IngestReport report;
    try {
      report = BatchIngest(store_, ingest, messages).run({entry.string()});
    } catch (const std::exception& error) {
      std::cerr << "sohoa watch: "
                << indexer::filled(indexer::tr("%1: left in place: %2"),
                                   {indexer::printable(entry.string()), indexer::printable(error.what())})
                << '\n';
      return false;
    }
    std::cerr << messages.str();
    const bool failed = report.filesFailed > 0 || report.pagesFailed > 0;
    log << summary(report) << '\n' << messages.str();
    const fs::path target = moveInto(entry, failed ? failedFolder() : doneFolder());
    writeFileAtomically(target.string() + ".log", log.str());
    std::cout << indexer::utcNow() << ' ' << indexer::printable(entry.filename().string()) << ": " << summary(report)
              << " -> " << indexer::printable(target.string()) << std::endl;
    return true;
  }

  fs::path doneFolder() const {
    return options_.done.empty() ? fs::path(options_.folder) / "done" : fs::path(options_.done);
  }
  fs::path failedFolder() const {
    return options_.failed.empty() ? fs::path(options_.folder) / "failed" : fs::path(options_.failed);
  }

 private:
  static std::string summary(const IngestReport& report) {
    using indexer::filled;
    using indexer::tr;
    auto text = [](auto number) { return std::to_string(number); };
    if (report.filesSkipped > 0 && report.pagesStored == 0) return tr("already in the store");
    if (report.filesFailed > 0 && report.pagesStored == 0 && report.pagesFailed == 0)
      return tr("FAILED: the file could not be read (the reason below)");
    std::string out = filled(tr("%1 page(s) stored, %2 document(s) in %3 dossier(s)"),
                             {text(report.pagesStored), text(report.documents), text(report.dossiers)});
    if (report.filesFailed > 0 || report.pagesFailed > 0)
      out += filled(tr("; FAILED: %1 page(s) not read (reasons below)"), {text(report.pagesFailed)});
    if (report.archiveFailures > 0)
      out += filled(tr("; %1 archive file(s) to redo (sohoa archive)"), {text(report.archiveFailures)});
    return out;
  }

  indexer::RecordStore& store_;
  const WatchOptions& options_;
  IngestOptions ingest_;
};

int watchFolder(const WatchOptions& options) {
  const fs::path folder = options.folder;
  if (!fs::is_directory(folder)) {
    std::cerr << "sohoa watch: "
              << indexer::filled(indexer::tr("%1: not a folder"), {indexer::printable(options.folder)}) << '\n';
    return kExitUsage;
  }
  indexer::RecordStore store(indexer::StoreLayout::resolve(options.store));
  indexer::migrateStore(store);
  catchUpIndex(store, false);
  IngestOptions ingest;
  ingest.jobs = options.jobs;
  FolderWatch watch(store, options, ingest);
  fs::create_directories(watch.doneFolder());
  fs::create_directories(watch.failedFolder());
  const auto settle = std::chrono::milliseconds(static_cast<long>(options.settleSeconds * 1000));
  SettledEntries entries(folder, settle, {watch.doneFolder(), watch.failedFolder(), store.layout().root});
  std::signal(SIGINT, requestStop);
  std::signal(SIGTERM, requestStop);
  std::ostringstream settleText;
  settleText << options.settleSeconds;
  std::cout << indexer::filled(
                   indexer::tr("watching %1: a file is read once unchanged for %2 s; then moved to %3 or %4 "
                               "with a .log beside it"),
                   {indexer::printable(options.folder), settleText.str(),
                    indexer::printable(watch.doneFolder().string()), indexer::printable(watch.failedFolder().string())})
            << std::endl;
  const auto interval = std::chrono::milliseconds(static_cast<long>(options.intervalSeconds * 1000));
  while (!stopRequested) {
    for (const fs::path& entry : entries.poll(SettledEntries::Clock::now())) {
      if (stopRequested) break;
      if (watch.handle(entry))
        entries.forget(entry);
      else
        entries.ignore(entry);
    }
    if (options.once && entries.pending() == 0) break;
    std::this_thread::sleep_for(interval);
  }
  return kExitOk;
}

}  // namespace

CommandAction addWatchCommand(CLI::App& app) {
  auto options = std::make_shared<WatchOptions>();
  auto* command = app.add_subcommand(
      "watch",
      indexer::tr("Ingest what a scanner saves into a folder, moving each file to done/ or failed/ with a log"));
  command->add_option("--store", options->store, indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data)"));
  command->add_option("--done", options->done, indexer::tr("Where files read go (default: DIR/done)"));
  command->add_option("--failed", options->failed,
                      indexer::tr("Where files that failed go, with the reason (default: DIR/failed)"));
  command->add_flag(
      "--dossier-from-name", options->dossierFromName,
      indexer::tr("File CODE_ketqua.pdf / CODE_thanhphan.pdf under dossier CODE as its result / a component"));
  command->add_option("--jobs", options->jobs, indexer::tr("Pages recognised at once (default: number of cores)"))
      ->check(CLI::Range(1u, 64u));
  command
      ->add_option("--settle", options->settleSeconds,
                   indexer::tr("Seconds a file must stay unchanged before it is read"))
      ->check(CLI::Range(0.0, 3600.0))
      ->capture_default_str();
  command->add_option("--interval", options->intervalSeconds, indexer::tr("Seconds between looks at the folder"))
      ->check(CLI::Range(0.05, 3600.0))
      ->capture_default_str();
  command->add_flag("--once", options->once, indexer::tr("Read what the folder holds, then exit (for cron or a test)"));
  command->add_option("folder", options->folder, indexer::tr("The folder the scanner saves to"))->required();
  return [options] { return watchFolder(*options); };
}

}  // namespace sohoa::pipeline
