#include "pipeline/ingest/SaneScanner.hpp"

#include <leptonica/allheaders.h>
#include <sane/sane.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <sstream>
#include <thread>

#include "pipeline/ingest/SaneDriver.hpp"
#include "pipeline/ingest/SaneDriverChannel.hpp"

extern char** environ;

namespace sohoa::pipeline {

namespace {

// A scanner says something at least this often while it scans (a lamp warms up in seconds, a
// sheet takes a few); after this long without a word it is taken for hung.
constexpr auto kAnswerTimeout = std::chrono::seconds(120);
// How long a driver told to quit may take to cancel and close the device before it is killed.
constexpr auto kQuitTimeout = std::chrono::seconds(10);

std::string afterPage(int pagesScanned) {
  return pagesScanned > 0 ? " after page " + std::to_string(pagesScanned) : " at the first page";
}

ScanStopped stopped(SANE_Status status, const std::string& device, int pagesScanned) {
  using Reason = ScanStopped::Reason;
  const std::string after = afterPage(pagesScanned);
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

SANE_Status statusIn(const driver::Frame& frame) { return static_cast<SANE_Status>(std::stoi(frame.payload)); }

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

// The driver process (`sohoa scan-driver`) and the socket to it.
struct SaneScanner::Session {
  pid_t pid = -1;
  int socket = -1;

  Session(const std::string& device, const ScanSettings& settings) {
    int sockets[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0)
      throw std::runtime_error(std::string("cannot start the scanner's driver: ") + std::strerror(errno));
    std::vector<std::string> arguments = {"sohoa",
                                          kScanDriverCommand,
                                          device,
                                          std::to_string(static_cast<int>(settings.source)),
                                          std::to_string(static_cast<int>(settings.mode)),
                                          std::to_string(settings.dpi)};
    std::vector<char*> argv;
    for (auto& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sockets[1], STDIN_FILENO);
    const int failed = posix_spawn(&pid, "/proc/self/exe", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(sockets[1]);
    socket = sockets[0];
    if (failed) {
      ::close(socket);
      socket = -1;
      pid = -1;
      throw std::runtime_error(std::string("cannot start the scanner's driver: ") + std::strerror(failed));
    }
  }
  ~Session() { finish(); }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  bool running() const { return pid > 0; }

  // Tells the driver to quit and waits for it, at most kQuitTimeout; a driver stuck in its
  // backend is killed. Returns how it ended (waitpid's status).
  int finish() {
    if (!running()) return 0;
    try {
      driver::sendFrame(socket, driver::kQuit);
    } catch (const driver::ChannelClosed&) {
      // already gone: reaped below
    }
    ::close(socket);
    socket = -1;
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + kQuitTimeout;
    while (waitpid(pid, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline) {
        kill(pid, SIGKILL);
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    pid = -1;
    return status;
  }

  void ask(char command, const std::string& device, int pages) {
    try {
      driver::sendFrame(socket, command);
    } catch (const driver::ChannelClosed&) {
      throw ended(device, pages);
    }
  }

  // The driver's next frame. A driver silent for kAnswerTimeout is killed; one that ended is
  // reported with how it ended.
  driver::Frame answer(const std::string& device, int pages) {
    try {
      if (auto frame = driver::receiveFrame(socket, kAnswerTimeout)) return *std::move(frame);
    } catch (const driver::ChannelClosed&) {
      throw ended(device, pages);
    }
    kill(pid, SIGKILL);
    finish();
    throw ScanStopped(ScanStopped::Reason::Failed,
                      device + ": the scanner stopped answering (nothing for 2 minutes)" + afterPage(pages));
  }

  ScanStopped ended(const std::string& device, int pages) {
    const int status = finish();
    const std::string how = WIFSIGNALED(status) ? " (" + std::string(strsignal(WTERMSIG(status))) + ")" : std::string();
    return {ScanStopped::Reason::Failed, device + ": the scanner's driver ended unexpectedly" + how + afterPage(pages)};
  }
};

SaneScanner::SaneScanner(const std::string& device, const ScanSettings& settings)
    : session_(std::make_unique<Session>(device, settings)), device_(device.empty() ? "scanner" : device) {
  const driver::Frame opened = session_->answer(device_, 0);
  if (opened.kind == driver::kOpenFailed) {
    session_->finish();
    throw std::runtime_error(opened.payload);
  }
  if (opened.kind != driver::kOpened) throw unexpected();
  std::istringstream fields(opened.payload);
  std::string feeder, dpi;
  std::getline(fields, device_);
  std::getline(fields, feeder);
  std::getline(fields, dpi);
  feeder_ = feeder == "1";
  dpi_ = std::stoi(dpi);
}

SaneScanner::~SaneScanner() = default;

ScanStopped SaneScanner::unexpected() {
  session_->finish();
  return {ScanStopped::Reason::Failed, device_ + ": the scanner's driver answered out of turn" + afterPage(pages_)};
}

std::optional<ocr::PixPtr> SaneScanner::nextPage() {
  if (!session_->running()) throw ScanStopped(ScanStopped::Reason::Failed, device_ + ": the scan has ended");
  session_->ask(driver::kNextPage, device_, pages_);
  driver::Frame frame = session_->answer(device_, pages_);
  if (frame.kind == driver::kStopped) {
    session_->finish();
    const SANE_Status status = statusIn(frame);
    if (status == SANE_STATUS_NO_DOCS && pages_ > 0) return std::nullopt;  // the feeder is empty: the stack is done
    throw stopped(status, device_, pages_);
  }
  if (frame.kind != driver::kParameters) throw unexpected();
  SANE_Parameters parameters{};
  int format = 0;
  std::istringstream(frame.payload) >> format >> parameters.depth >> parameters.pixels_per_line >>
      parameters.bytes_per_line >> parameters.lines;
  parameters.format = static_cast<SANE_Frame>(format);
  std::vector<unsigned char> bytes;
  if (parameters.lines > 0 && parameters.bytes_per_line > 0)
    bytes.reserve(static_cast<std::size_t>(parameters.lines) * parameters.bytes_per_line);
  for (;;) {
    frame = session_->answer(device_, pages_);
    if (frame.kind == driver::kData) {
      bytes.insert(bytes.end(), frame.payload.begin(), frame.payload.end());
    } else if (frame.kind == driver::kPageEnd) {
      break;
    } else if (frame.kind == driver::kStopped) {
      session_->finish();
      throw stopped(statusIn(frame), device_, pages_);
    } else {
      throw unexpected();
    }
  }
  ocr::PixPtr page = toPix(parameters, bytes);
  pixSetResolution(page.get(), dpi_, dpi_);
  ++pages_;
  return page;
}

// Listing starts no scan (no backend thread), so it is done here.
std::vector<ScannerInfo> listScanners() {
  // SANE is not stopped (sane_exit would unload the backends just before the program ends).
  SANE_Int version = 0;
  if (sane_init(&version, nullptr) != SANE_STATUS_GOOD) throw std::runtime_error("SANE could not be started");
  const SANE_Device** devices = nullptr;
  std::vector<ScannerInfo> found;
  if (sane_get_devices(&devices, SANE_FALSE) != SANE_STATUS_GOOD || devices == nullptr) return found;
  for (const SANE_Device** device = devices; *device != nullptr; ++device)
    found.push_back(
        {(*device)->name, std::string((*device)->vendor) + " " + (*device)->model + " (" + (*device)->type + ")"});
  return found;
}

}  // namespace sohoa::pipeline
