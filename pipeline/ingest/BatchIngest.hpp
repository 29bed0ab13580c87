#pragma once
// `sohoa ingest`: files and folders in, stored and indexed pages out. One thread reads and
// rasterises pages, `jobs` threads recognise them (one Tesseract engine each), and this
// thread alone writes to the store; bounded queues between them keep memory flat.
// A batch is one file, or the single-page files of one folder (a scanner's output): once all
// its pages are stored it is cut into documents and dossiers and its fields are read.
// Inputs already in the store (same SHA-256) are skipped; a run killed at any moment and
// started again does only the pages that are missing.
// A run may also only read and store pages, leaving their batch for a later run to cut:
// `sohoa scan` reads each page as soon as it is scanned, then assembles the stack at its end.
// One BatchIngest loads its OCR engines once, for all its runs.
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "indexer/extract/DossierSplitter.hpp"
#include "indexer/store/RecordStore.hpp"
#include "ocr/engine/EnginePool.hpp"
#include "ocr/engine/TesseractEngine.hpp"

namespace sohoa::pipeline {

struct IngestOptions {
  unsigned jobs = 2;
  ocr::OcrSettings ocr;
  indexer::SplitOptions split;
  bool dropColourInk = true;  // seals on colour scans dropped from the image OCR reads
  bool showProgress = false;
  bool retryFailed = false;                // read again the pages that failed in an earlier run
  ocr::EnginePool::MakeEngine makeEngine;  // one engine per worker; empty: Tesseract with `ocr`
};

struct IngestReport {
  int filesIngested = 0;
  int filesSkipped = 0;  // already in the store
  int filesFailed = 0;   // not readable at all, or with pages that failed
  int pagesStored = 0;
  int pagesFailed = 0;
  int documents = 0;
  int dossiers = 0;
  int fieldsForReview = 0;
  int archiveFailures = 0;  // documents whose archive file could not be written
  double seconds = 0;
  bool anyFailure() const { return filesFailed > 0 || pagesFailed > 0 || archiveFailures > 0; }
};

class BatchIngest {
 public:
  // Problems with inputs are written to `messages`, one line each, naming the file and page.
  BatchIngest(indexer::RecordStore& store, IngestOptions options, std::ostream& messages);
  enum class Assembly { Now, Later };
  IngestReport run(const std::vector<std::string>& paths, Assembly when = Assembly::Now);

 private:
  indexer::RecordStore& store_;
  IngestOptions options_;
  std::ostream& messages_;
  std::unique_ptr<ocr::EnginePool> engines_;  // made by the first run that has pages to read
};

}  // namespace sohoa::pipeline
