#pragma once
// How a page is read, as `sohoa ingest` and `sohoa worker` both take it: the steps a clerk may
// turn off for a batch (turning, straightening, handwritten numbers, mark correction) and the
// seals and coloured ink left in. One set of flags, so that pages a worker reads from the queue
// can be read exactly as an ingest on one desk reads them.
#include <CLI/CLI.hpp>
#include <string>

#include "ocr/engine/TesseractEngine.hpp"

namespace sohoa::pipeline {

struct ReadingFlags {
  std::string languages = "vie";
  bool keepOrientation = false;
  bool keepSkew = false;
  bool skipHandwriting = false;
  bool keepSeals = false;
  bool keepMarks = false;
};

void addReadingFlags(CLI::App& command, ReadingFlags& flags);
// The OCR settings the flags ask for; `dropColourInk`: whether a seal's red and a pen's blue go.
void applyReadingFlags(const ReadingFlags& flags, ocr::OcrSettings& ocr, bool& dropColourInk);

}  // namespace sohoa::pipeline
