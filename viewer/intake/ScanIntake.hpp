#pragma once
// Pages a clerk scans from the viewer ("Quét thành phần", "Quét kết quả", "Quét lô"). `sohoa
// scan --no-ingest --progress-json` runs as a child into STORE/intake/scans/<id>/pages/,
// writing one JSON line per page to progress.jsonl beside it; the clerk sees each page's
// preview as it comes, drops a bad page or rescans it (`--rescan N`), then commits: the pages
// kept, in their order, go to `sohoa ingest` as one batch, with the dossier and part chosen,
// as an upload does. scan.json says who scanned what, and how the scanning and the reading
// ended. A scan does one thing at a time: a step asked while its child runs is refused (409).
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

#include "indexer/store/StoreLayout.hpp"

namespace sohoa::viewer {

// A step the scan cannot take now, with the HTTP status and the reason in Vietnamese.
class ScanRefused : public std::runtime_error {
 public:
  ScanRefused(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

struct ScanRequest {
  std::string device;  // empty: the first scanner SANE finds
  std::string source;  // flatbed, adf, adf-duplex; empty: the scanner's default
  std::string mode = "gray";
  int dpi = 300;
  int pages = 0;  // at most this many sheets; 0: until the feeder is empty
  std::optional<std::string> dossier;
  std::optional<std::string> part;
};

// The scanners `sohoa scan --list` finds: [{"name":…,"description":…}].
nlohmann::ordered_json scannerList();

// Checks the request (throws ScanRefused 400) and starts scanning; returns the scan's id.
std::string startScan(const indexer::StoreLayout& layout, const ScanRequest& request, const std::string& username);
// State, pages with their preview URL, pages dropped (they may be scanned again), and what went
// wrong; ScanRefused 404 for no such scan.
nlohmann::ordered_json scanStatus(const indexer::StoreLayout& layout, const std::string& id);
nlohmann::ordered_json scanRecord(const indexer::StoreLayout& layout, const std::string& id);
void dropScanPage(const indexer::StoreLayout& layout, const std::string& id, int page);
void rescanPage(const indexer::StoreLayout& layout, const std::string& id, int page);
// Hands the pages kept to `sohoa ingest`; returns how many.
int commitScan(const indexer::StoreLayout& layout, const std::string& id);
// The scans of a store, newest first (at most 50), as GET /api/ingest lists them.
nlohmann::ordered_json scansJson(const indexer::StoreLayout& layout);
// A small JPEG of the page (at most 480 px wide); ScanRefused 404 when there is no such page.
std::string scanPagePreview(const indexer::StoreLayout& layout, const std::string& id, int page);

}  // namespace sohoa::viewer
