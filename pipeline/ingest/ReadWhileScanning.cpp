#include "pipeline/ingest/ReadWhileScanning.hpp"

#include <iostream>

#include "indexer/text/PrintableText.hpp"

namespace sohoa::pipeline {

ReadWhileScanning::ReadWhileScanning(BatchIngest& ingest) : ingest_(ingest), worker_([this] { work(); }) {}

ReadWhileScanning::~ReadWhileScanning() { finish(); }

void ReadWhileScanning::add(const std::filesystem::path& page) {
  {
    std::lock_guard lock(mutex_);
    waiting_.push_back(page.string());
  }
  changed_.notify_one();
}

int ReadWhileScanning::finish() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  changed_.notify_one();
  if (worker_.joinable()) worker_.join();
  return pagesStored_;
}

void ReadWhileScanning::work() {
  for (;;) {
    std::vector<std::string> pages;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return closed_ || !waiting_.empty(); });
      if (waiting_.empty()) return;
      pages.swap(waiting_);
    }
    try {
      pagesStored_ += ingest_.run(pages, BatchIngest::Assembly::Later).pagesStored;
    } catch (const std::exception& error) {
      // The pages are saved: the stack's final run reads what this one could not store.
      std::cerr << "sohoa scan: reading pages while scanning: " << indexer::printable(error.what()) << '\n';
    }
  }
}

}  // namespace sohoa::pipeline
