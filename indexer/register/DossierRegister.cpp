#include "indexer/register/DossierRegister.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <variant>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "indexer/extract/CitizenId.hpp"
#include "indexer/extract/DomainTables.hpp"
#include "indexer/extract/DossierCode.hpp"
#include "indexer/register/CsvReader.hpp"
#include "indexer/register/RegisterDate.hpp"
#include "indexer/store/ProcedureRows.hpp"
#include "indexer/store/RegisterRows.hpp"
#include "indexer/store/StoreTransaction.hpp"
#include "indexer/text/PrintableText.hpp"

namespace sohoa::indexer {
namespace {

const char* const kColumns[] = {"MaHoSo",
                                "MaTTHC",
                                "KenhThucHien",
                                "NgayTiepNhan",
                                "NgayHenTra",
                                "NgayKetThucXuLy",
                                "TrangThai",
                                "SoLanYeuCauBoSung",
                                "NgayYeuCauBoSung",
                                "NgayHoanThanhBoSung",
                                "ChuHoSoSoDinhDanh",
                                "ChuHoSoHoTen",
                                "HoSoCoThanhPhanSoHoa"};
const char* const kStatuses[] = {"dang_xu_ly", "da_xu_ly_xong", "da_tra_ket_qua", "dung_xu_ly", "tu_choi"};

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.erase(0, 1);
  return text;
}

// A cell's value as a message may show it: control characters escaped, at most 40 characters.
std::string shown(const std::string& value) { return "'" + printableShort(value, 40) + "'"; }

constexpr std::size_t kLongestCell = 256;  // bytes; a dossier code is 25, a long name 60

// Why a cell cannot be stored at all, whatever its column: not UTF-8, control characters
// (NUL, line breaks, escapes), or too long.
std::optional<std::string> cellProblem(const std::string& column, const std::string& value) {
  if (!isValidUtf8(value)) return column + " is not UTF-8 text (save the register as UTF-8 CSV)";
  for (const char c : value)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return column + " holds a control character";
  if (value.size() > kLongestCell)
    return column + " is longer than " + std::to_string(kLongestCell) + " bytes (" + shown(value) + ")";
  return std::nullopt;
}

// A person's name: letters (with their marks), spaces, apostrophes, hyphens and dots, at most
// 100 characters.
bool isPersonName(const std::string& value) {
  const icu::UnicodeString name = icu::UnicodeString::fromUTF8(value);
  if (name.countChar32() > 100) return false;
  bool letter = false;
  for (int32_t i = 0; i < name.length(); i = name.moveIndex32(i, 1)) {
    const UChar32 c = name.char32At(i);
    if (u_isalpha(c)) {
      letter = true;
    } else if ((U_GET_GC_MASK(c) & U_GC_M_MASK) == 0 && c != ' ' && c != '\'' && c != '-' && c != '.') {
      return false;
    }
  }
  return letter;
}

// Why the applicant's number is neither a valid CCCD (12 digits) nor a CMND (9 digits), or
// nothing, with `digits` set (spaces, dots and hyphens between groups dropped).
std::optional<std::string> applicantNumberProblem(const std::string& value, std::string& digits) {
  for (const char c : value) {
    if (c >= '0' && c <= '9')
      digits += c;
    else if (c != ' ' && c != '.' && c != '-')
      return "ChuHoSoSoDinhDanh " + shown(value) + " is not a number";
  }
  if (digits.size() == 9) return std::nullopt;
  if (digits.size() != 12)
    return "ChuHoSoSoDinhDanh " + shown(value) + " is not a CCCD (12 digits) or CMND (9 digits) number";
  if (auto problem = cccdProblem(digits, currentYear())) return "ChuHoSoSoDinhDanh " + shown(value) + ": " + *problem;
  return std::nullopt;
}

// The row as stored, or the reason it cannot be.
std::variant<RegisterRow, std::string> readRow(const std::map<std::string, std::string>& cells) {
  auto cell = [&](const char* name) {
    const auto found = cells.find(name);
    return found == cells.end() ? std::string() : trimmed(found->second);
  };
  RegisterRow row;
  for (const char* column : kColumns)
    if (const auto found = cells.find(column); found != cells.end())
      if (auto problem = cellProblem(column, trimmed(found->second))) return *problem;
  row.code = cell("MaHoSo");
  if (row.code.empty()) return std::string("MaHoSo is empty");
  if (const auto code = readDossierCode(row.code); !code || *code != row.code)
    return "MaHoSo " + shown(row.code) +
           " is not a dossier code (agency code-yyMMdd-NNNN, e.g. 000.00.21.H08-250314-0042)";
  if (const std::string procedure = cell("MaTTHC"); !procedure.empty()) {
    row.procedure = readProcedureCode(procedure);
    if (!row.procedure) return "MaTTHC " + shown(procedure) + " is not a procedure code (d.dddddd)";
  }
  if (const std::string channel = cell("KenhThucHien"); !channel.empty()) {
    if (channel != "1" && channel != "2" && channel != "3")
      return "KenhThucHien " + shown(channel) + " is not 1 (in person), 2 (online) or 3 (public post)";
    row.channel = channel[0] - '0';
  }
  const std::pair<const char*, std::optional<std::string>*> dates[] = {{"NgayTiepNhan", &row.received},
                                                                       {"NgayHenTra", &row.due},
                                                                       {"NgayKetThucXuLy", &row.finished},
                                                                       {"NgayYeuCauBoSung", &row.supplementRequested},
                                                                       {"NgayHoanThanhBoSung", &row.supplementDone}};
  for (const auto& [name, target] : dates) {
    const std::string text = cell(name);
    if (text.empty()) continue;
    *target = readRegisterDate(text);
    if (!*target)
      return std::string(name) + " " + shown(text) + " is not a date (YYYY-MM-DD or DD/MM/YYYY, optional HH:MM)";
  }
  if (const std::string status = cell("TrangThai"); !status.empty()) {
    if (std::find(std::begin(kStatuses), std::end(kStatuses), status) == std::end(kStatuses))
      return "TrangThai " + shown(status) +
             " is not one of dang_xu_ly, da_xu_ly_xong, da_tra_ket_qua, dung_xu_ly, tu_choi";
    row.status = status;
  }
  if (const std::string count = cell("SoLanYeuCauBoSung"); !count.empty()) {
    if (count.find_first_not_of("0123456789") != std::string::npos || count.size() > 3)
      return "SoLanYeuCauBoSung " + shown(count) + " is not a count";
    row.supplementRequests = std::stoi(count);
  }
  if (row.received && row.due && *row.due < *row.received) return std::string("NgayHenTra is before NgayTiepNhan");
  if (row.received && row.finished && *row.finished < *row.received)
    return std::string("NgayKetThucXuLy is before NgayTiepNhan");
  if (const std::string id = cell("ChuHoSoSoDinhDanh"); !id.empty()) {
    std::string digits;
    if (auto problem = applicantNumberProblem(id, digits)) return *problem;
    row.applicantId = digits;
  }
  if (std::string name = cell("ChuHoSoHoTen"); !name.empty()) {
    if (!isPersonName(name))
      return "ChuHoSoHoTen " + shown(name) + " is not a name (letters, spaces, hyphens; at most 100 characters)";
    row.applicantName = name;
  }
  const std::string reused = cell("HoSoCoThanhPhanSoHoa");
  row.reused = reused == "1";
  return row;
}

}  // namespace

RegisterImportReport importRegister(RecordStore& store, std::istream& csv) {
  CsvReader reader(csv);
  const auto header = reader.next();
  if (!header || std::find(header->begin(), header->end(), "MaHoSo") == header->end())
    throw std::runtime_error(
        "the header row has no MaHoSo column (the register's columns: MaHoSo, MaTTHC, "
        "KenhThucHien, NgayTiepNhan, NgayHenTra, NgayKetThucXuLy, TrangThai, …)");
  ensureProcedures(store);
  StoreTransaction transaction(store);
  RegisterRowWriter rows(store);
  RegisterImportReport report;
  while (auto record = reader.next()) {
    if (record->size() == 1 && trimmed((*record)[0]).empty()) continue;  // a blank line
    if (record->size() != header->size()) {
      report.problems.push_back({reader.line(), std::to_string(record->size()) + " columns where the header has " +
                                                    std::to_string(header->size())});
      continue;
    }
    std::map<std::string, std::string> cells;
    for (std::size_t i = 0; i < header->size(); ++i) cells[(*header)[i]] = (*record)[i];
    auto row = readRow(cells);
    if (auto* reason = std::get_if<std::string>(&row)) {
      report.problems.push_back({reader.line(), *reason});
      continue;
    }
    ++(rows.write(std::get<RegisterRow>(row)) ? report.updated : report.added);
  }
  transaction.commit();
  return report;
}

int replaceProcedures(RecordStore& store, std::istream& tsv) {
  std::string line;
  std::getline(tsv, line);  // header: code name field result_document paper_result
  std::vector<Procedure> table;
  int lineNumber = 1;
  while (std::getline(tsv, line)) {
    ++lineNumber;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::istringstream stream(line);
    for (std::string cell; std::getline(stream, cell, '\t');) cells.push_back(cell);
    const auto code = cells.empty() ? std::nullopt : readProcedureCode(cells[0]);
    if (cells.size() < 5 || !code || (cells[4] != "yes" && cells[4] != "no"))
      throw std::runtime_error("line " + std::to_string(lineNumber) +
                               ": expected code, name, field, result_document, paper_result (yes/no)");
    table.push_back({*code, cells[1], cells[2], cells[3], cells[4] == "yes"});
  }
  replaceProcedureRows(store, table);
  return static_cast<int>(table.size());
}

}  // namespace sohoa::indexer
