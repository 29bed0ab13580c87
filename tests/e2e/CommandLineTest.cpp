// The command line as a clerk meets it: a wrong --store, a mistyped command or date, a
// second viewer on a port in use. Each mistake is said plainly and changes nothing.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "tests/support/TestSupport.hpp"

using namespace sohoa::test;
namespace fs = std::filesystem;

namespace {

// A port nobody holds now (the kernel's pick, given back at once).
int freePort() {
  const int sock = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(sock, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t size = sizeof address;
  ::getsockname(sock, reinterpret_cast<sockaddr*>(&address), &size);
  ::close(sock);
  return ntohs(address.sin_port);
}

bool accepts(int port) {
  const int sock = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool connected = ::connect(sock, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(sock);
  return connected;
}

// The viewer's --add-user, its password on standard input.
std::vector<std::string> addUser(const fs::path& store) {
  return {"/bin/sh",
          "-c",
          "echo 'mat-khau-dai-12' | exec \"$@\"",
          "sh",
          SOHOA_VIEWER_BINARY,
          "--store",
          store,
          "--add-user",
          "an",
          "--role",
          "clerk"};
}

}  // namespace

TEST_CASE("every command but ingest refuses a missing store and makes none", "[e2e][cli]") {
  TempDir dir;
  const std::string typo = dir / "sohoa-dta";
  writeFile(dir / "register.csv", "MaHoSo,NgayTiepNhan\n000.00.21.H08-250314-0042,2025-03-14\n");
  writeFile(dir / "procedures.tsv", "code\tname\tfield\tresult_document\tpaper_result\n");
  for (const auto& command : std::vector<std::vector<std::string>>{
           {sohoaBinary(), "search", "--store", typo, "khai"},
           {sohoaBinary(), "show", "--store", typo, "000.00.21.H08-250314-0042"},
           {sohoaBinary(), "export", "--store", typo, "--jsonl"},
           {sohoaBinary(), "report", "--store", typo},
           {sohoaBinary(), "archive", "--store", typo},
           {sohoaBinary(), "archive", "--store", typo, "--check"},
           {sohoaBinary(), "register", "import", "--store", typo, dir / "register.csv"},
           {sohoaBinary(), "register", "procedures", "--store", typo, dir / "procedures.tsv"},
           {sohoaBinary(), "reuse", "--store", typo, "--dossier", "000.00.21.H08-250314-0042", "--document", "x-p1"},
           {sohoaBinary(), "reindex", "--store", typo},
           {sohoaBinary(), "reassemble", "--store", typo},
           {sohoaBinary(), "previews", "--store", typo},
           {SOHOA_VIEWER_BINARY, "--store", typo, "--listen", "127.0.0.1:0"},
           addUser(typo)}) {
    const auto run = runCommand(command);
    INFO(command[0] << ' ' << command[1] << ' ' << command[2] << ": " << run.err);
    // sohoa's status for "not found"; the viewer's start-up failures are all 1.
    CHECK(run.exitCode == (command[0] == sohoaBinary().string() ? 3 : 1));
    CHECK(run.err.find("no store at " + typo) != std::string::npos);
    CHECK(run.out.find("0 result") == std::string::npos);
    CHECK_FALSE(fs::exists(typo));
  }
}

TEST_CASE("a mistyped command is named with the one meant, and --version answers", "[e2e][cli]") {
  const auto typo = runCommand({sohoaBinary(), "serch", "khai", "sinh"});
  CHECK(typo.exitCode == 2);
  CHECK(typo.err == "sohoa: 'serch' is not a command; did you mean search? (sohoa --help lists them)\n");
  CHECK(runCommand({sohoaBinary(), "reprot"}).err.find("did you mean report?") != std::string::npos);
  const auto unknown = runCommand({sohoaBinary(), "frobnicate"});
  CHECK(unknown.exitCode == 2);
  CHECK(unknown.err == "sohoa: 'frobnicate' is not a command (sohoa --help lists them)\n");

  const auto version = runCommand({sohoaBinary(), "--version"});
  CHECK(version.exitCode == 0);
  CHECK(version.out.starts_with("sohoa 0."));
  const auto viewerVersion = runCommand({SOHOA_VIEWER_BINARY, "--version"});
  CHECK(viewerVersion.exitCode == 0);
  CHECK(viewerVersion.out.starts_with("sohoa-viewer 0."));
}

TEST_CASE("search dates are read as dd/mm/yyyy or ISO, of receipt or issue, and anything else is refused",
          "[e2e][cli]") {
  TempDir dir;
  const std::string store = dir / "store", code = "000.00.21.H08-250314-0042";
  // A born-digital notice (no OCR) issued on 05/02/2025, filed under a dossier received on 14/03/2025.
  REQUIRE(runCommand({sohoaBinary(), "ingest", "--store", store, "--dossier", code, "--part", "component",
                      scansDir() / "thong-bao-dien-tu.pdf"})
              .exitCode == 0);
  auto search = [&](std::vector<std::string> options) {
    std::vector<std::string> command{sohoaBinary(), "search", "--store", store, "--json"};
    command.insert(command.end(), options.begin(), options.end());
    const auto run = runCommand(command);
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return nlohmann::json::parse(run.out);
  };
  auto count = [&](const std::string& date, const std::string& from, const std::string& to) {
    INFO(date << " " << from << ".." << to);
    return search({"--date", date, "--from", from, "--to", to})["results"].size();
  };
  // No register yet: the receipt day is unknown, and the filter says how many it left out.
  const auto unregistered = search({"--from", "01/03/2025"});
  CHECK(unregistered["results"].empty());
  CHECK(unregistered["undated"] == 1);
  CHECK(unregistered["date_kind"] == "received");
  const auto text = runCommand({sohoaBinary(), "search", "--store", store, "--from", "01/03/2025", "thông báo"});
  CHECK(text.out.find("(1 more match but have no receipt day in the register") != std::string::npos);

  writeFile(dir / "register.csv", "MaHoSo,NgayTiepNhan\n" + code + ",14/03/2025 08:00\n");
  REQUIRE(runCommand({sohoaBinary(), "register", "import", "--store", store, dir / "register.csv"}).exitCode == 0);
  CHECK(count("received", "14/03/2025", "14/03/2025") == 1);
  CHECK(count("received", "2025-03-01", "2025-03-31") == 1);
  CHECK(count("received", "15/03/2025", "31/12/2025") == 0);
  CHECK(search({"--from", "15/03/2025"})["undated"] == 0);
  CHECK(count("received", "01/02/2025", "28/02/2025") == 0);  // the issue month is not the receipt's

  CHECK(count("issued", "01/02/2025", "28/02/2025") == 1);
  CHECK(count("issued", "2025-02-01", "2025-02-28") == 1);
  CHECK(count("issued", "5/2/2025", "5/2/2025") == 1);
  CHECK(count("issued", "06/02/2025", "31/12/2025") == 0);  // a day-first date read month-first would be 2 June
  CHECK(count("issued", "01/01/2025", "04/02/2025") == 0);

  for (const std::string wrong : {"2025-13-45", "31/02/2025", "2025/02/05", "05.02.2025", "hôm qua", "2025-2-5x"}) {
    const auto run = runCommand({sohoaBinary(), "search", "--store", store, "--from", wrong, "thông báo"});
    INFO(wrong);
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("--from " + wrong + ": not a date (dd/mm/yyyy") != std::string::npos);
    CHECK(run.out.empty());
  }
  CHECK(runCommand({sohoaBinary(), "search", "--store", store, "--to", "32/01/2025", "x"}).exitCode == 2);
}

TEST_CASE("a second viewer on a port in use fails clearly instead of saying it serves", "[e2e][cli]") {
  TempDir dir;
  const std::string store = dir / "store";
  REQUIRE(runCommand({sohoaBinary(), "ingest", "--store", store, scansDir() / "thong-bao-dien-tu.pdf"}).exitCode == 0);
  const int port = freePort();
  const std::string listen = "127.0.0.1:" + std::to_string(port);
  const int first = startCommand({SOHOA_VIEWER_BINARY, "--store", store, "--listen", listen});
  for (int waited = 0; waited < 200 && !accepts(port); ++waited)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  REQUIRE(accepts(port));
  // Bounded: a second viewer that binds the port anyway serves until stopped.
  const auto second = runCommand({"/usr/bin/timeout", "10", SOHOA_VIEWER_BINARY, "--store", store, "--listen", listen});
  ::kill(first, SIGTERM);
  ::waitpid(first, nullptr, 0);
  INFO(second.out << second.err);
  CHECK(second.exitCode == 1);
  CHECK(second.err.find("cannot listen on " + listen) != std::string::npos);
  CHECK(second.out.find("serving") == std::string::npos);
}

TEST_CASE("under a vi_VN locale the command line speaks Vietnamese, and English under any other", "[e2e][cli]") {
  TempDir dir;
  const std::string typo = dir / "sohoa-dta";
  auto inLocale = [](const std::string& language, std::vector<std::string> command) {
    std::vector<std::string> withLocale{"/usr/bin/env", "-u", "LC_ALL",   "-u",
                                        "LC_MESSAGES",  "-u", "LANGUAGE", "LANG=" + language};
    withLocale.insert(withLocale.end(), command.begin(), command.end());
    return runCommand(withLocale);
  };
  const auto missing = inLocale("vi_VN.UTF-8", {sohoaBinary(), "search", "--store", typo, "khai"});
  CHECK(missing.exitCode == 3);
  CHECK(missing.err == "sohoa: không có kho dữ liệu ở " + typo +
                           " (sohoa ingest tạo kho; --store THƯ_MỤC hoặc SOHOA_STORE chỉ kho khác)\n");
  CHECK(inLocale("vi_VN.UTF-8", {sohoaBinary(), "serch", "khai"}).err ==
        "sohoa: 'serch' không phải một lệnh; có phải search? (sohoa --help liệt kê các lệnh)\n");
  CHECK(inLocale("vi_VN.UTF-8", {sohoaBinary(), "search", "--store", typo, "--from", "2025-13-45", "khai"}).err ==
        "sohoa search: --from 2025-13-45: không phải ngày (dd/mm/yyyy như 01/06/2025, hoặc yyyy-mm-dd)\n");
  CHECK(inLocale("en_US.UTF-8", {sohoaBinary(), "search", "--store", typo, "khai"})
            .err.starts_with("sohoa: no store at"));
  CHECK(inLocale("C", {sohoaBinary(), "serch", "khai"}).err.starts_with("sohoa: 'serch' is not a command"));

  // A store's answers too: the counts of a search and of an ingest.
  const std::string store = dir / "store";
  const auto ingest = inLocale("vi_VN.UTF-8", {sohoaBinary(), "ingest", "--store", store, "--dossier",
                                               "000.00.21.H08-250314-0042", scansDir() / "thong-bao-dien-tu.pdf"});
  REQUIRE(ingest.exitCode == 0);
  CHECK(ingest.out.starts_with("đã nhập 1 tệp, 1 trang trong "));
  const auto found = inLocale("vi_VN.UTF-8", {sohoaBinary(), "search", "--store", store, "thông báo"});
  CHECK(found.out.starts_with("1 kết quả cho \"thông báo\""));
  // The report as the commune reads it: Vietnamese names, dd/mm/yyyy, decimal commas.
  writeFile(dir / "register.csv", "MaHoSo,MaTTHC,NgayTiepNhan\n000.00.21.H08-250314-0042,1.000656,2025-03-14\n");
  REQUIRE(runCommand({sohoaBinary(), "register", "import", "--store", store, dir / "register.csv"}).exitCode == 0);
  const auto report = inLocale("vi_VN.UTF-8", {sohoaBinary(), "report", "--store", store, "--period", "2025-Q1"});
  INFO(report.out);
  CHECK(report.out.starts_with("Kỳ báo cáo 2025-Q1 (01/01/2025 – 31/03/2025)"));
  CHECK(report.out.find("Số hóa") != std::string::npos);
  CHECK(report.out.find("0,00 %") != std::string::npos);
  CHECK(report.out.find("mục tiêu 90 %") != std::string::npos);
  CHECK(report.out.find("NOT MET") == std::string::npos);
  const auto english = inLocale("C", {sohoaBinary(), "report", "--store", store, "--period", "2025-Q1"});
  CHECK(english.out.starts_with("Report period 2025-Q1 (2025-01-01 .. 2025-03-31)"));
  CHECK(english.out.find("0.00 %") != std::string::npos);
  // JSON stays as programs read it, whatever the locale.
  const auto json = inLocale("vi_VN.UTF-8", {sohoaBinary(), "search", "--store", store, "--json", "thông báo"});
  CHECK(nlohmann::json::parse(json.out)["total"] == 1);
}

// A one-page PDF of 200 × 200 inches: a page ingest refuses (over any scanner's size), the
// rest of the file going on.
static std::string giantPagePdf() {
  const std::vector<std::string> objects{"<< /Type /Catalog /Pages 2 0 R >>",
                                         "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 4\n0000000000 65535 f \n";
  for (const auto offset : offsets) {
    const std::string digits = std::to_string(offset);
    pdf += std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
  }
  return pdf + "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
}

TEST_CASE("the help of every command, a page that fails and the watch log speak Vietnamese under vi_VN", "[e2e][cli]") {
  TempDir dir;
  auto inLocale = [](const std::string& language, std::vector<std::string> command) {
    std::vector<std::string> withLocale{"/usr/bin/env", "-u", "LC_ALL",   "-u",
                                        "LC_MESSAGES",  "-u", "LANGUAGE", "LANG=" + language};
    withLocale.insert(withLocale.end(), command.begin(), command.end());
    return runCommand(withLocale);
  };
  const auto help = inLocale("vi_VN.UTF-8", {sohoaBinary(), "--help"});
  INFO(help.out);
  CHECK(help.exitCode == 0);
  CHECK(
      help.out.starts_with("sohoa: đưa hồ sơ giấy đã quét vào, có hồ sơ điện tử tiếng Việt tra cứu được\nCách dùng: "));
  CHECK(help.out.find("  -h,--help                   In hướng dẫn này rồi thoát\n") != std::string::npos);
  CHECK(help.out.find("\nCác lệnh:\n") != std::string::npos);
  CHECK(help.out.find("Nhập các tệp và thư mục bản quét (PDF, TIFF, JPEG, PNG) vào kho") != std::string::npos);
  // Every command's help: no English description left (the option names and value types stay).
  for (const char* command : {"ingest", "search", "show", "export", "reindex", "reassemble", "register", "reuse",
                              "report", "archive", "previews", "watch", "scan"}) {
    const auto commandHelp = inLocale("vi_VN.UTF-8", {sohoaBinary(), command, "--help"});
    INFO(command << ":\n" << commandHelp.out);
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.find("\nTùy chọn:\n") != std::string::npos);
    for (const char* english : {"Options:", "Usage:", "Print this help", "Store folder", "default:", "REQUIRED"})
      CHECK(commandHelp.out.find(english) == std::string::npos);
  }
  CHECK(inLocale("vi_VN.UTF-8", {sohoaBinary(), "ingest", "--help"})
            .out.find("  --store TEXT                Thư mục kho (mặc định: $SOHOA_STORE hoặc ./sohoa-data)\n") !=
        std::string::npos);
  const auto english = inLocale("C.UTF-8", {sohoaBinary(), "ingest", "--help"});
  CHECK(english.out.starts_with("Scan files and folders (PDF, TIFF, JPEG, PNG) into the store\nUsage: "));
  CHECK(english.out.find("\nOptions:\n  -h,--help                   Print this help message and exit\n") !=
        std::string::npos);

  // A page ingest refuses is named with its file and page, in the reader's language.
  const fs::path scans = dir / "scans";
  fs::create_directories(scans);
  const std::string giant = scans / "giant.pdf";
  writeFile(giant, giantPagePdf());
  const std::string store = dir / "store";
  const auto ingest = inLocale("vi_VN.UTF-8", {sohoaBinary(), "ingest", "--store", store, "--jobs", "1", giant});
  INFO(ingest.err);
  CHECK(ingest.exitCode == 1);
  CHECK(ingest.err.starts_with("sohoa: " + giant + ": trang 1: 60000×60000 pixels"));
  CHECK(ingest.out.find("1 tệp và 1 trang bị lỗi (xem ở trên)") != std::string::npos);
  const auto again = inLocale("vi_VN.UTF-8", {sohoaBinary(), "ingest", "--store", store, "--jobs", "1", giant});
  CHECK(again.err.ends_with(": refused (ở lần chạy trước; sohoa ingest --retry-failed đọc lại)\n"));
  const auto inEnglish = inLocale("C", {sohoaBinary(), "ingest", "--store", store, "--jobs", "1", giant});
  CHECK(inEnglish.err.starts_with("sohoa: " + giant + ": page 1: 60000×60000 pixels"));
  CHECK(inEnglish.err.ends_with(": refused (in an earlier run; sohoa ingest --retry-failed reads it again)\n"));
  const auto missing = inLocale("vi_VN.UTF-8", {sohoaBinary(), "ingest", "--store", store, dir / "khong-co.pdf"});
  CHECK(missing.err == "sohoa: " + (dir / "khong-co.pdf").string() + ": không có tệp hay thư mục này\n");

  // The watch's line for the file, and its log beside it in failed/.
  const fs::path inbox = dir / "inbox";
  fs::create_directories(inbox);
  writeFile(inbox / "giant.pdf", giantPagePdf());
  const auto watch = inLocale("vi_VN.UTF-8", {sohoaBinary(), "watch", "--store", dir / "watched", "--jobs", "1",
                                              "--settle", "0", "--once", inbox});
  INFO(watch.out << watch.err);
  CHECK(watch.out.find(
            "giant.pdf: đã lưu 0 trang, 0 văn bản trong 0 hồ sơ; LỖI: 1 trang không đọc được (lý do ở dưới)") !=
        std::string::npos);
  const auto log = readFile(inbox / "failed" / "giant.pdf.log");
  CHECK(log.find("\ntệp: giant.pdf\n") != std::string::npos);
  CHECK(log.find(": trang 1: ") != std::string::npos);
}
