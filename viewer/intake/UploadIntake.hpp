#pragma once
// Files a clerk uploads in the browser (scans from a phone, a PDF from e-mail, a folder from
// another office), taken in exactly as `sohoa ingest` takes files: each upload is saved under
// STORE/intake/uploads/<id>/ as it streams in (never whole in memory), then handed to the
// `sohoa` program (type by content, SHA-256, originals kept, OCR, assembly) as a child process,
// so the viewer never depends on the ingest pipeline's code and a crash in reading a hostile
// file cannot take the viewer down. upload.json beside the files says who sent what, when,
// and how the ingest ended; GET /api/ingest lists it. Once stored, the uploaded copies go (the
// originals are under originals/).
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "indexer/store/StoreLayout.hpp"

namespace sohoa::viewer {

inline constexpr std::uintmax_t kLargestUploadFile = 200ull << 20;  // a 300-page grey PDF
inline constexpr std::size_t kMostUploadFiles = 1000;

// A file over the size limit; the message names it, in Vietnamese.
class UploadTooLarge : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class UploadFolder {
 public:
  UploadFolder(const indexer::StoreLayout& layout, const std::string& username);
  const std::string& id() const { return id_; }

  void beginFile(const std::string& clientName);
  void append(const char* data, std::size_t size);  // throws UploadTooLarge
  void endFile();
  // Removes everything received (a refused upload leaves nothing behind).
  void discard();
  const std::vector<std::filesystem::path>& files() const { return files_; }
  const std::filesystem::path& folder() const { return folder_; }

  // Records the upload and starts `sohoa ingest` on its files in the background.
  void startIngest(const indexer::StoreLayout& layout, const std::optional<std::string>& dossier,
                   const std::optional<std::string>& part);

 private:
  std::string id_;
  std::string username_;
  std::filesystem::path folder_;
  std::vector<std::filesystem::path> files_;
  std::vector<std::string> clientNames_;
  std::ofstream current_;
  std::uintmax_t currentSize_ = 0;
};

// A name a browser sent, made safe as one file name: its last path part, no control
// characters, no leading dot, at most 120 bytes (cut on a UTF-8 boundary).
std::string safeFileName(const std::string& clientName);

// The uploads of a store, newest first, as GET /api/ingest lists them.
nlohmann::ordered_json uploadsJson(const indexer::StoreLayout& layout);

// The lines of an ingest's log that say what failed ("sohoa: FILE: reason").
std::vector<std::string> failureLines(const std::filesystem::path& log);

}  // namespace sohoa::viewer
