#include "viewer/intake/ScanIntake.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

#include "indexer/extract/DossierCode.hpp"
#include "indexer/store/UtcTime.hpp"
#include "indexer/text/PrintableText.hpp"
#include "viewer/intake/ChildProgram.hpp"
#include "viewer/intake/UploadIntake.hpp"

namespace sohoa::viewer {

namespace fs = std::filesystem;

namespace {

// scan.json is read, changed and written by requests and by the threads waiting on children.
std::mutex recordMutex;

fs::path scansRoot(const indexer::StoreLayout& layout) { return layout.root / "intake" / "scans"; }

fs::path scanFolder(const indexer::StoreLayout& layout, const std::string& id) {
  const bool wellFormed = !id.empty() && id.size() <= 40 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-';
  });
  const fs::path folder = scansRoot(layout) / id;
  if (!wellFormed || !fs::is_regular_file(folder / "scan.json"))
    throw ScanRefused(404, "Không có lần quét này: " + indexer::printable(id));
  return folder;
}

std::string pageName(int page) {
  char name[32];
  std::snprintf(name, sizeof name, "page-%04d.png", page);
  return name;
}

// The pages in the folder, in order (their numbers).
std::vector<int> pageNumbers(const fs::path& pages) {
  std::vector<int> numbers;
  std::error_code error;
  for (fs::directory_iterator it(pages, error), end; !error && it != end; it.increment(error)) {
    int number = 0;
    char rest[8] = "";
    if (std::sscanf(it->path().filename().c_str(), "page-%d.%4s", &number, rest) == 2 && std::string(rest) == "png")
      numbers.push_back(number);
  }
  std::sort(numbers.begin(), numbers.end());
  return numbers;
}

// The progress lines a child wrote from `offset` on (other lines, such as a driver's chatter, skipped).
std::vector<nlohmann::ordered_json> progressEvents(const fs::path& log, std::uintmax_t offset) {
  std::vector<nlohmann::ordered_json> events;
  std::ifstream in(log);
  in.seekg(static_cast<std::streamoff>(offset));
  for (std::string line; std::getline(in, line);) {
    auto event = nlohmann::ordered_json::parse(line, nullptr, false);
    if (event.is_object() && event.contains("event")) events.push_back(std::move(event));
  }
  return events;
}

std::uintmax_t sizeOf(const fs::path& file) {
  std::error_code error;
  const auto size = fs::file_size(file, error);
  return error ? 0 : size;
}

// The scan's state (recordMutex held, so the record is the newest); a viewer restarted while a
// child ran lost the wait, and the child may be gone: its pages are there to drop, rescan or
// store (again: ingest reads only what is missing).
std::string stateOf(const nlohmann::ordered_json& record) {
  const std::string state = record.value("state", "");
  const pid_t pid = record.value("pid", 0);
  if ((state == "scanning" || state == "reading") && lostChild(pid)) return state == "scanning" ? "scanned" : "failed";
  return state;
}

// Changes scan.json (recordMutex held).
template <typename Change>
void changeRecord(const fs::path& folder, Change change) {
  auto record = readJsonFile(folder / "scan.json");
  if (record.is_discarded()) return;
  change(record);
  writeJsonFile(folder / "scan.json", record);
}

// Records how the child `pid` ended, and stops counting it as running, in one step.
template <typename Change>
void recordChildEnded(const fs::path& folder, pid_t pid, Change change) {
  std::lock_guard lock(recordMutex);
  changeRecord(folder, change);
  doneWaiting(pid);
}

std::vector<std::string> scanArguments(const indexer::StoreLayout& layout, const nlohmann::ordered_json& record,
                                       const fs::path& folder, int rescan) {
  std::vector<std::string> arguments = {"scan",
                                        "--store",
                                        layout.root.string(),
                                        "--no-ingest",
                                        "--progress-json",
                                        "--into",
                                        (folder / "pages").string(),
                                        "--resolution",
                                        std::to_string(record.value("dpi", 300)),
                                        "--mode",
                                        record.value("mode", "gray")};
  if (const std::string device = record.value("device", ""); !device.empty())
    arguments.insert(arguments.end(), {"--device", device});
  if (const std::string source = record.value("source", ""); !source.empty())
    arguments.insert(arguments.end(), {"--source", source});
  if (rescan > 0) arguments.insert(arguments.end(), {"--rescan", std::to_string(rescan)});
  if (rescan == 0 && record.value("pages", 0) > 0)
    arguments.insert(arguments.end(), {"--pages", std::to_string(record.value("pages", 0))});
  return arguments;
}

// Starts a `sohoa scan` child for the scan (all pages, or one to rescan) and waits on it aside.
void runScanChild(const indexer::StoreLayout& layout, const fs::path& folder, int rescan) {
  const fs::path log = folder / "progress.jsonl";
  nlohmann::ordered_json record;
  {
    std::lock_guard lock(recordMutex);
    record = readJsonFile(folder / "scan.json");
    const std::string state = stateOf(record);
    if (state == "scanning" || state == "reading")
      throw ScanRefused(409, state == "scanning" ? "Máy quét đang quét cho lần quét này" : "Các trang đang được đọc");
    if (state == "stored") throw ScanRefused(409, "Lần quét này đã được lưu");
    const std::uintmax_t offset = sizeOf(log);
    const pid_t pid = startSohoa(scanArguments(layout, record, folder, rescan), log);
    record["state"] = "scanning";
    record["pid"] = pid;
    auto& dropped = record["dropped"];  // a page scanned again is no longer dropped
    if (dropped.is_array())
      dropped.erase(std::remove(dropped.begin(), dropped.end(), nlohmann::ordered_json(rescan)), dropped.end());
    record["log_offset"] = offset;
    record["message"] = rescan > 0 ? "Đang quét lại trang " + std::to_string(rescan) : "Đang quét";
    writeJsonFile(folder / "scan.json", record);
  }
  std::thread([folder, log, pid = record["pid"].get<pid_t>(), offset = record["log_offset"].get<std::uintmax_t>()] {
    waitForSohoa(pid);
    std::string message = "Đã quét xong";
    int blank = 0;
    for (const auto& event : progressEvents(log, offset)) {
      if (event["event"] == "error") message = event.value("message", "Máy quét báo lỗi");
      blank += event["event"] == "blank";
    }
    if (blank > 0) message += "; bỏ " + std::to_string(blank) + " trang trắng";
    recordChildEnded(folder, pid, [&](nlohmann::ordered_json& record) {
      record["state"] = "scanned";
      record["pid"] = 0;
      record["message"] = message;
    });
  }).detach();
}

// The pages read, from `sohoa ingest`'s summary line ("ingested 1 file(s), 3 page(s) in …").
int pagesRead(const fs::path& log) {
  std::ifstream in(log);
  int files = 0, pages = 0;
  for (std::string line; std::getline(in, line);)
    if (std::sscanf(line.c_str(), "ingested %d file(s), %d page(s)", &files, &pages) == 2) return pages;
  return 0;
}

}  // namespace

nlohmann::ordered_json scannerList() {
  int exitCode = 0;
  std::istringstream output(runSohoa({"scan", "--list"}, exitCode));
  nlohmann::ordered_json scanners = nlohmann::ordered_json::array();
  for (std::string line; std::getline(output, line);) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    scanners.push_back(
        {{"name", indexer::printable(line.substr(0, tab))}, {"description", indexer::printable(line.substr(tab + 1))}});
  }
  return scanners;
}

std::string startScan(const indexer::StoreLayout& layout, const ScanRequest& request, const std::string& username) {
  // The device name goes to the child as one argument; it must not pass for an option.
  const bool deviceOk = request.device.size() <= 200 && (request.device.empty() || request.device[0] != '-') &&
                        std::all_of(request.device.begin(), request.device.end(),
                                    [](char c) { return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f; });
  if (!deviceOk) throw ScanRefused(400, "Tên máy quét không hợp lệ");
  if (!request.source.empty() && request.source != "flatbed" && request.source != "adf" &&
      request.source != "adf-duplex")
    throw ScanRefused(400, "Nguồn giấy phải là mặt kính (flatbed), khay nạp (adf) hoặc khay nạp hai mặt (adf-duplex)");
  if (request.mode != "gray" && request.mode != "color" && request.mode != "lineart")
    throw ScanRefused(400, "Chế độ màu phải là xám (gray), màu (color) hoặc đen trắng (lineart)");
  if (request.dpi < 75 || request.dpi > 1200) throw ScanRefused(400, "Độ phân giải phải từ 75 đến 1200 dpi");
  if (request.pages < 0 || request.pages > 10000) throw ScanRefused(400, "Số tờ phải từ 1 đến 10000");
  if (request.dossier && !indexer::readDossierCode(*request.dossier))
    throw ScanRefused(400, "Mã hồ sơ không hợp lệ: " + indexer::printable(*request.dossier));
  if (request.part && *request.part != "component" && *request.part != "result")
    throw ScanRefused(400, "Phần hồ sơ phải là thành phần (component) hoặc kết quả (result)");
  if (request.part && !request.dossier) throw ScanRefused(400, "Chọn hồ sơ trước khi chọn phần hồ sơ");

  const std::string id = newIntakeId();
  const fs::path folder = scansRoot(layout) / id;
  fs::create_directories(folder / "pages");
  const auto optional = [](const std::optional<std::string>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
  };
  writeJsonFile(folder / "scan.json", {{"id", id},
                                       {"user", username},
                                       {"started_at", indexer::utcNow()},
                                       {"device", request.device},
                                       {"source", request.source},
                                       {"mode", request.mode},
                                       {"dpi", request.dpi},
                                       {"pages", request.pages},
                                       {"dropped", nlohmann::ordered_json::array()},
                                       {"dossier", optional(request.dossier)},
                                       {"part", optional(request.part)},
                                       {"state", "new"},
                                       {"message", ""}});
  try {
    runScanChild(layout, folder, 0);
  } catch (const ScanRefused&) {
    throw;
  } catch (const std::exception& error) {
    std::lock_guard lock(recordMutex);
    changeRecord(folder, [](nlohmann::ordered_json& record) {
      record["state"] = "failed";
      record["message"] = "Không chạy được chương trình sohoa";
    });
    throw;
  }
  return id;
}

nlohmann::ordered_json scanRecord(const indexer::StoreLayout& layout, const std::string& id) {
  const fs::path folder = scanFolder(layout, id);
  std::lock_guard lock(recordMutex);
  return readJsonFile(folder / "scan.json");
}

nlohmann::ordered_json scanStatus(const indexer::StoreLayout& layout, const std::string& id) {
  const fs::path folder = scanFolder(layout, id);
  nlohmann::ordered_json record;
  std::string state;
  {
    std::lock_guard lock(recordMutex);
    record = readJsonFile(folder / "scan.json");
    state = stateOf(record);
  }
  if (state != record.value("state", "")) {
    record["state"] = state;
    record["message"] = "Không rõ kết thúc (trình xem đã khởi động lại); các trang đã quét vẫn được giữ";
  }
  nlohmann::ordered_json pages = nlohmann::ordered_json::array();
  for (const int number : pageNumbers(folder / "pages")) {
    std::error_code error;
    const auto written = fs::last_write_time(folder / "pages" / pageName(number), error).time_since_epoch().count();
    // The version changes when the page is scanned again, so the browser does not show the old one.
    pages.push_back({{"page", number},
                     {"preview", "/api/scans/" + id + "/pages/" + std::to_string(number) +
                                     "?v=" + std::to_string(error ? 0 : written % 1000000007)}});
  }
  record["pages"] = pages;
  nlohmann::ordered_json errors = nlohmann::ordered_json::array();
  for (const auto& event : progressEvents(folder / "progress.jsonl", record.value("log_offset", std::uintmax_t{0})))
    if (event["event"] == "error") errors.push_back(event.value("message", ""));
  record["errors"] = errors;
  record.erase("pid");
  record.erase("log_offset");
  return record;
}

void dropScanPage(const indexer::StoreLayout& layout, const std::string& id, int page) {
  const fs::path folder = scanFolder(layout, id);
  std::lock_guard lock(recordMutex);
  const auto record = readJsonFile(folder / "scan.json");
  if (stateOf(record) != "scanned") throw ScanRefused(409, "Chỉ bỏ trang khi máy quét đã dừng");
  if (!fs::remove(folder / "pages" / pageName(page))) throw ScanRefused(404, "Không có trang " + std::to_string(page));
  auto changed = record;
  changed["dropped"].push_back(page);
  writeJsonFile(folder / "scan.json", changed);
}

void rescanPage(const indexer::StoreLayout& layout, const std::string& id, int page) {
  const fs::path folder = scanFolder(layout, id);
  if (page < 1 || page > 10000) throw ScanRefused(400, "Số trang không hợp lệ");
  runScanChild(layout, folder, page);
}

int commitScan(const indexer::StoreLayout& layout, const std::string& id) {
  const fs::path folder = scanFolder(layout, id);
  std::lock_guard lock(recordMutex);
  auto record = readJsonFile(folder / "scan.json");
  const std::string state = stateOf(record);
  if (state != "scanned" && state != "failed")
    throw ScanRefused(409, state == "stored" ? "Lần quét này đã được lưu" : "Chờ máy quét dừng rồi hãy lưu");
  const auto kept = pageNumbers(folder / "pages");
  const int pages = static_cast<int>(kept.size());
  if (pages == 0) throw ScanRefused(400, "Chưa có trang nào để lưu");
  std::vector<std::string> arguments = ingestArguments(layout);
  if (record["dossier"].is_string()) arguments.insert(arguments.end(), {"--dossier", record["dossier"]});
  if (record["dossier"].is_string() && record["part"].is_string())
    arguments.insert(arguments.end(), {"--part", record["part"]});
  arguments.push_back((folder / "pages").string());  // a folder of single pages: one batch, in order
  const fs::path log = folder / "ingest.log";
  const pid_t pid = startSohoa(arguments, log);
  record["state"] = "reading";
  record["pid"] = pid;
  record["pages_kept"] = kept;
  record["message"] = "Đang đọc " + std::to_string(pages) + " trang";
  writeJsonFile(folder / "scan.json", record);
  std::thread([folder, log, pid] {
    const bool ok = waitForSohoa(pid);
    const int read = pagesRead(log);
    recordChildEnded(folder, pid, [&](nlohmann::ordered_json& record) {
      record["state"] = ok ? "stored" : "failed";
      record["pid"] = 0;
      record["finished_at"] = indexer::utcNow();
      record["pages_read"] = read;
      record["failures"] = failureLines(log);
      record["message"] = ok ? "Đã lưu và đọc xong " + std::to_string(read) + " trang"
                             : "Có trang không đọc được (xem chi tiết); bấm Lưu để đọc lại";
    });
    // The pages are kept under originals/ once stored.
    std::error_code ignored;
    if (ok) fs::remove_all(folder / "pages", ignored);
  }).detach();
  return pages;
}

nlohmann::ordered_json scansJson(const indexer::StoreLayout& layout) {
  std::vector<std::string> ids;
  std::error_code error;
  for (fs::directory_iterator it(scansRoot(layout), error), end; !error && it != end; it.increment(error))
    if (it->is_directory()) ids.push_back(it->path().filename().string());
  std::sort(ids.rbegin(), ids.rend());  // ids start with their time: newest first
  nlohmann::ordered_json scans = nlohmann::ordered_json::array();
  for (const auto& id : ids) {
    if (scans.size() >= 50) break;
    try {
      auto scan = scanStatus(layout, id);
      scan["page_count"] = scan["pages"].size();
      scan.erase("pages");
      scans.push_back(std::move(scan));
    } catch (const ScanRefused&) {  // a folder without its scan.json: not a scan
    }
  }
  return scans;
}

std::string scanPagePreview(const indexer::StoreLayout& layout, const std::string& id, int page) {
  const fs::path file = scanFolder(layout, id) / "pages" / pageName(page);
  using PixOwner = std::unique_ptr<Pix, void (*)(Pix*)>;
  const auto owned = [](Pix* pix) { return PixOwner(pix, [](Pix* p) { pixDestroy(&p); }); };
  PixOwner scan = owned(fs::is_regular_file(file) ? pixRead(file.c_str()) : nullptr);
  if (!scan) throw ScanRefused(404, "Không có trang " + std::to_string(page));
  PixOwner flat = owned(pixGetDepth(scan.get()) == 32 ? pixClone(scan.get()) : pixConvertTo8(scan.get(), 0));
  const int width = pixGetWidth(flat.get());
  PixOwner small = owned(width > 480 ? pixScaleToSize(flat.get(), 480, 0) : pixClone(flat.get()));
  l_uint8* data = nullptr;
  std::size_t size = 0;
  if (!small || pixWriteMemJpeg(&data, &size, small.get(), 75, 0) != 0)
    throw ScanRefused(500, "Không tạo được ảnh xem trước");
  std::string jpeg(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return jpeg;
}

}  // namespace sohoa::viewer
