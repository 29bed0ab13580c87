#include "indexer/extract/DomainTables.hpp"

#include <sstream>
#include <string_view>

#include "indexer/extract/DomainTablesData.hpp"

namespace sohoa::indexer {
namespace {

// Rows of a TSV with a header line, split at tabs.
std::vector<std::vector<std::string>> rows(std::string_view tsv) {
  std::vector<std::vector<std::string>> out;
  std::istringstream lines{std::string(tsv)};
  std::string line;
  std::getline(lines, line);  // header
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::istringstream cellStream(line);
    std::string cell;
    while (std::getline(cellStream, cell, '\t')) cells.push_back(cell);
    out.push_back(std::move(cells));
  }
  return out;
}

}  // namespace

const std::set<std::string>& provinceCodes() {
  static const std::set<std::string> codes = [] {
    std::set<std::string> out;
    for (const auto& row : rows(kProvinceCodesTsv))
      if (!row.empty()) out.insert(row[0]);
    return out;
  }();
  return codes;
}

const std::vector<std::string>& provinceNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& row : rows(kProvinceCodesTsv))
      if (row.size() >= 2) out.push_back(row[1]);
    return out;
  }();
  return names;
}

const std::vector<Procedure>& procedures() {
  static const std::vector<Procedure> table = [] {
    std::vector<Procedure> out;
    for (const auto& row : rows(kProceduresTsv))
      if (row.size() >= 5) out.push_back({row[0], row[1], row[2], row[3], row[4] == "yes"});
    return out;
  }();
  return table;
}

const std::vector<DocumentType>& documentTypes() {
  static const std::vector<DocumentType> table = [] {
    std::vector<DocumentType> out;
    for (const auto& row : rows(kDocumentTypesTsv)) {
      if (row.size() < 2) continue;
      std::string name = row[0].substr(0, row[0].find(" ("));
      std::string abbreviation = row[1].starts_with("(") ? "" : row[1];
      out.push_back({std::move(name), std::move(abbreviation)});
    }
    return out;
  }();
  return table;
}

const std::vector<DocumentHeading>& documentHeadings() {
  static const std::vector<DocumentHeading> table = [] {
    static constexpr std::string_view kFamilyMark = " …";
    std::vector<DocumentHeading> out;
    for (auto& row : rows(kDocumentHeadingsTsv)) {
      if (row.size() < 2) continue;
      const bool family = row[0].ends_with(kFamilyMark);
      if (family) row[0].erase(row[0].size() - kFamilyMark.size());
      out.push_back({row[0], row[1], family});
    }
    return out;
  }();
  return table;
}

}  // namespace sohoa::indexer
