#include <fstream>
#include <iostream>
#include <memory>

#include "indexer/register/RateReport.hpp"
#include "indexer/register/RateReportFormats.hpp"
#include "indexer/register/RateWorkbook.hpp"
#include "indexer/register/RateWorklist.hpp"
#include "indexer/register/ReportPeriods.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/AtomicFile.hpp"
#include "pipeline/cli/Commands.hpp"

namespace sohoa::pipeline {
CommandAction addReportCommand(CLI::App& app) {
  struct Options {
    std::string store;
    std::string period;
    std::string format = "text";
    std::string out;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand(
      "report", indexer::tr("The plan's rates for a period, as the national platform computes them"));
  command->add_option("--store", options->store,
                      indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data), or a PostgreSQL URL"));
  command->add_option(
      "--period", options->period,
      indexer::tr("2025-Q1, 2025-H1, 2025 or YYYY-MM-DD..YYYY-MM-DD, also as written in Vietnamese (\"Quý "
                  "1/2025\", \"6 tháng đầu năm 2025\", \"Năm 2025\"); default: the newest quarter with dossiers"));
  command
      ->add_option(
          "--format", options->format,
          indexer::tr("text, json, csv, html, or the workbook: xlsx (needs --output) or worklists-csv (the rates and "
                      "every dossier keeping one down, with the reason)"))
      ->check(CLI::IsMember({"text", "json", "csv", "html", "xlsx", "worklists-csv"}))
      ->capture_default_str();
  command->add_option("--out,--output", options->out, indexer::tr("Write to this file instead of standard output"));
  return [options] {
    if (options->format == "xlsx" && options->out.empty()) {
      std::cerr << "sohoa report: " << indexer::tr("--format xlsx writes a file: give it with --output FILE") << '\n';
      return kExitUsage;
    }
    auto period = indexer::readTypedPeriod(options->period);
    if (!options->period.empty() && !period) {
      std::cerr << "sohoa report: "
                << indexer::filled(indexer::tr("--period %1: not a period (2025-Q1, 2025-H1, 2025 or "
                                               "2025-01-01..2025-03-31)"),
                                   {indexer::printable(options->period)})
                << '\n';
      return kExitUsage;
    }
    auto store = indexer::RecordStore::open(options->store, indexer::StoreAccess::ReadOnly);
    if (!period) period = indexer::parsePeriod(indexer::latestPeriodWithData(store));
    const auto report = indexer::computeRateReport(store, *period);
    std::string text;
    if (options->format == "json") {
      text = indexer::rateReportJson(report).dump(2) + "\n";
    } else if (options->format == "csv") {
      text = indexer::rateReportCsv(report);
    } else if (options->format == "xlsx" || options->format == "worklists-csv") {
      const auto lists = indexer::rateWorklists(indexer::loadDossierFacts(store), *period);
      text = options->format == "xlsx" ? indexer::rateWorkbookXlsx(report, lists)
                                       : indexer::rateWorkbookCsv(report, lists);
    } else if (options->format == "html") {
      text = indexer::rateReportHtml(report);
    } else {
      text = indexer::rateReportText(report);
    }
    if (options->out.empty()) {
      std::cout << (options->format == "text" ? indexer::printable(text, indexer::LineBreaks::Kept) : text);
    } else {
      writeFileAtomically(options->out, text);
      std::cout << indexer::filled(indexer::tr("report written to %1"), {indexer::printable(options->out)}) << '\n';
    }
    return kExitOk;
  };
}

}  // namespace sohoa::pipeline
