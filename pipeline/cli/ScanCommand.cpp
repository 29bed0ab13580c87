// `sohoa scan`: a stack of paper through the desk's scanner into the store, as one batch.
#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include "indexer/extract/DossierCode.hpp"
#include "indexer/store/UtcTime.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "ocr/prepare/BlankPage.hpp"
#include "pipeline/AtomicFile.hpp"
#include "pipeline/cli/Commands.hpp"
#include "pipeline/cli/ScanProgress.hpp"
#include "pipeline/ingest/BatchIngest.hpp"
#include "pipeline/ingest/ReadWhileScanning.hpp"
#include "pipeline/ingest/SaneScanner.hpp"

namespace sohoa::pipeline {

namespace fs = std::filesystem;

namespace {

struct ScanOptions {
  bool list = false;
  std::string store;
  std::string device;
  std::string source;
  std::string mode = "gray";
  int dpi = 300;
  std::string dossier;
  std::string part;
  std::string batch;
  int pages = 0;              // at most this many; 0: until the feeder is empty (one page on a flatbed)
  bool noIngest = false;      // scan into a folder and stop there (the viewer ingests what the clerk keeps)
  bool progressJson = false;  // one JSON line per page on stdout
  std::string into;           // the folder of a --no-ingest scan
  int rescan = 0;             // scan one sheet as this page of the folder, replacing it
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
};

std::string defaultBatchName() {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  localtime_r(&now, &parts);
  std::ostringstream name;
  name << "scan-" << std::put_time(&parts, "%Y%m%d-%H%M%S");
  return name.str();
}

int listDevices() {
  const auto scanners = listScanners();
  for (const auto& scanner : scanners) std::cout << scanner.name << '\t' << scanner.description << '\n';
  if (scanners.empty())
    std::cerr << "sohoa scan: " << indexer::tr("no scanner found (is it on, plugged in, and seen by `scanimage -L`?)")
              << '\n';
  return scanners.empty() ? kExitSomeFailed : kExitOk;
}

// The pages a stopped stack left in `folder`.
int pagesIn(const fs::path& folder) {
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(folder)) pages += entry.path().extension() == ".png";
  return pages;
}

// The highest page number in `folder` (numbering goes on after it, also when a page was dropped).
int lastPageNumber(const fs::path& folder) {
  int last = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    int number = 0;
    if (std::sscanf(entry.path().filename().c_str(), "page-%d.png", &number) == 1) last = std::max(last, number);
  }
  return last;
}

void savePage(Pix* page, const fs::path& file) {
  l_uint8* data = nullptr;
  std::size_t size = 0;
  if (pixWriteMem(&data, &size, page, IFF_PNG) != 0) throw std::runtime_error("cannot encode the scanned page");
  std::unique_ptr<l_uint8, decltype(&lept_free)> owned(data, lept_free);
  writeFileAtomically(file, std::string_view(reinterpret_cast<const char*>(data), size));
}

ScanSettings settingsFrom(const ScanOptions& options) {
  ScanSettings settings;
  settings.dpi = options.dpi;
  if (options.source == "flatbed") settings.source = ScanSource::Flatbed;
  if (options.source == "adf") settings.source = ScanSource::Adf;
  if (options.source == "adf-duplex") settings.source = ScanSource::AdfDuplex;
  if (options.mode == "color") settings.mode = ScanMode::Color;
  if (options.mode == "lineart") settings.mode = ScanMode::Lineart;
  return settings;
}

// Scans into `folder` until the feeder is empty, handing each page saved to `saved`; returns
// whether the stack ended as it should.
bool scanStack(const ScanOptions& options, const fs::path& folder, const ScanProgress& progress,
               const std::function<void(const fs::path&)>& saved, int& scanned) {
  SaneScanner scanner(options.device, settingsFrom(options));
  progress.started(scanner, options.mode, folder);
  const int limit = options.rescan > 0 ? 1 : options.pages > 0 ? options.pages : (scanner.feedsSheets() ? 0 : 1);
  int number = options.rescan > 0 ? options.rescan - 1 : lastPageNumber(folder);
  int sheets = 0;  // a blank one dropped counts too: a flatbed scans its one page, blank or not
  try {
    while (limit == 0 || sheets < limit) {
      auto page = scanner.nextPage();
      if (!page) break;
      ++sheets;
      // A folder for the viewer gets no blank backs (ingest marks them blank and keeps them).
      if (options.noIngest && ocr::isBlankPage(page->get(), scanner.dpi())) {
        progress.blankDropped(number);
        continue;
      }
      char name[32];
      std::snprintf(name, sizeof name, "page-%04d.png", ++number);
      // Where and when the page was scanned, kept in the PNG: it also tells apart two sheets a
      // scanner makes byte-identical (blank backs), which are pages of the stack all the same.
      const std::string provenance = "sohoa scan: " + scanner.deviceName() + ", batch " + folder.filename().string() +
                                     ", page " + std::to_string(number) + ", " + indexer::utcNow();
      pixSetText(page->get(), provenance.c_str());
      // Saved first (a jam later loses nothing), then read while the next sheet is scanned.
      savePage(page->get(), folder / name);
      saved(folder / name);
      ++scanned;
      progress.pageSaved(number, folder / name, pixGetWidth(page->get()), pixGetHeight(page->get()));
    }
  } catch (const ScanStopped& stop) {
    progress.stopped(stop, scanned, folder.filename().string());
    return false;
  }
  return true;
}

// --no-ingest: the pages stay in their folder for the viewer to show, drop, rescan and commit.
int scanOnly(const ScanOptions& options, const fs::path& folder) {
  const ScanProgress progress(options.progressJson);
  int scanned = 0;
  bool whole = true;
  try {
    whole = scanStack(
        options, folder, progress, [](const fs::path&) {}, scanned);
  } catch (const std::exception& error) {
    progress.failed(error.what());
    whole = false;
  }
  progress.finished(scanned);
  if (!progress.json())
    std::cout << indexer::filled(indexer::tr("scanned %1 page(s) into %2"), {std::to_string(scanned), folder.string()})
              << '\n';
  return whole ? kExitOk : kExitSomeFailed;
}

int scanAndIngest(const ScanOptions& options) {
  if (options.list) return listDevices();
  indexer::SplitOptions split;
  if (!options.dossier.empty()) {
    split.dossier = indexer::readDossierCode(options.dossier);
    if (!split.dossier) {
      std::cerr << "sohoa scan: "
                << indexer::filled(indexer::tr("--dossier %1: not a dossier code (agency code-yyMMdd-NNNN, e.g. "
                                               "000.00.21.H08-250314-0042)"),
                                   {indexer::printable(options.dossier)})
                << '\n';
      return kExitUsage;
    }
  }
  if (!options.part.empty()) split.part = indexer::partFromName(options.part);
  const auto layout = indexer::StoreLayout::resolve(options.store);
  const fs::path folder = !options.into.empty()
                              ? fs::path(options.into)
                              : layout.root / "intake" / (options.batch.empty() ? defaultBatchName() : options.batch);
  fs::create_directories(folder);
  removeStaleTemporaries(folder);  // a page a killed run of this batch was saving
  if (options.noIngest) return scanOnly(options, folder);
  indexer::RecordStore store(layout);
  indexer::migrateStore(store);
  IngestOptions ingestOptions;
  ingestOptions.jobs = options.jobs;
  ingestOptions.split = split;
  BatchIngest ingest(store, ingestOptions, std::cerr);
  int scanned = 0;
  bool whole = true;
  int pagesReadAhead = 0;
  {
    ReadWhileScanning reader(ingest);
    const ScanProgress progress(false);
    try {
      whole = scanStack(
          options, folder, progress, [&](const fs::path& page) { reader.add(page); }, scanned);
    } catch (const std::exception& error) {
      progress.failed(error.what());
      whole = false;
    }
    pagesReadAhead = reader.finish();
  }
  if (pagesIn(folder) == 0) {
    fs::remove(folder);
    return kExitSomeFailed;
  }
  // Every page is read by now (those of an earlier, stopped run of the batch too, which this
  // one did not scan): the batch is cut into documents and dossiers as one.
  const IngestReport report = ingest.run({folder.string()});
  std::cout << indexer::filled(indexer::tr("scanned %1 page(s); %2 page(s) stored, %3 document(s) in %4 dossier(s)"),
                               {std::to_string(scanned), std::to_string(pagesReadAhead + report.pagesStored),
                                std::to_string(report.documents), std::to_string(report.dossiers)});
  if (report.fieldsForReview > 0)
    std::cout << indexer::filled(indexer::tr("; %1 field(s) to review (sohoa show)"),
                                 {std::to_string(report.fieldsForReview)});
  std::cout << '\n';
  // The pages are kept byte for byte under originals/ once stored; the intake folder stays only
  // while something is left to do with it.
  if (whole && !report.anyFailure()) fs::remove_all(folder);
  return whole && !report.anyFailure() ? kExitOk : kExitSomeFailed;
}

}  // namespace

CommandAction addScanCommand(CLI::App& app) {
  auto options = std::make_shared<ScanOptions>();
  auto* command =
      app.add_subcommand("scan", indexer::tr("Scan a stack of paper with the desk's scanner (SANE) and ingest it"));
  command->add_flag("--list", options->list, indexer::tr("List the scanners SANE finds, then exit"));
  command->add_option("--store", options->store, indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data)"));
  command->add_option("--device", options->device,
                      indexer::tr("Scanner, as --list names it (default: the first found)"));
  command
      ->add_option(
          "--source", options->source,
          indexer::tr("flatbed, adf or adf-duplex (default: the duplex feeder, else the feeder, else the flatbed)"))
      ->check(CLI::IsMember({"flatbed", "adf", "adf-duplex"}));
  command->add_option("--resolution", options->dpi, indexer::tr("Dots per inch"))
      ->check(CLI::Range(75, 1200))
      ->capture_default_str();
  command->add_option("--mode", options->mode, indexer::tr("color, gray or lineart"))
      ->check(CLI::IsMember({"color", "gray", "lineart"}))
      ->capture_default_str();
  auto* dossier =
      command->add_option("--dossier", options->dossier, indexer::tr("File the pages under this dossier code"));
  command
      ->add_option("--part", options->part,
                   indexer::tr("What the pages are in that dossier (default: as extraction reads them)"))
      ->check(CLI::IsMember({"component", "result"}))
      ->needs(dossier);
  command->add_option(
      "--batch", options->batch,
      indexer::tr("Name of the batch (default: scan-DATE-TIME); the same name goes on with a stopped stack"));
  command
      ->add_option("--pages", options->pages,
                   indexer::tr("Scan at most this many pages (a flatbed scans one by default)"))
      ->check(CLI::Range(1, 10000));
  auto* noIngest = command->add_flag(
      "--no-ingest", options->noIngest,
      indexer::tr("Scan into a folder and stop there, blank pages dropped (the viewer stores what the clerk keeps)"));
  command
      ->add_option("--into", options->into,
                   indexer::tr("The folder of a --no-ingest scan (default: STORE/intake/BATCH)"))
      ->needs(noIngest);
  command
      ->add_flag("--progress-json", options->progressJson,
                 indexer::tr("One JSON line per page on stdout (for the viewer)"))
      ->needs(noIngest);
  command->add_option("--rescan", options->rescan, indexer::tr("Scan one sheet as page N of the folder, replacing it"))
      ->check(CLI::Range(1, 10000))
      ->needs(noIngest);
  command->add_option("--jobs", options->jobs, indexer::tr("Pages recognised at once (default: number of cores)"))
      ->check(CLI::Range(1u, 64u));
  return [options] { return scanAndIngest(*options); };
}

}  // namespace sohoa::pipeline
