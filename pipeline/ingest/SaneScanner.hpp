#pragma once
// The desk's scanner through SANE, the scanner interface of Linux: the drivers of Fujitsu,
// Canon, Epson, Brother, HP… are SANE backends, so one frontend drives them all. A scanner is
// asked for pages one at a time; a sheet feeder says it is empty (SANE_STATUS_NO_DOCS) after
// its last sheet, and a jam or an opened cover ends the stack with the pages already scanned
// kept. Options are named by what the desk means (adf, gray, 300 dpi) and matched to whatever
// the backend calls them ("ADF Duplex", "Automatic Document Feeder", "Grayscale", "Binary"…).
// The backend runs in a process of its own (SaneDriver.hpp): a driver that hangs or crashes
// ends that process, not the scan.
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "ocr/PixPtr.hpp"

namespace sohoa::pipeline {

struct ScannerInfo {
  std::string name;  // what --device takes, e.g. "fujitsu:fi-7160:1234" or "test:0"
  std::string description;
};

enum class ScanSource { Default, Flatbed, Adf, AdfDuplex };
enum class ScanMode { Gray, Color, Lineart };

struct ScanSettings {
  ScanSource source = ScanSource::Default;  // duplex feeder, else the feeder, else the flatbed
  ScanMode mode = ScanMode::Gray;
  int dpi = 300;
};

// Why a stack ended early. `pagesScanned` pages are whole and kept.
class ScanStopped : public std::runtime_error {
 public:
  enum class Reason { Jammed, CoverOpen, NoPaper, DeviceBusy, Cancelled, Failed };
  ScanStopped(Reason reason, const std::string& message) : std::runtime_error(message), reason_(reason) {}
  Reason reason() const { return reason_; }

 private:
  Reason reason_;
};

class SaneScanner {
 public:
  // Opens the device (the first one SANE finds when `device` is empty); throws naming it.
  SaneScanner(const std::string& device, const ScanSettings& settings);
  ~SaneScanner();
  SaneScanner(const SaneScanner&) = delete;
  SaneScanner& operator=(const SaneScanner&) = delete;

  // The next page, or nothing once the feeder is empty (after at least one page). Throws
  // ScanStopped on a jam, an open cover, an empty feeder before the first page, a driver
  // silent for two minutes or gone, or a failure. A stack that stopped gets no further page.
  std::optional<ocr::PixPtr> nextPage();
  bool feedsSheets() const { return feeder_; }
  const std::string& deviceName() const { return device_; }
  int dpi() const { return dpi_; }

 private:
  struct Session;
  ScanStopped unexpected();  // ends the driver
  std::unique_ptr<Session> session_;
  std::string device_;
  bool feeder_ = false;
  int dpi_ = 300;
  int pages_ = 0;
};

std::vector<ScannerInfo> listScanners();

}  // namespace sohoa::pipeline
