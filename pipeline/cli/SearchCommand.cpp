#include <unistd.h>

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <tuple>

#include "indexer/extract/FieldNames.hpp"
#include "indexer/register/RegisterDate.hpp"
#include "indexer/search/IdentifierKeys.hpp"
#include "indexer/search/PageSearch.hpp"
#include "indexer/search/postgres/PgPageSearch.hpp"
#include "indexer/text/PrintableText.hpp"
#include "indexer/text/Translation.hpp"
#include "pipeline/cli/Commands.hpp"

namespace sohoa::pipeline {
namespace {

// Hits wrapped in «» (or bold on a terminal), line breaks flattened, control characters of
// the page's text escaped (a PDF's text layer may hold any).
std::string renderSnippet(const std::string& snippet, bool terminal) {
  std::string out, text;
  auto flush = [&] {
    out += indexer::printable(text);
    text.clear();
  };
  for (char c : snippet) {
    if (c == indexer::kHitStart) {
      flush();
      out += terminal ? "\033[1;33m" : "«";
    } else if (c == indexer::kHitEnd) {
      flush();
      out += terminal ? "\033[0m" : "»";
    } else {
      text += c == '\n' ? ' ' : c;
    }
  }
  flush();
  return out;
}

void printTable(const indexer::SearchResult& result, const indexer::SearchQuery& query, bool terminal) {
  using indexer::filled;
  using indexer::tr;
  const auto& hits = result.hits;
  const auto count = static_cast<unsigned long>(result.total);
  if (result.pagesNotIndexed > 0)
    std::cout << filled(tr("note: %1 older page(s) are still being re-indexed (sohoa reindex)"),
                        {std::to_string(result.pagesNotIndexed)})
              << '\n';
  const std::string total = std::to_string(result.total);
  if (result.totalAtLeast)  // the count stopped at indexer::kCountUpTo
    std::cout << (query.text.empty()
                      ? filled(tr("more than %1 results"), {total})
                      : filled(tr("more than %1 results for \"%2\""), {total, indexer::printable(query.text)}));
  else
    std::cout << (query.text.empty() ? filled(tr("%1 result", "%1 results", count), {total})
                                     : filled(tr("%1 result for \"%2\"", "%1 results for \"%2\"", count),
                                              {total, indexer::printable(query.text)}));
  if (!hits.empty() && static_cast<std::int64_t>(hits.size()) < result.total)
    std::cout << filled(tr("; %1 to %2 shown"), {std::to_string(query.offset + 1),
                                                 std::to_string(query.offset + static_cast<int>(hits.size()))});
  else if (hits.empty() && result.total > 0)
    std::cout << filled(tr("; none shown from %1 on"), {std::to_string(query.offset + 1)});
  std::cout << (query.order == indexer::SearchOrder::Date ? tr(", newest first") : "") << '\n';
  if (result.undated > 0)
    std::cout << filled(query.dateKind == indexer::DateKind::Issued
                            ? tr("(%1 more match but have no issued date, so --from/--to leave them out)")
                            : tr("(%1 more match but have no receipt day in the register, so --from/--to leave "
                                 "them out)"),
                        {std::to_string(result.undated)})
              << '\n';
  if (result.rankedNewestOnly)
    std::cout << filled(tr("(many pages match: the best of the newest %1 are shown; add words or filters to narrow)"),
                        {std::to_string(indexer::kRankedMatches)})
              << '\n';
  if (!result.didYouMean.empty()) {
    std::cout << tr("did you mean:");
    for (const auto& number : result.didYouMean) std::cout << ' ' << indexer::printable(number);
    std::cout << '\n';
  }
  int rank = query.offset;
  for (const auto& hit : hits) {
    std::cout << "\n"
              << ++rank << ". " << (hit.documentId ? *hit.documentId : std::string(tr("(being ingested)"))) << "  "
              << filled(tr("page %1"), {std::to_string(hit.sourcePage)}) << "  " << indexer::printable(hit.source)
              << '\n';
    std::string about = hit.typeLabel.value_or("");
    if (hit.number) about += "  " + filled(tr("no. %1"), {*hit.number});
    if (hit.issuedDate) about += "  " + indexer::dayAsWritten(*hit.issuedDate);
    if (hit.personName) about += "  " + *hit.personName;
    if (hit.receivedDate) about += "  " + filled(tr("received %1"), {indexer::dayAsWritten(*hit.receivedDate)});
    if (hit.dossierCode) about += "  " + filled(tr("dossier %1"), {*hit.dossierCode});
    if (!about.empty()) std::cout << "   " << indexer::printable(about) << '\n';
    std::cout << "   " << renderSnippet(hit.snippet, terminal) << (hit.exact ? "" : tr("  (without marks)")) << '\n';
  }
}

}  // namespace

CommandAction addSearchCommand(CLI::App& app) {
  struct Options {
    std::string store;
    bool json = false;
    indexer::SearchQuery query;
    std::string cccd, dossier, type, kind, procedure, organ, from, to, sort = "relevance", date = "received";
    std::vector<std::string> words;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("search", indexer::tr("Find pages by words, CCCD, dossier, type or date"));
  command->add_option("--store", options->store,
                      indexer::tr("Store folder (default: $SOHOA_STORE or ./sohoa-data), or a PostgreSQL URL"));
  command->add_flag("--json", options->json, indexer::tr("JSON for tools (hits marked with « »)"));
  command->footer(
      indexer::tr("Words typed without diacritics also match their accented forms (duong: dương, đường...);\n"
                  "words typed with them match exactly. \"Quoted phrase\", prefix*, a OR b. A CCCD, dossier\n"
                  "code, procedure code or number/notation (15/QĐ-UBND, 15 qd ubnd) is looked up as a key."));
  command->add_option("--limit", options->query.limit, indexer::tr("Most results to show"))
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  command
      ->add_option("--offset", options->query.offset, indexer::tr("Results to skip first (the next page: --offset 20)"))
      ->check(CLI::Range(0, indexer::kFurthestOffset))
      ->capture_default_str();
  command
      ->add_option(
          "--sort", options->sort,
          indexer::tr("relevance (best first), or date (the document's date, newest first: its issued date, else "
                      "its dossier's receipt day)"))
      ->check(CLI::IsMember({"relevance", "date"}))
      ->capture_default_str();
  command->add_option("--cccd", options->cccd, indexer::tr("Only documents naming this citizen ID"));
  command->add_option("--dossier", options->dossier, indexer::tr("Only documents of this dossier code"));
  command->add_option("--type", options->type, indexer::tr("Only documents of this type (e.g. \"QUYẾT ĐỊNH\")"));
  command->add_option("--kind", options->kind,
                      indexer::tr("Only documents of this kind (receipt, declaration, result, decision, other)"));
  command->add_option("--procedure", options->procedure,
                      indexer::tr("Only documents of this procedure code (e.g. 1.001193)"));
  command->add_option("--organ", options->organ, indexer::tr("Only documents of this issuing body, as printed"));
  command->add_option("--from", options->from,
                      indexer::tr("On or after this day (dd/mm/yyyy or yyyy-mm-dd; see --date)"));
  command->add_option("--to", options->to, indexer::tr("On or before this day (dd/mm/yyyy or yyyy-mm-dd; see --date)"));
  command
      ->add_option("--date", options->date,
                   indexer::tr("Which day --from/--to mean: received (the dossier's receipt in the register) or issued "
                               "(the date printed on the document)"))
      ->check(CLI::IsMember({"received", "issued"}))
      ->capture_default_str();
  command->add_option("query", options->words, indexer::tr("Words to find, with or without quotes and diacritics"));
  return [options] {
    auto& query = options->query;
    for (const auto& word : options->words) query.text += (query.text.empty() ? "" : " ") + word;
    query.order = options->sort == "date" ? indexer::SearchOrder::Date : indexer::SearchOrder::Relevance;
    query.dateKind = options->date == "issued" ? indexer::DateKind::Issued : indexer::DateKind::Received;
    auto set = [](std::optional<std::string>& target, const std::string& value) {
      if (!value.empty()) target = value;
    };
    if (!options->cccd.empty()) {  // typed with spaces, or without the zero a spreadsheet drops
      query.citizenId = indexer::citizenNumberAsTyped(options->cccd);
      if (!query.citizenId) {
        std::cerr << "sohoa search: "
                  << indexer::filled(indexer::tr("--cccd %1: not a CCCD (12 digits) or CMND (9 digits) number"),
                                     {indexer::printable(options->cccd)})
                  << '\n';
        return kExitUsage;
      }
    }
    set(query.dossierCode, options->dossier);
    set(query.typeLabel, options->type);
    set(query.kind, options->kind);
    set(query.procedureCode, options->procedure);
    set(query.organName, options->organ);
    for (auto [name, typed, target] :
         {std::tuple{"--from", &options->from, &query.dateFrom}, std::tuple{"--to", &options->to, &query.dateTo}}) {
      if (typed->empty()) continue;
      *target = indexer::readTypedDay(*typed);
      if (!*target) {
        std::cerr << "sohoa search: "
                  << indexer::filled(indexer::tr("%1 %2: not a date (dd/mm/yyyy, such as 01/06/2025, or yyyy-mm-dd)"),
                                     {name, indexer::printable(*typed)})
                  << '\n';
        return kExitUsage;
      }
    }
    if (query.text.empty() && !query.citizenId && !query.dossierCode && !query.typeLabel && !query.kind &&
        !query.procedureCode && !query.organName && !query.dateFrom && !query.dateTo) {
      std::cerr << "sohoa search: "
                << indexer::tr("give words to find or a filter (--cccd, --dossier, --type, --from, --to)") << '\n';
      return kExitUsage;
    }
    indexer::SearchResult result;
    try {
      if (indexer::isPostgresUrl(options->store)) {  // a store copied there (sohoa store copy)
        indexer::PostgresStore store(options->store, indexer::StoreAccess::ReadOnly);
        result = indexer::PgPageSearch(store).search(query);
      } else {
        indexer::RecordStore store(indexer::StoreLayout::resolve(options->store), indexer::StoreAccess::ReadOnly);
        result = indexer::PageSearch(store).search(query);
      }
    } catch (const indexer::SearchRefused& refused) {
      // Too long is the user's to shorten (usage); too slow is the store's answer to a fair question.
      const bool tooSlow = refused.reason() == indexer::SearchRefused::Reason::TooSlow;
      std::cerr << "sohoa search: " << refused.what() << (tooSlow ? "" : indexer::tr(" (shorten it, or use filters)"))
                << '\n';
      return tooSlow ? kExitSomeFailed : kExitUsage;
    }
    const auto& hits = result.hits;
    if (options->json) {
      nlohmann::ordered_json results = nlohmann::ordered_json::array();
      for (const auto& hit : hits) {
        auto optional = [](const std::optional<std::string>& value) {
          return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
        };
        results.push_back({{"document_id", optional(hit.documentId)},
                           {indexer::fieldname::kDossierCode, optional(hit.dossierCode)},
                           {"type_label", optional(hit.typeLabel)},
                           {indexer::fieldname::kIssuedDate, optional(hit.issuedDate)},
                           {"received_date", optional(hit.receivedDate)},
                           {"number", optional(hit.number)},
                           {indexer::fieldname::kPersonName, optional(hit.personName)},
                           {"source", hit.source},
                           {"source_page", hit.sourcePage},
                           {"page_id", hit.pageId},
                           {"snippet", renderSnippet(hit.snippet, false)},
                           {"exact", hit.exact}});
      }
      nlohmann::ordered_json out = {{"query", query.text},
                                    {"total", result.total},
                                    {"total_at_least", result.totalAtLeast},
                                    {"offset", query.offset},
                                    {"count", hits.size()},
                                    {"date_kind", options->date},
                                    {"undated", result.undated},
                                    {"results", results},
                                    {"did_you_mean", result.didYouMean},
                                    {"pages_not_indexed", result.pagesNotIndexed},
                                    {"ranked_newest_only", result.rankedNewestOnly}};
      std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else {
      printTable(result, query, isatty(STDOUT_FILENO) != 0);
    }
    return kExitOk;
  };
}

}  // namespace sohoa::pipeline
