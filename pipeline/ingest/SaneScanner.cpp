#include "pipeline/ingest/SaneScanner.hpp"

#include <leptonica/allheaders.h>
#include <sane/sane.h>
#include <sane/saneopts.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstring>
#include <functional>
#include <future>
#include <thread>

namespace sohoa::pipeline {

namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool contains(const std::string& text, std::string_view part) { return lower(text).find(part) != std::string::npos; }

// SANE is started for the one command that scans, and not stopped: sane_exit would unload the
// backends (dlclose) just before the program ends, which releases nothing the end of the process
// does not, and leaves what a backend keeps until then unnamed in leak reports.
class SaneLibrary {
 public:
  SaneLibrary() {
    SANE_Int version = 0;
    if (sane_init(&version, nullptr) != SANE_STATUS_GOOD) throw std::runtime_error("SANE could not be started");
  }
  ~SaneLibrary() = default;
  SaneLibrary(const SaneLibrary&) = delete;
  SaneLibrary& operator=(const SaneLibrary&) = delete;
};

ScanStopped stopped(SANE_Status status, const std::string& device, int pagesScanned) {
  using Reason = ScanStopped::Reason;
  const std::string after = pagesScanned > 0 ? " after page " + std::to_string(pagesScanned) : " at the first page";
  switch (status) {
    case SANE_STATUS_JAMMED:
      return {Reason::Jammed, device + ": paper jammed" + after};
    case SANE_STATUS_COVER_OPEN:
      return {Reason::CoverOpen, device + ": the scanner's cover is open" + after};
    case SANE_STATUS_NO_DOCS:
      return {Reason::NoPaper, device + ": no paper in the feeder"};
    case SANE_STATUS_DEVICE_BUSY:
      return {Reason::DeviceBusy, device + ": the scanner is busy (another program is using it)"};
    case SANE_STATUS_CANCELLED:
      return {Reason::Cancelled, device + ": scanning cancelled" + after};
    default:
      return {Reason::Failed, device + ": " + sane_strstatus(status) + after};
  }
}

}  // namespace

struct SaneScanner::Session {
  SaneLibrary library;
  SANE_Handle handle = nullptr;
  bool scanning = false;     // between sane_start and sane_cancel
  bool driverStuck = false;  // a cancel never returned: the handle must not be touched again
  ~Session() {
    if (handle == nullptr) return;
    if (scanning) cancel();
    if (!driverStuck) sane_close(handle);
  }

  // Stops the scan, waiting at most 10 s. SANE's thread helper cancels a backend's reader thread
  // asynchronously; cancelled inside malloc, that thread never ends and sane_cancel waits for it
  // forever (seen with the `test` backend after a jam: 2 runs in 1,200). The desk must get its
  // answer and its saved pages rather than hang, so a cancel that does not return is left behind
  // and the handle is never used again; the end of the process releases it.
  void cancel() {
    scanning = false;
    if (driverStuck) return;
    std::packaged_task<void()> task([handle = handle] { sane_cancel(handle); });
    std::future<void> done = task.get_future();
    std::thread(std::move(task)).detach();
    if (done.wait_for(std::chrono::seconds(10)) == std::future_status::timeout) driverStuck = true;
  }

  // The option named `name` if the device has it and it can be set now.
  std::optional<std::pair<SANE_Int, const SANE_Option_Descriptor*>> option(const char* name) const {
    for (SANE_Int index = 1;; ++index) {
      const SANE_Option_Descriptor* descriptor = sane_get_option_descriptor(handle, index);
      if (descriptor == nullptr) return std::nullopt;
      if (descriptor->name != nullptr && std::strcmp(descriptor->name, name) == 0 &&
          SANE_OPTION_IS_ACTIVE(descriptor->cap) && SANE_OPTION_IS_SETTABLE(descriptor->cap))
        return std::make_pair(index, descriptor);
    }
  }

  // Sets a string option to the first of its allowed values `wanted` accepts; the value set.
  std::optional<std::string> chooseString(const char* name, const std::function<bool(const std::string&)>& wanted) {
    const auto found = option(name);
    if (!found || found->second->type != SANE_TYPE_STRING ||
        found->second->constraint_type != SANE_CONSTRAINT_STRING_LIST)
      return std::nullopt;
    for (const SANE_String_Const* value = found->second->constraint.string_list; *value != nullptr; ++value) {
      if (!wanted(*value)) continue;
      std::vector<char> buffer(std::max<std::size_t>(found->second->size, std::strlen(*value) + 1), '\0');
      std::strcpy(buffer.data(), *value);
      if (sane_control_option(handle, found->first, SANE_ACTION_SET_VALUE, buffer.data(), nullptr) == SANE_STATUS_GOOD)
        return std::string(*value);
    }
    return std::nullopt;
  }

  // Sets the resolution nearest to `dpi` the device allows; the resolution set.
  int chooseResolution(int dpi) {
    const auto found = option(SANE_NAME_SCAN_RESOLUTION);
    if (!found || found->second->size != sizeof(SANE_Word)) return dpi;
    const SANE_Option_Descriptor& descriptor = *found->second;
    const bool fixed = descriptor.type == SANE_TYPE_FIXED;
    auto toWord = [&](double value) { return fixed ? SANE_FIX(value) : static_cast<SANE_Word>(std::lround(value)); };
    auto toDpi = [&](SANE_Word word) { return fixed ? SANE_UNFIX(word) : static_cast<double>(word); };
    double chosen = dpi;
    if (descriptor.constraint_type == SANE_CONSTRAINT_RANGE) {
      const SANE_Range& range = *descriptor.constraint.range;
      chosen = std::clamp<double>(dpi, toDpi(range.min), toDpi(range.max));
    } else if (descriptor.constraint_type == SANE_CONSTRAINT_WORD_LIST) {
      const SANE_Word* list = descriptor.constraint.word_list;  // list[0] is the count
      double best = toDpi(list[1]);
      for (SANE_Word i = 1; i <= list[0]; ++i)
        if (std::abs(toDpi(list[i]) - dpi) < std::abs(best - dpi)) best = toDpi(list[i]);
      chosen = best;
    }
    SANE_Word word = toWord(chosen);
    sane_control_option(handle, found->first, SANE_ACTION_SET_VALUE, &word, nullptr);
    sane_control_option(handle, found->first, SANE_ACTION_GET_VALUE, &word, nullptr);
    return static_cast<int>(std::lround(toDpi(word)));
  }
};

namespace {

bool isFeeder(const std::string& source) {
  return contains(source, "adf") || contains(source, "feeder") || contains(source, "duplex");
}

bool isDuplex(const std::string& source) { return contains(source, "duplex") || contains(source, "both"); }

// One frame of bytes as SANE sent it, made into a Leptonica image (1-bit: 1 is black, the
// leftmost pixel in the most significant bit; 16-bit samples in the machine's byte order).
ocr::PixPtr toPix(const SANE_Parameters& parameters, const std::vector<unsigned char>& bytes) {
  const int width = parameters.pixels_per_line;
  const int stride = parameters.bytes_per_line;
  const int lines = stride > 0 ? static_cast<int>(bytes.size() / static_cast<std::size_t>(stride)) : 0;
  if (width <= 0 || lines <= 0) throw std::runtime_error("the scanner sent an empty page");
  const bool colour = parameters.format == SANE_FRAME_RGB;
  if (!colour && parameters.format != SANE_FRAME_GRAY)
    throw std::runtime_error("the scanner sends colour in separate passes, which sohoa does not read; use --mode gray");
  const int depth = parameters.depth;
  ocr::PixPtr pix(pixCreate(width, lines, depth == 1 && !colour ? 1 : (colour ? 32 : 8)));
  auto sample = [&](const unsigned char* row, int index) -> unsigned {
    if (depth == 16) {
      std::uint16_t value = 0;
      std::memcpy(&value, row + 2 * index, 2);
      return value >> 8;
    }
    return row[index];
  };
  for (int y = 0; y < lines; ++y) {
    const unsigned char* row = bytes.data() + static_cast<std::size_t>(y) * stride;
    l_uint32* line = pixGetData(pix.get()) + y * pixGetWpl(pix.get());
    for (int x = 0; x < width; ++x) {
      if (depth == 1 && !colour) {
        if (row[x / 8] & (0x80 >> (x % 8))) SET_DATA_BIT(line, x);
      } else if (colour) {
        composeRGBPixel(sample(row, 3 * x), sample(row, 3 * x + 1), sample(row, 3 * x + 2), line + x);
      } else {
        SET_DATA_BYTE(line, x, sample(row, x));
      }
    }
  }
  return pix;
}

}  // namespace

SaneScanner::SaneScanner(const std::string& device, const ScanSettings& settings)
    : session_(std::make_unique<Session>()), device_(device) {
  if (device_.empty()) {
    const SANE_Device** devices = nullptr;
    if (sane_get_devices(&devices, SANE_FALSE) != SANE_STATUS_GOOD || devices == nullptr || devices[0] == nullptr)
      throw std::runtime_error("no scanner found (is it on and plugged in? `sohoa scan --list`)");
    device_ = devices[0]->name;
  }
  if (const SANE_Status status = sane_open(device_.c_str(), &session_->handle); status != SANE_STATUS_GOOD) {
    session_->handle = nullptr;
    throw std::runtime_error(device_ + ": cannot open the scanner: " + sane_strstatus(status));
  }
  std::optional<std::string> source;
  switch (settings.source) {
    case ScanSource::Flatbed:
      source = session_->chooseString(SANE_NAME_SCAN_SOURCE, [](const std::string& s) { return !isFeeder(s); });
      break;
    case ScanSource::Adf:
      source = session_->chooseString(SANE_NAME_SCAN_SOURCE,
                                      [](const std::string& s) { return isFeeder(s) && !isDuplex(s); });
      break;
    case ScanSource::AdfDuplex:
    case ScanSource::Default:
      source = session_->chooseString(SANE_NAME_SCAN_SOURCE, isDuplex);
      if (!source && settings.source == ScanSource::AdfDuplex)
        throw std::runtime_error(device_ + ": this scanner has no duplex feeder (try --source adf)");
      if (!source) source = session_->chooseString(SANE_NAME_SCAN_SOURCE, isFeeder);
      break;
  }
  if (!source && settings.source == ScanSource::Adf)
    throw std::runtime_error(device_ + ": this scanner has no sheet feeder (try --source flatbed)");
  feeder_ = source && isFeeder(*source);
  const std::function<bool(const std::string&)> modes[] = {
      [](const std::string& m) { return contains(m, "gray") || contains(m, "grey"); },
      [](const std::string& m) { return contains(m, "color") || contains(m, "colour"); },
      [](const std::string& m) {
        return contains(m, "lineart") || contains(m, "binary") || contains(m, "black") || contains(m, "mono");
      }};
  session_->chooseString(SANE_NAME_SCAN_MODE, modes[static_cast<int>(settings.mode)]);
  if (settings.mode == ScanMode::Lineart) {  // a backend without a line-art mode: 1-bit grey
    if (const auto depth = session_->option(SANE_NAME_BIT_DEPTH)) {
      SANE_Word one = 1;
      sane_control_option(session_->handle, depth->first, SANE_ACTION_SET_VALUE, &one, nullptr);
    }
  }
  dpi_ = session_->chooseResolution(settings.dpi);
}

SaneScanner::~SaneScanner() = default;

std::optional<ocr::PixPtr> SaneScanner::nextPage() {
  if (session_->driverStuck)
    throw ScanStopped(ScanStopped::Reason::Failed,
                      device_ + ": the scanner's driver did not stop; turn the scanner off and on");
  SANE_Status status = sane_start(session_->handle);
  session_->scanning = true;
  if (status == SANE_STATUS_NO_DOCS && pages_ > 0) return std::nullopt;  // the feeder is empty: the stack is done
  if (status != SANE_STATUS_GOOD) throw stopped(status, device_, pages_);
  SANE_Parameters parameters{};
  if ((status = sane_get_parameters(session_->handle, &parameters)) != SANE_STATUS_GOOD)
    throw stopped(status, device_, pages_);
  std::vector<unsigned char> bytes;
  if (parameters.lines > 0 && parameters.bytes_per_line > 0)
    bytes.reserve(static_cast<std::size_t>(parameters.lines) * parameters.bytes_per_line);
  std::vector<unsigned char> buffer(1 << 16);
  SANE_Int length = 0;
  while ((status = sane_read(session_->handle, buffer.data(), static_cast<SANE_Int>(buffer.size()), &length)) ==
         SANE_STATUS_GOOD)
    bytes.insert(bytes.end(), buffer.begin(), buffer.begin() + length);
  if (status != SANE_STATUS_EOF) {
    // A backend reports a jam at once, while its reader thread may still be starting (in malloc,
    // where an asynchronous cancel leaves a lock held for good); a moment later it waits on its
    // pipe or the device, where a cancel is safe.
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    session_->cancel();
    throw stopped(status, device_, pages_);
  }
  ocr::PixPtr page = toPix(parameters, bytes);
  pixSetResolution(page.get(), dpi_, dpi_);
  ++pages_;
  return page;
}

std::vector<ScannerInfo> listScanners() {
  SaneLibrary library;
  const SANE_Device** devices = nullptr;
  std::vector<ScannerInfo> found;
  if (sane_get_devices(&devices, SANE_FALSE) != SANE_STATUS_GOOD || devices == nullptr) return found;
  for (const SANE_Device** device = devices; *device != nullptr; ++device)
    found.push_back(
        {(*device)->name, std::string((*device)->vendor) + " " + (*device)->model + " (" + (*device)->type + ")"});
  return found;
}

}  // namespace sohoa::pipeline
