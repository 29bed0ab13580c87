// Scanned pages as they arrive (PDF, TIFF, PNG, JPEG): each input is typed by its bytes and
// its first pages read, or refused with an exception, which ingest names with the file (an
// InputError, or qpdf's own for a damaged PDF); no crash, no memory error, and the page-size
// limits hold (libFuzzer's -rss_limit_mb catches a page that takes too much).
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "pipeline/ingest/PageReader.hpp"

using namespace sohoa::pipeline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string file = "/tmp/sohoa-fuzz-page-" + std::to_string(getpid());
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  try {
    auto reader = openPageReader(file, sniffInputType(file));
    for (int page = 1; page <= std::min(reader->pageCount(), 2); ++page) {
      try {
        reader->read(page);
      } catch (const std::exception&) {
      }
    }
  } catch (const std::exception&) {
  }
  std::filesystem::remove(file);
  return 0;
}
