#pragma once
// `sohoa worker`: reads the pages of a PostgreSQL store's queue (PgPageQueue), on as many
// machines as there are, `jobs` threads each with its own connection and Tesseract engine. A
// thread leases a page, reads it exactly as `sohoa ingest` does (PageRecognition) from the
// original under the files root, keeping its lease alive every third of its length while it
// reads; it writes the page's hOCR and preview under the files root (named by content and
// written atomically, so two workers writing the same page are harmless) and stores the page
// with its queue row done in one transaction, dropped if the lease was lost meanwhile. A page
// that fails goes back to the queue, and is parked at its third failure. Once no page of a
// batch is left to read, the thread that finds it so assembles the batch into documents,
// dossiers and fields (indexer/assembly/PgBatchAssembly), as `sohoa ingest` does on SQLite.
#include <atomic>
#include <chrono>
#include <iosfwd>
#include <string>

#include "ocr/engine/TesseractEngine.hpp"

namespace sohoa::pipeline {

struct WorkerOptions {
  std::string url;  // postgresql://…
  unsigned jobs = 1;
  bool untilEmpty = false;  // stop when nothing is queued or leased, instead of polling
  std::chrono::seconds lease{60};
  std::chrono::milliseconds poll{2000};
  ocr::OcrSettings ocr;
  bool dropColourInk = true;
};

struct WorkerReport {
  int pagesStored = 0;
  int pagesRetried = 0;      // failed, back in the queue
  int pagesParked = 0;       // failed for the last time
  int leasesLost = 0;        // another worker had the page by the time this one was done
  int batchesAssembled = 0;  // by this worker; each by one worker only
  int documents = 0, dossiers = 0, fieldsForReview = 0;
  int assemblyFailures = 0;  // batches left unassembled, named in the messages
  int archiveFiles = 0;      // documents' PDF/A files written by this worker
  int archiveProblems = 0;   // files not written, named in the messages (sohoa archive tries again)
};

// Runs until `stop` is set (each thread finishes its page first) or, with untilEmpty, until
// the queue has nothing left to read. Failures are written to `messages`, naming file and page.
WorkerReport runQueueWorkers(const WorkerOptions& options, const std::atomic<bool>& stop, std::ostream& messages);

// host:pid:thread, as queue rows name their worker.
std::string workerName(unsigned thread);

}  // namespace sohoa::pipeline
