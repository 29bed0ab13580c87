#pragma once
// The socket between sohoa and its scanner driver process (SaneDriver): frames of one kind
// byte, a 4-byte length and the payload. sohoa asks for one page at a time; the driver answers
// with the page's parameters, its bytes as the device sends them, and its end, or why the
// stack stopped. Sends never raise SIGPIPE: a peer gone is an error like any other.
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sohoa::pipeline::driver {

// sohoa → driver
constexpr char kNextPage = 'n';
constexpr char kQuit = 'q';
// driver → sohoa
constexpr char kOpened = 'O';      // "device\nfeeder (0|1)\ndpi"
constexpr char kOpenFailed = 'F';  // the message naming the device
constexpr char kParameters = 'P';  // "format depth pixels_per_line bytes_per_line lines"
constexpr char kData = 'D';        // the bytes of one sane_read
constexpr char kPageEnd = 'E';
constexpr char kStopped = 'S';  // the SANE status that ended the stack, as a number

struct Frame {
  char kind = 0;
  std::string payload;
};

// The peer closed the socket (its process ended).
class ChannelClosed : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws ChannelClosed when the peer is gone.
void sendFrame(int socket, char kind, std::string_view payload = {});
// The next frame, or nothing when none began within `timeout`; throws ChannelClosed when the
// peer is gone (also in the middle of a frame).
std::optional<Frame> receiveFrame(int socket, std::chrono::milliseconds timeout);

}  // namespace sohoa::pipeline::driver
