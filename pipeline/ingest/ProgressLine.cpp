#include "pipeline/ingest/ProgressLine.hpp"

#include <cmath>

namespace sohoa::pipeline {

ProgressLine::ProgressLine(int totalPages, bool enabled) : total_(totalPages), enabled_(enabled && totalPages > 0) {
  draw(true);
}

void ProgressLine::pageDone() {
  ++done_;
  draw(done_ == total_);
}

void ProgressLine::draw(bool force) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (!force && now - lastDraw_ < std::chrono::milliseconds(250)) return;
  lastDraw_ = now;
  const double minutes = std::chrono::duration<double>(now - start_).count() / 60.0;
  std::fprintf(stderr, "\r\033[K  ingest: %d/%d pages", done_, total_);
  if (done_ > 0 && minutes > 0) {
    const double rate = done_ / minutes;
    const double left = (total_ - done_) / rate;
    std::fprintf(stderr, " · %.1f pages/min · ", rate);
    if (left < 1.0)
      std::fprintf(stderr, "%.0f s left", std::ceil(left * 60));
    else
      std::fprintf(stderr, "%.0f min left", std::ceil(left));
  }
  std::fflush(stderr);
}

void ProgressLine::finish() {
  if (!enabled_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
}

}  // namespace sohoa::pipeline
