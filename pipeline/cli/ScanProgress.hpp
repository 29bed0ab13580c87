#pragma once
// What `sohoa scan` says as the stack goes: lines for a clerk at a terminal on stderr, or, with
// --progress-json, one JSON object a line on stdout for the viewer that runs it as a child:
//   {"event":"start","device":"test:0","feeder":true,"dpi":300,"folder":"…"}
//   {"event":"page","page":3,"file":"page-0003.png","width":2480,"height":3507}
//   {"event":"blank","after":3}                      a blank back, dropped (not saved)
//   {"event":"error","reason":"jammed","message":"Kẹt giấy …"}   the pages before it are kept
//   {"event":"done","pages":4}
// A stop's message is in Vietnamese, for the clerk's screen.
#include <filesystem>
#include <string>

#include "pipeline/ingest/SaneScanner.hpp"

namespace sohoa::pipeline {

class ScanProgress {
 public:
  explicit ScanProgress(bool json) : json_(json) {}
  bool json() const { return json_; }

  void started(const SaneScanner& scanner, const std::string& mode, const std::filesystem::path& folder) const;
  void pageSaved(int number, const std::filesystem::path& file, int width, int height) const;
  void blankDropped(int after) const;
  // `scanned` pages of this run are kept; `batch` names how to go on.
  void stopped(const ScanStopped& stop, int scanned, const std::string& batch) const;
  void failed(const std::string& message) const;
  void finished(int scanned) const;

 private:
  bool json_;
};

// A stop as the clerk is told it: "Kẹt giấy", "Nắp máy quét đang mở"…
std::string vietnameseReason(const ScanStopped& stop);

}  // namespace sohoa::pipeline
