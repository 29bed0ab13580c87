#include <filesystem>
#include <iostream>
#include <memory>

#include "indexer/assembly/BatchReassembly.hpp"
#include "indexer/store/ArchiveRecords.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/archive/ArchiveBuilder.hpp"
#include "pipeline/cli/Commands.hpp"

namespace sohoa::pipeline {
namespace {

// The archive files of documents cut or read differently go; new ones are written from the
// store (originals and words), so nothing is lost.
void removeStaleArchiveFiles(indexer::RecordStore& store, const std::vector<std::string>& files) {
  for (const auto& file : files) {
    if (indexer::isArchiveFileNamed(store, file)) continue;
    std::error_code ignored;
    const auto path = store.layout().root / file;
    std::filesystem::remove(path, ignored);
    std::filesystem::remove(std::filesystem::path(path).replace_extension(".xml"), ignored);
  }
}

}  // namespace

CommandAction addReassembleCommand(CLI::App& app) {
  struct Options {
    std::string store;
    bool noArchive = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand(
      "reassemble",
      indexer::tr(
          "Cut every stored batch again and read its fields again with this version's rules, from the stored words (no "
          "OCR); clerks' corrections and reuse of documents that still start on the same page are kept"));
  command->add_option("--store", options->store,
                      indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data), or a PostgreSQL URL"));
  command->add_flag(
      "--no-archive", options->noArchive,
      indexer::tr("Do not write the archive files of changed documents now (`sohoa archive` writes them later)"));
  return [options] {
    auto store = indexer::RecordStore::open(options->store, indexer::StoreAccess::Update);
    indexer::migrateStore(store);
    const auto report = indexer::reassembleBatches(store);
    for (const auto& dropped : report.dropped) std::cerr << "sohoa: " << dropped << '\n';
    removeStaleArchiveFiles(store, report.staleArchiveFiles);
    int status = kExitOk;
    if (!options->noArchive && !report.changedDocumentIds.empty())
      for (const auto& problem : buildArchive(store, report.changedDocumentIds).problems) {
        std::cerr << "sohoa: " << problem << '\n';
        status = kExitSomeFailed;
      }
    std::cout << indexer::filled(indexer::tr("reassembled %1 batch(es): %2 document(s), %3 changed (%4 new, %5 "
                                             "removed), %6 value(s) for review, %7 correction(s) kept"),
                                 {std::to_string(report.batches), std::to_string(report.documents),
                                  std::to_string(report.changedDocumentIds.size()),
                                  std::to_string(report.documentsAdded), std::to_string(report.documentsRemoved),
                                  std::to_string(report.fieldsForReview), std::to_string(report.correctionsKept)})
              << '\n';
    return status;
  };
}

}  // namespace sohoa::pipeline
