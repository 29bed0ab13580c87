#include "pipeline/cli/ScanProgress.hpp"

#include <iostream>
#include <nlohmann/json.hpp>

#include "indexer/text/PrintableText.hpp"

namespace sohoa::pipeline {

namespace {

// One line, flushed: the viewer shows each page as soon as it is scanned.
void emit(const nlohmann::ordered_json& line) { std::cout << line.dump() << std::endl; }

const char* reasonName(ScanStopped::Reason reason) {
  switch (reason) {
    case ScanStopped::Reason::Jammed:
      return "jammed";
    case ScanStopped::Reason::CoverOpen:
      return "cover-open";
    case ScanStopped::Reason::NoPaper:
      return "no-paper";
    case ScanStopped::Reason::DeviceBusy:
      return "busy";
    case ScanStopped::Reason::Cancelled:
      return "cancelled";
    case ScanStopped::Reason::Failed:
      break;
  }
  return "failed";
}

}  // namespace

std::string vietnameseReason(const ScanStopped& stop) {
  switch (stop.reason()) {
    case ScanStopped::Reason::Jammed:
      return "Kẹt giấy trong máy quét";
    case ScanStopped::Reason::CoverOpen:
      return "Nắp máy quét đang mở";
    case ScanStopped::Reason::NoPaper:
      return "Khay nạp giấy trống: hãy đặt giấy vào máy quét";
    case ScanStopped::Reason::DeviceBusy:
      return "Máy quét đang bận (một chương trình khác đang dùng)";
    case ScanStopped::Reason::Cancelled:
      return "Đã huỷ quét";
    case ScanStopped::Reason::Failed:
      break;
  }
  return "Máy quét báo lỗi (" + indexer::printable(stop.what()) + ")";
}

void ScanProgress::started(const SaneScanner& scanner, const std::string& mode,
                           const std::filesystem::path& folder) const {
  if (json_) {
    emit({{"event", "start"},
          {"device", scanner.deviceName()},
          {"feeder", scanner.feedsSheets()},
          {"dpi", scanner.dpi()},
          {"folder", folder.string()}});
    return;
  }
  std::cerr << "scanning from " << scanner.deviceName() << " (" << (scanner.feedsSheets() ? "sheet feeder" : "flatbed")
            << ", " << scanner.dpi() << " dpi, " << mode << ") into " << folder.string() << '\n';
}

void ScanProgress::pageSaved(int number, const std::filesystem::path& file, int width, int height) const {
  if (json_) {
    emit({{"event", "page"},
          {"page", number},
          {"file", file.filename().string()},
          {"width", width},
          {"height", height}});
    return;
  }
  std::cerr << "page " << number << " scanned (" << width << "x" << height << " px)\n";
}

void ScanProgress::blankDropped(int after) const {
  if (json_) {
    emit({{"event", "blank"}, {"after", after}});
    return;
  }
  std::cerr << "a blank page after page " << after << " dropped\n";
}

void ScanProgress::stopped(const ScanStopped& stop, int scanned, const std::string& batch) const {
  if (json_) {
    emit({{"event", "error"},
          {"reason", reasonName(stop.reason())},
          {"message", vietnameseReason(stop) + (scanned > 0 ? "; các trang đã quét được giữ lại" : "")},
          {"detail", indexer::printable(stop.what())}});
    return;
  }
  std::cerr << "sohoa scan: " << indexer::printable(stop.what());
  if (scanned > 0)
    std::cerr << "; the " << scanned << " page(s) scanned are kept and read now; put the rest back and scan again"
              << " with --batch " << batch;
  std::cerr << '\n';
}

void ScanProgress::failed(const std::string& message) const {
  if (json_) {
    emit({{"event", "error"},
          {"reason", "failed"},
          {"message", "Không quét được: " + indexer::printable(message)},
          {"detail", indexer::printable(message)}});
    return;
  }
  std::cerr << "sohoa scan: " << indexer::printable(message) << '\n';
}

void ScanProgress::finished(int scanned) const {
  if (json_) emit({{"event", "done"}, {"pages", scanned}});
}

}  // namespace sohoa::pipeline
