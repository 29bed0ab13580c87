#include "viewer/UploadIntake.hpp"

#include "indexer/UtcTime.hpp"

#include <signal.h>
#include <sodium.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <sstream>
#include <thread>

extern char** environ;

namespace sohoa::viewer {

namespace fs = std::filesystem;

namespace {

std::string newUploadId() {
  unsigned char random[4];
  randombytes_buf(random, sizeof random);
  char hex[2 * sizeof random + 1];
  sodium_bin2hex(hex, sizeof hex, random, sizeof random);
  return indexer::utcNow("%Y%m%d-%H%M%S") + "-" + hex;
}

fs::path uploadsRoot(const indexer::StoreLayout& layout) { return layout.root / "intake" / "uploads"; }

// upload.json replaced whole (a reader never sees half of it).
void writeRecord(const fs::path& folder, const nlohmann::ordered_json& record) {
  const fs::path temporary = folder / ("upload.json." + std::to_string(getpid()) + ".tmp");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << record.dump(2);
    if (!out.flush()) throw std::runtime_error("cannot write " + temporary.string());
  }
  fs::rename(temporary, folder / "upload.json");
}

nlohmann::ordered_json readRecord(const fs::path& folder) {
  std::ifstream in(folder / "upload.json");
  return nlohmann::ordered_json::parse(in, nullptr, false);
}

// The lines of the ingest's log that say what failed ("sohoa: FILE: reason").
std::vector<std::string> failureLines(const fs::path& log) {
  std::vector<std::string> lines;
  std::ifstream in(log);
  for (std::string line; std::getline(in, line) && lines.size() < 50;)
    if (line.rfind("sohoa", 0) == 0) lines.push_back(line);
  return lines;
}

}  // namespace

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
    : id_(newUploadId()), username_(username), folder_(uploadsRoot(layout) / id_) {
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

void UploadFolder::startIngest(const fs::path& program, const indexer::StoreLayout& layout,
                               const std::optional<std::string>& dossier, const std::optional<std::string>& part) {
  endFile();
  std::vector<std::string> arguments = {program.string(), "ingest", "--store", layout.root.string()};
  if (dossier) arguments.insert(arguments.end(), {"--dossier", *dossier});
  if (dossier && part) arguments.insert(arguments.end(), {"--part", *part});
  for (const auto& file : files_) arguments.push_back(file.string());
  std::vector<char*> argv;
  for (auto& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  std::vector<std::string> environment = {"OMP_THREAD_LIMIT=1"};
  for (char** variable = environ; *variable != nullptr; ++variable)
    if (std::string_view(*variable).rfind("OMP_THREAD_LIMIT=", 0) != 0) environment.emplace_back(*variable);
  std::vector<char*> envp;
  for (auto& variable : environment) envp.push_back(variable.data());
  envp.push_back(nullptr);

  const fs::path log = folder_ / "ingest.log";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0640);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  pid_t pid = 0;
  const int failed = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);

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
  if (failed) throw std::runtime_error("cannot start " + program.string() + ": " + std::strerror(failed));
  std::thread([folder = folder_, files = files_, log, record, pid]() mutable {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    record["state"] = ok ? "done" : "failed";
    record["finished_at"] = indexer::utcNow();
    record["failures"] = failureLines(log);
    record["message"] = ok ? "Đã đọc xong" : "Có tệp hoặc trang không đọc được (xem chi tiết)";
    writeRecord(folder, record);
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
    if (record["state"] == "reading" && record.value("pid", 0) > 0 && kill(record["pid"].get<int>(), 0) != 0)
      record["state"] = "unknown", record["message"] = "Không rõ (trình xem đã khởi động lại; xem trang nhập liệu)";
    record.erase("pid");
    uploads.push_back(record);
  }
  return uploads;
}

fs::path sohoaProgram() {
  if (const char* configured = std::getenv("SOHOA_PROGRAM"); configured != nullptr && *configured != '\0')
    return configured;
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  for (const fs::path& candidate :
       {self.parent_path() / "sohoa", self.parent_path().parent_path() / "pipeline" / "sohoa"})
    if (!error && fs::exists(candidate)) return candidate;
  return "/usr/local/bin/sohoa";
}

}  // namespace sohoa::viewer
