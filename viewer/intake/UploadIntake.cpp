#include "viewer/intake/UploadIntake.hpp"

#include <algorithm>
#include <thread>

#include "indexer/store/UtcTime.hpp"
#include "viewer/intake/ChildProgram.hpp"

namespace sohoa::viewer {

namespace fs = std::filesystem;

namespace {

fs::path uploadsRoot(const indexer::StoreLayout& layout) { return layout.root / "intake" / "uploads"; }

void writeRecord(const fs::path& folder, const nlohmann::ordered_json& record) {
  writeJsonFile(folder / "upload.json", record);
}

nlohmann::ordered_json readRecord(const fs::path& folder) { return readJsonFile(folder / "upload.json"); }

}  // namespace

std::vector<std::string> failureLines(const fs::path& log) {
  std::vector<std::string> lines;
  std::ifstream in(log);
  for (std::string line; std::getline(in, line) && lines.size() < 50;)
    if (line.rfind("sohoa", 0) == 0) lines.push_back(line);
  return lines;
}

std::string safeFileName(const std::string& clientName) {
  const std::size_t slash = clientName.find_last_of("/\\");
  std::string name = slash == std::string::npos ? clientName : clientName.substr(slash + 1);
  name.erase(std::remove_if(name.begin(), name.end(),
                            [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }),
             name.end());
  while (!name.empty() && (name.front() == '.' || name.front() == ' ')) name.erase(0, 1);
  if (name.size() > 120) {
    std::size_t cut = 120;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;  // not inside a letter
    name.resize(cut);
  }
  return name.empty() ? "tep" : name;
}

UploadFolder::UploadFolder(const indexer::StoreLayout& layout, const std::string& username)
    : id_(newIntakeId()), username_(username), folder_(uploadsRoot(layout) / id_) {
  fs::create_directories(folder_);
}

void UploadFolder::beginFile(const std::string& clientName) {
  if (files_.size() >= kMostUploadFiles)
    throw UploadTooLarge("Quá nhiều tệp trong một lần tải lên (tối đa " + std::to_string(kMostUploadFiles) + ")");
  char number[16];
  std::snprintf(number, sizeof number, "%04zu-", files_.size() + 1);
  files_.push_back(folder_ / (number + safeFileName(clientName)));
  clientNames_.push_back(safeFileName(clientName));
  current_ = std::ofstream(files_.back(), std::ios::binary | std::ios::trunc);
  currentSize_ = 0;
  if (!current_) throw std::runtime_error("cannot write " + files_.back().string());
}

void UploadFolder::append(const char* data, std::size_t size) {
  currentSize_ += size;
  if (currentSize_ > kLargestUploadFile)
    throw UploadTooLarge("Tệp \"" + clientNames_.back() + "\" quá lớn (tối đa " +
                         std::to_string(kLargestUploadFile >> 20) + " MB mỗi tệp)");
  current_.write(data, static_cast<std::streamsize>(size));
  if (!current_) throw std::runtime_error("cannot write " + files_.back().string());
}

void UploadFolder::endFile() {
  if (current_.is_open()) current_.close();
}

void UploadFolder::discard() {
  endFile();
  std::error_code ignored;
  fs::remove_all(folder_, ignored);
}

void UploadFolder::startIngest(const indexer::StoreLayout& layout, const std::optional<std::string>& dossier,
                               const std::optional<std::string>& part) {
  endFile();
  std::vector<std::string> arguments = ingestArguments(layout);
  if (dossier) arguments.insert(arguments.end(), {"--dossier", *dossier});
  if (dossier && part) arguments.insert(arguments.end(), {"--part", *part});
  for (const auto& file : files_) arguments.push_back(file.string());
  const fs::path log = folder_ / "ingest.log";
  pid_t pid = 0;
  std::string failure;
  try {
    pid = startSohoa(arguments, log);
  } catch (const std::exception& error) {
    failure = error.what();
  }
  const bool failed = !failure.empty();
  nlohmann::ordered_json record = {{"id", id_},
                                   {"user", username_},
                                   {"received_at", indexer::utcNow()},
                                   {"files", clientNames_},
                                   {"dossier", dossier ? nlohmann::ordered_json(*dossier) : nullptr},
                                   {"part", part ? nlohmann::ordered_json(*part) : nullptr},
                                   {"state", failed ? "failed" : "reading"},
                                   {"pid", failed ? 0 : pid},
                                   {"message", failed ? "Không chạy được chương trình sohoa" : "Đang đọc"}};
  writeRecord(folder_, record);
  if (failed) throw std::runtime_error(failure);
  std::thread([folder = folder_, files = files_, log, record, pid]() mutable {
    const bool ok = waitForSohoa(pid);
    record["state"] = ok ? "done" : "failed";
    record["finished_at"] = indexer::utcNow();
    record["failures"] = failureLines(log);
    record["message"] = ok ? "Đã đọc xong" : "Có tệp hoặc trang không đọc được (xem chi tiết)";
    writeRecord(folder, record);
    doneWaiting(pid);
    // Stored files are kept under originals/; the uploaded copies of a clean run can go.
    if (ok)
      for (const auto& file : files) fs::remove(file);
  }).detach();
}

nlohmann::ordered_json uploadsJson(const indexer::StoreLayout& layout) {
  std::vector<fs::path> folders;
  std::error_code error;
  for (fs::directory_iterator it(uploadsRoot(layout), error), end; !error && it != end; it.increment(error))
    if (it->is_directory()) folders.push_back(it->path());
  std::sort(folders.rbegin(), folders.rend());  // ids start with their time: newest first
  nlohmann::ordered_json uploads = nlohmann::ordered_json::array();
  for (const auto& folder : folders) {
    if (uploads.size() >= 50) break;
    auto record = readRecord(folder);
    if (record.is_discarded()) continue;
    // A viewer restarted while its ingest ran lost the wait; the child may have finished alone.
    // (Read again: its waiting thread may have written its end since.)
    if (record["state"] == "reading" && lostChild(record.value("pid", 0))) {
      record = readRecord(folder);
      if (!record.is_discarded() && record["state"] == "reading")
        record["state"] = "unknown", record["message"] = "Không rõ (trình xem đã khởi động lại; xem trang nhập liệu)";
    }
    if (record.is_discarded()) continue;
    record.erase("pid");
    uploads.push_back(record);
  }
  return uploads;
}

}  // namespace sohoa::viewer
