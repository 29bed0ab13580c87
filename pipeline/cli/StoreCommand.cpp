// `sohoa store copy --from DIR --to postgresql://…`: a SQLite store's records copied to
// PostgreSQL (issue 19's first slice), then checked: rows counted per table on both sides and
// a sample of documents compared. Exit status 0 only when everything matches.
#include <iomanip>
#include <iostream>
#include <memory>

#include "indexer/store/postgres/StoreCopy.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/cli/Commands.hpp"

namespace sohoa::pipeline {

CommandAction addStoreCommand(CLI::App& app) {
  struct Options {
    std::string from, to;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("store", indexer::tr("Move a store's records to PostgreSQL (first step)"));
  command->require_subcommand(1);
  auto* copy = command->add_subcommand(
      "copy", indexer::tr("Copy a store's records to an empty PostgreSQL database, then compare the two"));
  copy->add_option("--from", options->from, indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data)"));
  copy->add_option("--to", options->to, indexer::tr("PostgreSQL URL (postgresql://user@host/database)"))->required();
  copy->footer(
      indexer::tr("Records are copied (sources, pages and their words, documents, fields, identifiers, dossiers,\n"
                  "procedures, batches, reuse); files (originals, page images, archive) stay in the store\n"
                  "folder, and the viewer's users and audit trail are not copied yet. Search the copy with\n"
                  "sohoa search --store postgresql://..."));
  return [options] {
    if (!indexer::isPostgresUrl(options->to)) {
      std::cerr << "sohoa store copy: "
                << indexer::filled(indexer::tr("--to %1: not a PostgreSQL URL (postgresql://...)"), {options->to})
                << '\n';
      return kExitUsage;
    }
    indexer::RecordStore from(indexer::StoreLayout::resolve(options->from), indexer::StoreAccess::ReadOnly);
    indexer::PostgresStore to(options->to, indexer::StoreAccess::ReadWrite);
    indexer::copyStore(from, to, [](const std::string& table, std::int64_t rows) {
      std::cerr << indexer::filled(indexer::tr("copied %1: %2 row(s)"), {table, std::to_string(rows)}) << '\n';
    });
    const indexer::CopyCheck check = indexer::compareStores(from, to);
    std::cout << std::left << std::setw(14) << indexer::tr("table") << std::right << std::setw(12) << "SQLite"
              << std::setw(12) << "PostgreSQL" << '\n';
    for (const auto& table : check.tables)
      std::cout << std::left << std::setw(14) << table.table << std::right << std::setw(12) << table.sqliteRows
                << std::setw(12) << table.postgresRows << (table.sqliteRows == table.postgresRows ? "" : "  ≠") << '\n';
    for (const auto& difference : check.differences) std::cout << difference << '\n';
    std::cout << indexer::filled(check.matches()
                                     ? indexer::tr("%1 document(s) compared (fields, page texts): the copy matches")
                                     : indexer::tr("%1 document(s) compared (fields, page texts): the copy DIFFERS"),
                                 {std::to_string(check.documentsCompared)})
              << '\n';
    return check.matches() ? kExitOk : kExitSomeFailed;
  };
}

}  // namespace sohoa::pipeline
