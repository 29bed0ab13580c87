#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "indexer/register/DossierRegister.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "indexer/text/PrintableText.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using namespace sohoa::test;

TEST_CASE("register cells are checked column by column, bad rows are named by line, good ones kept",
          "[indexer][register][hostile]") {
  TempDir dir;
  RecordStore store = openMigratedStore(StoreLayout{dir.path()});
  const std::string header = "MaHoSo,NgayTiepNhan,ChuHoSoSoDinhDanh,ChuHoSoHoTen\n";
  std::string csv = header;
  csv += "000.00.21.H08-250314-0042,2025-03-14,052095001234,Nguyễn Văn An\n";             // 2: good
  csv += "../../../../etc/passwd,2025-03-14,,\n";                                         // 3
  csv += std::string("000.00.21.H08-250314-0043\0x", 27) + ",2025-03-14,,\n";             // 4: NUL
  csv += "000.00.21.H08-250314-0044,2025-03-14,,Nguy\xe1\xbb\n";                          // 5: not UTF-8
  csv += "000.00.21.H08-250314-0045,2025-03-14,," + std::string(10'000'000, 'A') + "\n";  // 6: 10 MB
  csv += "000.00.21.H08-250314-0046,2025-03-14,052095001235x,Trần Thị Bình\n";            // 7: not a number
  csv += "000.00.21.H08-250314-0047,2025-03-14,999095001234,Trần Thị Bình\n";             // 8: no such province
  csv += "000.00.21.H08-250314-0048,2025-03-14,048.093.531.039,Lê Văn Cường\n";           // 9: good, dotted
  csv += "000.00.21.H08-250314-0049,2025-03-14,,\x1b[31mAdmin\x1b[0m\n";                  // 10: escapes
  csv += "000.00.21.H08-250314-0050,2025-03-14,,\"Lê\nVăn\"\n";                           // 11: line break
  csv += "000.00.21.H08-250314-0051,2025-03-14,,Robert'); DROP TABLE dossiers;--\n";      // 13
  csv += "000.00.21.H08-250314-0052,2025-03-14,023456789,Đặng Thị Hồng-Nhung\n";          // 14: good, CMND
  std::istringstream in(csv);
  const auto report = importRegister(store, in);
  CHECK(report.added == 3);
  std::map<int, std::string> problems;
  for (const auto& problem : report.problems) problems[problem.line] = problem.reason;
  CHECK(problems.size() == 9);
  CHECK(problems[3].starts_with("MaHoSo '../../../../etc/passwd' is not a dossier code"));
  CHECK(problems[4] == "MaHoSo holds a control character");
  CHECK(problems[5] == "ChuHoSoHoTen is not UTF-8 text (save the register as UTF-8 CSV)");
  CHECK(problems[6].starts_with("ChuHoSoHoTen is longer than 256 bytes ('AAAA"));
  CHECK(problems[6].size() < 200);  // the message quotes a little of it, not 10 MB
  CHECK(problems[7].starts_with("ChuHoSoSoDinhDanh '052095001235x' is not a number"));
  CHECK(problems[8].starts_with("ChuHoSoSoDinhDanh '999095001234': "));
  CHECK(problems[10] == "ChuHoSoHoTen holds a control character");
  CHECK(problems[11] == "ChuHoSoHoTen holds a control character");
  CHECK(problems[13].starts_with("ChuHoSoHoTen 'Robert'); DROP TABLE dossiers;--' is not a name"));

  auto stored = store.db().prepare("SELECT code, applicant_id FROM dossiers ORDER BY code");
  std::vector<std::pair<std::string, std::string>> rows;
  while (stored.step()) rows.emplace_back(stored.text(0), stored.text(1));
  CHECK(rows == std::vector<std::pair<std::string, std::string>>{{"000.00.21.H08-250314-0042", "052095001234"},
                                                                 {"000.00.21.H08-250314-0048", "048093531039"},
                                                                 {"000.00.21.H08-250314-0052", "023456789"}});
}

TEST_CASE("text from outside is printed with its control characters escaped", "[indexer][hostile]") {
  CHECK(printable("Quyết định 15.pdf") == "Quyết định 15.pdf");
  CHECK(printable("\x1b[31mred\x1b[0m.pdf") == "\\x1b[31mred\\x1b[0m.pdf");
  CHECK(printable("a\nb\tc") == "a\\x0ab\\x09c");
  CHECK(printable("a\nb\tc", LineBreaks::Kept) == "a\nb\tc");
  CHECK(printable("\xc2\x9b"
                  "2J") == "\\xc2\\x9b2J");  // C1 CSI
  CHECK(printable("bad \xff\xfe byte") == "bad \\xff\\xfe byte");
  CHECK(printableShort("Nguyễn Văn An", 6) == "Nguyễn…");
  CHECK(isValidUtf8("Đặng Thị Hồng"));
  CHECK_FALSE(isValidUtf8("\xc0\xaf"));      // overlong '/'
  CHECK_FALSE(isValidUtf8("\xed\xa0\x80"));  // a surrogate
  CHECK_FALSE(isValidUtf8("Nguy\xe1\xbb"));  // cut short
}
