#include "indexer/register/RateWorkbook.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "indexer/register/RateReportFormats.hpp"

namespace sohoa::indexer {
namespace {

namespace fs = std::filesystem;

constexpr std::array kRateColumns = {"Phạm vi",       "Mã",        "Tên",      "Chỉ tiêu",    "Số hồ sơ đạt",
                                     "Tổng số hồ sơ", "Tỷ lệ đạt", "Mục tiêu", "Đạt mục tiêu"};
constexpr std::array kWorklistColumns = {"Mã hồ sơ",         "Lý do chưa đạt", "Mã thủ tục",     "Tên thủ tục",
                                         "Người nộp",        "Số định danh",   "Ngày tiếp nhận", "Ngày hẹn trả",
                                         "Ngày trả kết quả", "Số ngày trễ"};

// One row of the rates sheet: a scope (the period, a procedure, a field, a month) and a rate.
struct RateRow {
  std::string scope, key, name;
  RateKind kind;
  const Rate* rate;
};

std::vector<RateRow> rateRows(const RateReport& report) {
  std::vector<RateRow> rows;
  auto add = [&](const std::string& scope, const std::string& key, const std::string& name, const RateSet& set) {
    for (auto kind : kAllRates) rows.push_back({scope, key, name, kind, &set[kind]});
  };
  add("Cả kỳ", report.period.label, "", report.overall);
  for (const auto& group : report.byProcedure) add("Thủ tục", group.key, group.name, group.rates);
  for (const auto& group : report.byField) add("Lĩnh vực", group.key, "", group.rates);
  for (const auto& group : report.byMonth) add("Tháng", group.key, "", group.rates);
  return rows;
}

std::string metText(const Rate& rate) { return !rate.percent ? "" : rate.met ? "Đạt" : "Chưa đạt"; }

std::string worklistSheetName(RateKind kind) { return "Chưa đạt - " + rateShortTitle(kind); }

// The cells of a worklist row as text, in kWorklistColumns' order (dates in ISO).
std::array<std::string, kWorklistColumns.size()> worklistCells(const Shortfall& shortfall) {
  const auto& d = shortfall.dossier;
  return {d.code,
          shortfall.reason,
          d.procedureCode,
          d.procedureName,
          d.applicantName.value_or(""),
          d.applicantId.value_or(""),
          d.received.value_or(""),
          d.due.value_or(""),
          d.finished.value_or(""),
          shortfall.daysLate ? std::to_string(*shortfall.daysLate) : ""};
}

// A register time "YYYY-MM-DD HH:MM" (or a day) as Excel's date.
lxw_datetime excelTime(const std::string& text) {
  lxw_datetime time{std::atoi(text.substr(0, 4).c_str()),
                    std::atoi(text.substr(5, 2).c_str()),
                    std::atoi(text.substr(8, 2).c_str()),
                    0,
                    0,
                    0};
  if (text.size() >= 16)
    time.hour = std::atoi(text.substr(11, 2).c_str()), time.min = std::atoi(text.substr(14, 2).c_str());
  return time;
}

// A temporary file name of our own, removed when done (libxlsxwriter writes only to files).
class TemporaryFile {
 public:
  TemporaryFile() {
    std::string pattern = (fs::temp_directory_path() / "sohoa-report-XXXXXX.xlsx").string();
    const int fd = mkstemps(pattern.data(), 5);
    if (fd < 0) throw std::runtime_error("cannot create a temporary file for the workbook");
    ::close(fd);
    path_ = pattern;
  }
  ~TemporaryFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

void writeHeader(lxw_worksheet* sheet, const auto& columns, lxw_format* bold) {
  for (std::size_t column = 0; column < columns.size(); ++column)
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(column), columns[column], bold);
  worksheet_freeze_panes(sheet, 1, 0);
}

void writeRatesSheet(lxw_workbook* book, const RateReport& report, lxw_format* bold, lxw_format* percent) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Tỷ lệ");
  writeHeader(sheet, kRateColumns, bold);
  worksheet_set_column(sheet, 0, 1, 12, nullptr);
  worksheet_set_column(sheet, 2, 3, 40, nullptr);
  lxw_row_t row = 1;
  for (const auto& r : rateRows(report)) {
    worksheet_write_string(sheet, row, 0, r.scope.c_str(), nullptr);
    worksheet_write_string(sheet, row, 1, r.key.c_str(), nullptr);
    worksheet_write_string(sheet, row, 2, r.name.c_str(), nullptr);
    worksheet_write_string(sheet, row, 3, rateTitle(r.kind).c_str(), nullptr);
    worksheet_write_number(sheet, row, 4, r.rate->numerator, nullptr);
    worksheet_write_number(sheet, row, 5, r.rate->denominator, nullptr);
    if (r.rate->percent) worksheet_write_number(sheet, row, 6, *r.rate->percent / 100.0, percent);
    worksheet_write_number(sheet, row, 7, r.rate->target / 100.0, percent);
    worksheet_write_string(sheet, row, 8, metText(*r.rate).c_str(), nullptr);
    ++row;
  }
}

void writeWorklistSheet(lxw_workbook* book, RateKind kind, const std::vector<Shortfall>& list, lxw_format* bold,
                        lxw_format* date) {
  const std::string name = worklistSheetName(kind);
  lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
  writeHeader(sheet, kWorklistColumns, bold);
  worksheet_set_column(sheet, 0, 0, 28, nullptr);
  worksheet_set_column(sheet, 1, 1, 44, nullptr);
  worksheet_set_column(sheet, 3, 4, 30, nullptr);
  worksheet_set_column(sheet, 6, 8, 17, nullptr);
  lxw_row_t row = 1;
  for (const auto& shortfall : list) {
    const auto cells = worklistCells(shortfall);
    for (lxw_col_t column = 0; column < 6; ++column)
      if (!cells[column].empty()) worksheet_write_string(sheet, row, column, cells[column].c_str(), nullptr);
    for (lxw_col_t column = 6; column < 9; ++column) {
      if (cells[column].empty()) continue;
      lxw_datetime time = excelTime(cells[column]);
      worksheet_write_datetime(sheet, row, column, &time, date);
    }
    if (shortfall.daysLate) worksheet_write_number(sheet, row, 9, *shortfall.daysLate, nullptr);
    ++row;
  }
}

}  // namespace

std::string rateWorkbookXlsx(const RateReport& report, const Worklists& worklists) {
  const TemporaryFile file;
  lxw_workbook_options options{};
  options.tmpdir = nullptr;
  lxw_workbook* book = workbook_new_opt(file.path().c_str(), &options);
  if (!book) throw std::runtime_error("libxlsxwriter cannot create the workbook");
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  lxw_format* percent = workbook_add_format(book);
  format_set_num_format(percent, "0.00%");
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "dd/mm/yyyy hh:mm");
  writeRatesSheet(book, report, bold, percent);
  for (auto kind : kAllRates) writeWorklistSheet(book, kind, worklists[static_cast<std::size_t>(kind)], bold, date);
  if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
    throw std::runtime_error(std::string("libxlsxwriter: ") + lxw_strerror(error));
  std::ifstream in(file.path(), std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string rateWorkbookCsv(const RateReport& report, const Worklists& worklists) {
  std::ostringstream out;
  auto line = [&](const auto& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csvCell(cells[i]);
    out << '\n';
  };
  out << "Tỷ lệ\n";
  line(kRateColumns);
  char percent[32];
  for (const auto& r : rateRows(report)) {
    std::snprintf(percent, sizeof percent, "%.2f", r.rate->percent.value_or(0));
    line(std::array<std::string, kRateColumns.size()>{
        r.scope, r.key, r.name, rateTitle(r.kind), std::to_string(r.rate->numerator),
        std::to_string(r.rate->denominator), r.rate->percent ? percent : "", std::to_string(int(r.rate->target)),
        metText(*r.rate)});
  }
  for (auto kind : kAllRates) {
    out << '\n' << worklistSheetName(kind) << '\n';
    line(kWorklistColumns);
    for (const auto& shortfall : worklists[static_cast<std::size_t>(kind)]) line(worklistCells(shortfall));
  }
  return out.str();
}

}  // namespace sohoa::indexer
