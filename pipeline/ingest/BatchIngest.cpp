#include "pipeline/ingest/BatchIngest.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>
#include <thread>

#include "indexer/assembly/BatchAssembly.hpp"
#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/StoreError.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "ocr/engine/EnginePool.hpp"
#include "ocr/formats/Hocr.hpp"
#include "pipeline/AtomicFile.hpp"
#include "pipeline/archive/ArchiveBuilder.hpp"
#include "pipeline/ingest/BoundedQueue.hpp"
#include "pipeline/ingest/ContentHash.hpp"
#include "pipeline/ingest/IngestPlan.hpp"
#include "pipeline/ingest/InputCollector.hpp"
#include "pipeline/ingest/OriginalsFolder.hpp"
#include "pipeline/ingest/PagePreview.hpp"
#include "pipeline/ingest/PageReader.hpp"
#include "pipeline/ingest/PageRecognition.hpp"
#include "pipeline/ingest/ProgressLine.hpp"

namespace sohoa::pipeline {
namespace {

namespace fs = std::filesystem;

struct PlannedSource {
  InputFile input;
  InputType type;
  indexer::SourceRecord record;
  std::vector<int> pagesToDo;
  std::size_t outstanding = 0;
  bool stored = false;  // at least one page in the store
  bool failed = false;
  std::size_t batch = 0;
};

struct BatchUnderWay {
  PlannedBatch plan;
  std::size_t unfinished = 0;  // members with pages still to read
};

// What planning needs of the run: the store's journal, its folder, and where problems are told.
struct Planning {
  indexer::IngestJournal& journal;
  const indexer::StoreLayout& layout;
  bool retryFailed = false;
  std::ostream& messages;
  IngestReport& report;
  std::set<std::string> seen;  // contents admitted in this run
};

void tellSkipped(Planning& planning, const InputFile& input, Admission why, const indexer::SourceRecord* known,
                 std::size_t failed) {
  planning.messages << "sohoa: " << skippedInputMessage(input.givenPath, why, known ? known->givenPath : "", failed)
                    << '\n';
  ++planning.report.filesSkipped;
}

// One input identified by content, checked against the store, its original kept and its pages
// still to do listed; nothing when it is skipped. Throws when the file cannot be read at all.
std::optional<PlannedSource> planSource(Planning& planning, const InputFile& input) {
  const InputType type = sniffInputType(input.file);
  if (type == InputType::Empty || type == InputType::Unknown) openPageReader(input.file, type);  // throws
  const std::string sha = sha256OfFile(input.file);
  const auto known = planning.journal.findSource(sha);
  std::optional<ContentInStore> inStore;
  if (known) {
    const std::size_t failed = known->done ? planning.journal.failedPages(known->id).size() : 0;
    inStore = ContentInStore{known->done, known->givenPath, failed};
  }
  if (const auto admission = admitInput(sha, inStore, planning.retryFailed, planning.seen);
      admission != Admission::Read) {
    tellSkipped(planning, input, admission, known ? &*known : nullptr, inStore ? inStore->failedPages : 0);
    return std::nullopt;
  }
  const auto& root = planning.layout.root;
  const int pageCount = openPageReader(input.file, type)->pageCount();
  indexer::SourceRecord record{0,
                               sha,
                               input.givenPath,
                               keepOriginal(root, input.file, sha, inputTypeName(type)),
                               inputTypeName(type),
                               static_cast<std::int64_t>(fs::file_size(input.file)),
                               pageCount,
                               false};
  record = planning.journal.beginSource(record);
  fs::create_directories(root / "pages" / sha);
  removeStaleTemporaries(root / "pages" / sha);
  PlannedSource source{input, type, record, {}, 0, false, false, 0};
  const auto stored = planning.journal.storedPages(record.id);
  const auto failedBefore =
      planning.retryFailed ? std::map<int, std::string>() : planning.journal.failedPages(record.id);
  auto pages = pagesToRead(record.pageCount, stored, failedBefore, planning.retryFailed);
  source.stored = !stored.empty();
  for (int page : pages.failedBefore) {
    planning.messages << "sohoa: "
                      << indexer::filled(indexer::tr("%1: page %2: %3 (in an earlier run; sohoa ingest "
                                                     "--retry-failed reads it again)"),
                                         {indexer::printable(input.givenPath), std::to_string(page),
                                          indexer::printable(failedBefore.at(page))})
                      << '\n';
    source.failed = true;
    ++planning.report.pagesFailed;
  }
  source.pagesToDo = std::move(pages.pages);
  source.outstanding = source.pagesToDo.size();
  return source;
}

std::vector<BatchUnderWay> batchesOf(std::vector<PlannedSource>& plan) {
  std::vector<BatchMember> members;
  for (const auto& source : plan)
    members.push_back(
        {source.input.folder, source.input.givenPath, source.record.pageCount, source.type == InputType::Pdf});
  std::vector<BatchUnderWay> batches;
  for (auto& batch : groupIntoBatches(members)) {
    for (std::size_t member : batch.members) plan[member].batch = batches.size();
    const std::size_t size = batch.members.size();
    batches.push_back({std::move(batch), size});
  }
  return batches;
}

struct PageJob {
  std::size_t source = 0;
  int page = 0;
  RasterPage raster;
  std::string error;
};

struct PageResult {
  std::size_t source = 0;
  int page = 0;
  std::optional<ocr::Page> recognised;
  std::string preview;  // JPEG of a scanned page, for the viewer
  std::string error;
};

// Runs on the reader thread: every page of every planned source, in order.
void readPages(const std::vector<PlannedSource>& plan, BoundedQueue<PageJob>& jobs, bool dropColourInk) {
  for (std::size_t index = 0; index < plan.size(); ++index) {
    const auto& source = plan[index];
    std::unique_ptr<PageReader> reader;
    std::string openError;
    try {
      reader = openPageReader(source.input.file, source.type);
    } catch (const std::exception& error) {
      openError = error.what();
    }
    for (int page : source.pagesToDo) {
      PageJob job{index, page, {}, openError};
      if (reader) {
        try {
          job.raster = reader->read(page);
          prepareForOcr(job.raster, dropColourInk);
        } catch (const std::exception& error) {
          job.error = error.what();
        }
      }
      if (!jobs.push(std::move(job))) return;
    }
  }
}

// Runs on each worker thread.
void recognisePages(BoundedQueue<PageJob>& jobs, BoundedQueue<PageResult>& results, ocr::EnginePool& pool,
                    const ocr::OcrSettings& settings) {
  while (auto job = jobs.pop()) {
    PageResult result{job->source, job->page, std::nullopt, {}, job->error};
    if (result.error.empty()) {
      try {
        if (job->raster.textLayer) {
          result.recognised = std::move(job->raster.textLayer);
        } else {
          auto engine = pool.acquire();
          auto read = recognisePage(job->raster, *engine, settings);
          result.recognised = std::move(read.page);
          result.preview = std::move(read.preview);
        }
      } catch (const std::exception& error) {
        result.error = std::string("OCR failed: ") + error.what();
      }
    }
    job.reset();  // free the page image before waiting on the writer
    if (!results.push(std::move(result))) return;
  }
}

}  // namespace

BatchIngest::BatchIngest(indexer::RecordStore& store, IngestOptions options, std::ostream& messages)
    : store_(store), options_(std::move(options)), messages_(messages) {}

IngestReport BatchIngest::run(const std::vector<std::string>& paths, Assembly when) {
  const auto started = std::chrono::steady_clock::now();
  IngestReport report;
  indexer::IngestJournal journal(store_);
  // What killed or failed runs left half written (never under a final name).
  removeStaleTemporaries(store_.layout().originals());
  removeStaleTemporaries(store_.layout().archive());
  // Documents an earlier run assembled but did not archive (killed, or the disk was full), and
  // archive files gone missing or broken, get their files first (by the run that assembles).
  if (when == Assembly::Now)
    for (const auto& problem : buildArchive(store_).problems) {
      messages_ << "sohoa: " << indexer::printable(problem) << '\n';
      ++report.archiveFailures;
    }
  const auto inputs = collectInputs(paths);
  for (const auto& link : inputs.refusedLinks) {
    messages_ << "sohoa: "
              << indexer::filled(indexer::tr("%1: a symbolic link to %2, outside the folder given: not followed"),
                                 {indexer::printable(link.link), indexer::printable(link.target)})
              << '\n';
    ++report.filesFailed;
  }
  for (const auto& missing : inputs.missing) {
    messages_ << "sohoa: " << indexer::filled(indexer::tr("%1: no such file or folder"), {indexer::printable(missing)})
              << '\n';
    ++report.filesFailed;
  }

  // Plan: identify every input by content, keep its original, and list the pages still to do.
  std::vector<PlannedSource> plan;
  Planning planning{journal, store_.layout(), options_.retryFailed, messages_, report, {}};
  int totalPages = 0;
  for (const auto& input : inputs.files) {
    try {
      if (auto source = planSource(planning, input)) {
        totalPages += static_cast<int>(source->outstanding);
        plan.push_back(std::move(*source));
      }
    } catch (const indexer::StoreError& error) {
      // The store, not this input: busy or broken, it fails every input the same way after
      // SQLite's wait each. The run stops with the store's own status (`watch` leaves the file).
      if (error.kind() == indexer::ErrorKind::Busy || error.kind() == indexer::ErrorKind::StorageFailure) throw;
      messages_ << "sohoa: " << indexer::printable(input.givenPath) << ": " << indexer::printable(error.what()) << '\n';
      ++report.filesFailed;
    } catch (const std::exception& error) {
      messages_ << "sohoa: " << indexer::printable(input.givenPath) << ": " << indexer::printable(error.what()) << '\n';
      ++report.filesFailed;
    }
  }

  auto batches = batchesOf(plan);
  indexer::BatchAssembly assembly(store_);
  auto finishSource = [&](PlannedSource& source) {
    if (source.failed) ++report.filesFailed;
    if (source.stored && !source.failed) ++report.filesIngested;
    auto& batch = batches[source.batch];
    if (--batch.unfinished > 0 || when == Assembly::Later) return;
    std::vector<std::int64_t> stored;
    for (std::size_t index : batch.plan.members)
      if (plan[index].stored) stored.push_back(plan[index].record.id);
    if (stored.empty()) return;
    const auto assembled = assembly.assemble(stored, batch.plan.path, options_.split);
    // The archive files of what was just assembled; a failure is named and ingest goes on
    // (`sohoa archive` writes what is missing).
    for (const auto& problem : buildArchive(store_, assembled.documentIds).problems) {
      messages_ << "sohoa: " << indexer::printable(problem) << '\n';
      ++report.archiveFailures;
    }
    report.documents += static_cast<int>(assembled.documentIds.size());
    report.dossiers += assembled.dossiers;
    report.fieldsForReview += assembled.fieldsForReview;
  };
  for (auto& source : plan)
    if (source.outstanding == 0) finishSource(source);

  if (totalPages > 0) {
    if (!engines_)
      engines_ = std::make_unique<ocr::EnginePool>(
          options_.jobs, options_.makeEngine ? options_.makeEngine
                                             : [&] { return std::make_unique<ocr::TesseractEngine>(options_.ocr); });
    ocr::EnginePool& pool = *engines_;
    BoundedQueue<PageJob> jobs(options_.jobs);
    BoundedQueue<PageResult> results(options_.jobs * 2);
    std::atomic<unsigned> workersLeft = options_.jobs;
    std::thread reader([&] {
      readPages(plan, jobs, options_.dropColourInk);
      jobs.close();
    });
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < options_.jobs; ++i)
      workers.emplace_back([&] {
        recognisePages(jobs, results, pool, options_.ocr);
        if (--workersLeft == 0) results.close();
      });
    auto stopThreads = [&] {
      jobs.close();
      results.close();
      reader.join();
      for (auto& worker : workers) worker.join();
    };

    ProgressLine progress(totalPages, options_.showProgress);
    try {
      while (auto result = results.pop()) {
        auto& source = plan[result->source];
        if (result->recognised) {
          const std::string hocr = indexer::StoreLayout::pageFile(source.record.sha256, result->page, "hocr");
          writeFileAtomically(store_.layout().root / hocr, ocr::hocrDocument(*result->recognised));
          if (!result->preview.empty())
            writePagePreview(
                store_.layout().root / indexer::StoreLayout::pageFile(source.record.sha256, result->page, "jpg"),
                result->preview);
          journal.storePage(source.record.id, result->page, *result->recognised, hocr);
          source.stored = true;
          ++report.pagesStored;
        } else {
          progress.finish();
          messages_ << "sohoa: "
                    << indexer::filled(indexer::tr("%1: page %2: %3"),
                                       {indexer::printable(source.input.givenPath), std::to_string(result->page),
                                        indexer::printable(result->error)})
                    << '\n';
          journal.recordPageError(source.record.id, result->page, result->error);
          source.failed = true;
          ++report.pagesFailed;
        }
        progress.pageDone();
        if (--source.outstanding == 0) finishSource(source);
      }
    } catch (...) {
      progress.finish();
      stopThreads();
      throw;
    }
    progress.finish();
    stopThreads();
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace sohoa::pipeline
