#pragma once
// The pages of a stack read while the scanner goes on: each page, once saved, is handed to a
// worker that prepares, recognises and stores it (without cutting the batch), so that when the
// feeder is empty only the last pages and the assembly are left. Pages that arrive while the
// worker is busy are read together in its next round, using every OCR engine. A page that
// fails here is recorded in the journal like any other, and the batch's final run reports it.
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/ingest/BatchIngest.hpp"

namespace sohoa::pipeline {

class ReadWhileScanning {
 public:
  explicit ReadWhileScanning(BatchIngest& ingest);
  ~ReadWhileScanning();
  ReadWhileScanning(const ReadWhileScanning&) = delete;
  ReadWhileScanning& operator=(const ReadWhileScanning&) = delete;

  void add(const std::filesystem::path& page);
  // Waits until every page added is read and stored; returns how many were.
  int finish();

 private:
  void work();

  BatchIngest& ingest_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::string> waiting_;
  bool closed_ = false;
  int pagesStored_ = 0;
  std::thread worker_;
};

}  // namespace sohoa::pipeline
