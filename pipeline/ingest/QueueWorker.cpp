#include "pipeline/ingest/QueueWorker.hpp"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <future>
#include <mutex>
#include <ostream>
#include <set>
#include <thread>
#include <variant>
#include <vector>

#include "indexer/assembly/PgBatchAssembly.hpp"
#include "indexer/store/ArchiveRecords.hpp"
#include "indexer/store/RecordStore.hpp"
#include "indexer/store/StoreLayout.hpp"
#include "indexer/store/UtcTime.hpp"
#include "indexer/store/postgres/PgBatchRows.hpp"
#include "indexer/store/postgres/PgPageQueue.hpp"
#include "indexer/store/postgres/PostgresStore.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "ocr/formats/Hocr.hpp"
#include "pipeline/AtomicFile.hpp"
#include "pipeline/archive/ArchiveBuilder.hpp"
#include "pipeline/ingest/PagePreview.hpp"
#include "pipeline/ingest/PageRecognition.hpp"

namespace sohoa::pipeline {
namespace {

namespace fs = std::filesystem;

// A page read, or why it could not be.
using PageOutcome = std::variant<RecognisedPage, std::string>;

PageOutcome readLeasedPage(const fs::path& filesRoot, const indexer::LeasedPage& leased, ocr::OcrEngine& engine,
                           const WorkerOptions& options) {
  RasterPage raster;
  try {
    raster = openPageReader(filesRoot / leased.originalFile, inputTypeNamed(leased.fileType))->read(leased.page);
    prepareForOcr(raster, options.dropColourInk);
  } catch (const std::exception& error) {
    return std::string(error.what());
  }
  try {
    return recognisePage(raster, engine, options.ocr);
  } catch (const std::exception& error) {
    return std::string("OCR failed: ") + error.what();
  }
}

class WorkerThread {
 public:
  WorkerThread(const WorkerOptions& options, unsigned index, const std::atomic<bool>& stop, std::ostream& messages,
               std::mutex& messagesLock)
      : options_(options),
        name_(workerName(index)),
        stop_(stop),
        messages_(messages),
        messagesLock_(messagesLock),
        records_(indexer::RecordStore::open(options.url, indexer::StoreAccess::Update)),
        store_(records_.postgresStore()),
        queue_(store_.connection()) {
    const auto root = queue_.filesRoot();
    if (!root)
      throw indexer::StoreError(indexer::ErrorKind::NotFound,
                                "the PostgreSQL store has no files root yet (sohoa ingest --files DIR --enqueue-only "
                                "records it)");
    filesRoot_ = *root;
  }

  WorkerReport run() {
    ocr::TesseractEngine engine(options_.ocr);
    while (!stop_) {
      const auto leased = queue_.lease(name_, options_.lease);
      if (!leased) {
        // Also a batch whose assembler died: its transaction rolled back, and it waits here.
        const bool assemblyLeft = assembleReadyBatches();
        const bool done = options_.untilEmpty && !queue_.anyWaiting() && !assemblyLeft;
        // A peer killed between assembling a batch and writing its files left them: written
        // here once they are old enough for that peer to have finished (all of them at the end).
        archiveLeftovers(done ? std::chrono::minutes(-1) : std::chrono::minutes(10));
        if (done) break;
        pause();
        continue;
      }
      work(*leased, engine);
    }
    return report_;
  }

 private:
  void work(const indexer::LeasedPage& leased, ocr::OcrEngine& engine) {
    auto reading = std::async(std::launch::async, [&] { return readLeasedPage(filesRoot_, leased, engine, options_); });
    // The heartbeat: a third of the lease, so one late renewal does not lose it.
    const auto beat = std::max<std::chrono::milliseconds>(options_.lease / 3, std::chrono::milliseconds(100));
    while (reading.wait_for(beat) != std::future_status::ready) queue_.renew(leased, name_, options_.lease);
    auto outcome = reading.get();
    if (auto* read = std::get_if<RecognisedPage>(&outcome)) {
      const std::string hocr = indexer::StoreLayout::pageFile(leased.sha256, leased.page, "hocr");
      fs::create_directories((filesRoot_ / hocr).parent_path());
      writeFileAtomically(filesRoot_ / hocr, ocr::hocrDocument(read->page));
      if (!read->preview.empty())
        writePagePreview(filesRoot_ / indexer::StoreLayout::pageFile(leased.sha256, leased.page, "jpg"), read->preview);
      if (queue_.complete(leased, name_, read->page, hocr)) {
        ++report_.pagesStored;
        assembleAfterPage(leased.sourceId);
      } else {
        ++report_.leasesLost;
      }
      return;
    }
    const std::string& error = std::get<std::string>(outcome);
    const auto failed = queue_.fail(leased, name_, error);
    if (failed == indexer::FailureOutcome::LeaseLost) {
      ++report_.leasesLost;
      return;
    }
    ++(failed == indexer::FailureOutcome::Parked ? report_.pagesParked : report_.pagesRetried);
    if (failed == indexer::FailureOutcome::Parked) assembleAfterPage(leased.sourceId);
    const std::lock_guard lock(messagesLock_);
    using indexer::filled, indexer::printable, indexer::tr;
    messages_ << "sohoa: "
              << filled(failed == indexer::FailureOutcome::Parked ? tr("%1: page %2: %3 (attempt %4, parked)")
                                                                  : tr("%1: page %2: %3 (attempt %4, queued again)"),
                        {printable(leased.givenPath), std::to_string(leased.page), printable(error),
                         std::to_string(leased.attempts + 1)})
              << std::endl;
  }

  // Assembles every batch with no page left to read (another worker may take one first: its
  // row lock decides). Returns whether one is still left that this thread has not failed on.
  bool assembleReadyBatches() {
    lastLook_ = std::chrono::steady_clock::now();
    for (const std::int64_t batch : indexer::batchesReadyToAssemble(store_)) assemble(batch);
    for (const std::int64_t batch : indexer::batchesReadyToAssemble(store_))
      if (!failedBatches_.contains(batch)) return true;
    return false;
  }

  // After a page: its own batch when it was the last one; every batch now and then (one
  // whose last page was parked by another worker's lease, or whose assembler died).
  void assembleAfterPage(std::int64_t sourceId) {
    if (const auto batch = indexer::batchReadyToAssemble(store_, sourceId)) assemble(*batch);
    if (std::chrono::steady_clock::now() - lastLook_ > std::chrono::minutes(1)) assembleReadyBatches();
  }

  void assemble(std::int64_t batch) {
    if (failedBatches_.contains(batch)) return;
    try {
      if (const auto assembled = indexer::assemblePgBatch(store_, batch, indexer::CalendarDay::today())) {
        ++report_.batchesAssembled;
        report_.documents += static_cast<int>(assembled->documentIds.size());
        report_.dossiers += assembled->dossiers;
        report_.fieldsForReview += assembled->fieldsForReview;
        writeArchive(assembled->documentIds);
      }
    } catch (const indexer::StoreError& error) {
      // A deadlock with another assembler or a server going away: tried again on the next look
      // (a connection that is gone fails this thread there).
      if (error.kind() != indexer::ErrorKind::Busy) noteAssemblyFailure(batch, error.what());
    } catch (const std::exception& error) {
      noteAssemblyFailure(batch, error.what());
    }
  }

  // The assembled documents' PDF/A files and metadata, written as a SQLite ingest writes them
  // (files named by dossier and order, replaced atomically: two workers writing one are safe).
  void writeArchive(const std::vector<std::string>& documentIds) {
    if (documentIds.empty()) return;
    const auto written = buildArchive(records_, documentIds);
    report_.archiveFiles += written.documents;
    report_.archiveProblems += static_cast<int>(written.problems.size());
    const std::lock_guard lock(messagesLock_);
    for (const auto& problem : written.problems) messages_ << "sohoa: " << indexer::printable(problem) << std::endl;
  }

  void archiveLeftovers(std::chrono::minutes age) {
    auto ids = indexer::documentsAwaitingArchive(records_, indexer::utcBefore(age), 100);
    std::erase_if(ids, [&](const std::string& id) { return unarchivable_.contains(id); });
    const int problemsBefore = report_.archiveProblems;
    writeArchive(ids);
    if (report_.archiveProblems > problemsBefore) unarchivable_.insert(ids.begin(), ids.end());
  }

  // A batch that cannot be assembled is named and left for `sohoa worker` to try again later.
  void noteAssemblyFailure(std::int64_t batch, const std::string& error) {
    failedBatches_.insert(batch);
    ++report_.assemblyFailures;
    const std::lock_guard lock(messagesLock_);
    using indexer::filled, indexer::printable, indexer::tr;
    messages_ << "sohoa: " << filled(tr("batch %1: not assembled: %2"), {std::to_string(batch), printable(error)})
              << std::endl;
  }

  // Until the next poll, or sooner when asked to stop.
  void pause() {
    const auto until = std::chrono::steady_clock::now() + options_.poll;
    while (!stop_ && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }

  const WorkerOptions& options_;
  std::string name_;
  const std::atomic<bool>& stop_;
  std::ostream& messages_;
  std::mutex& messagesLock_;
  // One connection: the repositories the archive writer uses, the queue and the assembly.
  indexer::RecordStore records_;
  indexer::PostgresStore& store_;
  indexer::PgPageQueue queue_;
  fs::path filesRoot_;
  WorkerReport report_;
  std::set<std::int64_t> failedBatches_;  // not tried again by this thread
  std::set<std::string> unarchivable_;    // documents whose files failed: left to sohoa archive
  std::chrono::steady_clock::time_point lastLook_ = std::chrono::steady_clock::now();
};

}  // namespace

std::string workerName(unsigned thread) {
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  return std::string(host) + ":" + std::to_string(getpid()) + ":" + std::to_string(thread);
}

WorkerReport runQueueWorkers(const WorkerOptions& options, const std::atomic<bool>& stop, std::ostream& messages) {
  indexer::PostgresStore(options.url, indexer::StoreAccess::ReadWrite);  // the schema brought up to date once
  std::mutex messagesLock;
  std::vector<std::unique_ptr<WorkerThread>> workers;
  for (unsigned i = 0; i < options.jobs; ++i)
    workers.push_back(std::make_unique<WorkerThread>(options, i + 1, stop, messages, messagesLock));
  std::vector<WorkerReport> reports(options.jobs);
  std::vector<std::exception_ptr> errors(options.jobs);
  std::vector<std::thread> threads;
  for (unsigned i = 0; i < options.jobs; ++i)
    threads.emplace_back([&, i] {
      try {
        reports[i] = workers[i]->run();
      } catch (...) {
        errors[i] = std::current_exception();
      }
    });
  for (auto& thread : threads) thread.join();
  for (const auto& error : errors)
    if (error) std::rethrow_exception(error);
  WorkerReport total;
  for (const auto& report : reports) {
    total.pagesStored += report.pagesStored;
    total.pagesRetried += report.pagesRetried;
    total.pagesParked += report.pagesParked;
    total.leasesLost += report.leasesLost;
    total.batchesAssembled += report.batchesAssembled;
    total.documents += report.documents;
    total.dossiers += report.dossiers;
    total.fieldsForReview += report.fieldsForReview;
    total.assemblyFailures += report.assemblyFailures;
    total.archiveFiles += report.archiveFiles;
    total.archiveProblems += report.archiveProblems;
  }
  return total;
}

}  // namespace sohoa::pipeline
