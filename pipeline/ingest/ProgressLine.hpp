#pragma once
// The one-line progress report of long work on a terminal: pages done / total, pages per
// minute, time left. Silent when standard error is not a terminal.
#include <chrono>
#include <cstdio>

namespace sohoa::pipeline {

class ProgressLine {
 public:
  ProgressLine(int totalPages, bool enabled);
  void pageDone();
  // Clears the line so later messages start on a clean line.
  void finish();

 private:
  void draw(bool force);

  int total_;
  int done_ = 0;
  bool enabled_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point lastDraw_{};
};

}  // namespace sohoa::pipeline
