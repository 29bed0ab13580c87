#include "pipeline/ingest/SaneDriver.hpp"

#include <sane/sane.h>
#include <sane/saneopts.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>
#include <thread>

#include "pipeline/ingest/SaneDriverChannel.hpp"

namespace sohoa::pipeline {

namespace {

constexpr int kSocket = STDIN_FILENO;

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool contains(const std::string& text, std::string_view part) { return lower(text).find(part) != std::string::npos; }

bool isFeeder(const std::string& source) {
  return contains(source, "adf") || contains(source, "feeder") || contains(source, "duplex");
}

bool isDuplex(const std::string& source) { return contains(source, "duplex") || contains(source, "both"); }

// One opened device. SANE is not stopped (sane_exit) nor the device closed by a destructor:
// the process ends with _exit once it has said goodbye to the device.
class Device {
 public:
  SANE_Handle handle = nullptr;
  bool scanning = false;  // between sane_start and sane_cancel

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

// Opens the device and sets what the desk asked for; the Opened frame's payload. Throws naming
// the device.
std::string open(Device& device, std::string name, const ScanSettings& settings) {
  SANE_Int version = 0;
  if (sane_init(&version, nullptr) != SANE_STATUS_GOOD) throw std::runtime_error("SANE could not be started");
  if (name.empty()) {
    const SANE_Device** devices = nullptr;
    if (sane_get_devices(&devices, SANE_FALSE) != SANE_STATUS_GOOD || devices == nullptr || devices[0] == nullptr)
      throw std::runtime_error("no scanner found (is it on and plugged in? `sohoa scan --list`)");
    name = devices[0]->name;
  }
  if (const SANE_Status status = sane_open(name.c_str(), &device.handle); status != SANE_STATUS_GOOD) {
    device.handle = nullptr;
    throw std::runtime_error(name + ": cannot open the scanner: " + sane_strstatus(status));
  }
  std::optional<std::string> source;
  switch (settings.source) {
    case ScanSource::Flatbed:
      source = device.chooseString(SANE_NAME_SCAN_SOURCE, [](const std::string& s) { return !isFeeder(s); });
      break;
    case ScanSource::Adf:
      source =
          device.chooseString(SANE_NAME_SCAN_SOURCE, [](const std::string& s) { return isFeeder(s) && !isDuplex(s); });
      break;
    case ScanSource::AdfDuplex:
    case ScanSource::Default:
      source = device.chooseString(SANE_NAME_SCAN_SOURCE, isDuplex);
      if (!source && settings.source == ScanSource::AdfDuplex)
        throw std::runtime_error(name + ": this scanner has no duplex feeder (try --source adf)");
      if (!source) source = device.chooseString(SANE_NAME_SCAN_SOURCE, isFeeder);
      break;
  }
  if (!source && settings.source == ScanSource::Adf)
    throw std::runtime_error(name + ": this scanner has no sheet feeder (try --source flatbed)");
  const std::function<bool(const std::string&)> modes[] = {
      [](const std::string& m) { return contains(m, "gray") || contains(m, "grey"); },
      [](const std::string& m) { return contains(m, "color") || contains(m, "colour"); },
      [](const std::string& m) {
        return contains(m, "lineart") || contains(m, "binary") || contains(m, "black") || contains(m, "mono");
      }};
  device.chooseString(SANE_NAME_SCAN_MODE, modes[static_cast<int>(settings.mode)]);
  if (settings.mode == ScanMode::Lineart) {  // a backend without a line-art mode: 1-bit grey
    if (const auto depth = device.option(SANE_NAME_BIT_DEPTH)) {
      SANE_Word one = 1;
      sane_control_option(device.handle, depth->first, SANE_ACTION_SET_VALUE, &one, nullptr);
    }
  }
  const int dpi = device.chooseResolution(settings.dpi);
  return name + "\n" + (source && isFeeder(*source) ? "1" : "0") + "\n" + std::to_string(dpi);
}

// Tells sohoa the status that ended the stack; true.
bool stoppedBy(SANE_Status status) {
  driver::sendFrame(kSocket, driver::kStopped, std::to_string(status));
  return true;
}

// One page: its parameters, its bytes as they come, its end; or the status that stopped it
// (then true).
bool scanPage(Device& device) {
  SANE_Status status = sane_start(device.handle);
  device.scanning = true;
  if (status != SANE_STATUS_GOOD) return stoppedBy(status);
  SANE_Parameters parameters{};
  if ((status = sane_get_parameters(device.handle, &parameters)) != SANE_STATUS_GOOD) return stoppedBy(status);
  driver::sendFrame(kSocket, driver::kParameters,
                    std::to_string(parameters.format) + " " + std::to_string(parameters.depth) + " " +
                        std::to_string(parameters.pixels_per_line) + " " + std::to_string(parameters.bytes_per_line) +
                        " " + std::to_string(parameters.lines));
  std::vector<unsigned char> buffer(1 << 16);
  SANE_Int length = 0;
  while ((status = sane_read(device.handle, buffer.data(), static_cast<SANE_Int>(buffer.size()), &length)) ==
         SANE_STATUS_GOOD)
    driver::sendFrame(kSocket, driver::kData,
                      std::string_view(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(length)));
  if (status != SANE_STATUS_EOF) return stoppedBy(status);
  driver::sendFrame(kSocket, driver::kPageEnd);
  return false;
}

// Says goodbye to the device. After a jam a backend's reader thread may still be starting (in
// malloc, where the asynchronous cancel of SANE's thread helper leaves a lock held for good); a
// moment later it waits on its pipe or the device, where a cancel is safe. Should the cancel
// hang all the same, sohoa ends this process.
void close(Device& device, bool afterStop) {
  if (device.handle == nullptr) return;
  if (device.scanning) {
    if (afterStop) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    sane_cancel(device.handle);
  }
  sane_close(device.handle);
}

}  // namespace

void runScanDriver(int argc, char** argv) {
  // Gone with sohoa, so that a scan killed at the desk leaves the scanner free for the next.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (argc < 6 || getppid() == 1) {
    // Hidden from the help: only SaneScanner starts it, with a socket as standard input.
    std::fputs(
        "sohoa scan-driver: started by `sohoa scan` only (DEVICE SOURCE MODE DPI, a socket "
        "as standard input); use `sohoa scan`\n",
        stderr);
    _exit(2);
  }
  // The socket is standard input; standard output is sohoa's (its JSON events): a backend that
  // prints is sent to standard error.
  dup2(STDERR_FILENO, STDOUT_FILENO);
  ScanSettings settings;
  settings.source = static_cast<ScanSource>(std::atoi(argv[3]));
  settings.mode = static_cast<ScanMode>(std::atoi(argv[4]));
  settings.dpi = std::atoi(argv[5]);
  Device device;
  bool stopped = false;
  try {
    try {
      driver::sendFrame(kSocket, driver::kOpened, open(device, argv[2], settings));
    } catch (const driver::ChannelClosed&) {
      throw;
    } catch (const std::exception& error) {
      driver::sendFrame(kSocket, driver::kOpenFailed, error.what());
      close(device, false);
      _exit(0);
    }
    for (;;) {
      const auto command = driver::receiveFrame(kSocket, std::chrono::milliseconds(-1));
      if (!command || command->kind != driver::kNextPage) break;
      stopped = scanPage(device);
    }
  } catch (const driver::ChannelClosed&) {
    // sohoa is gone or done: the device is closed all the same
  }
  close(device, stopped);
  _exit(0);
}

}  // namespace sohoa::pipeline
