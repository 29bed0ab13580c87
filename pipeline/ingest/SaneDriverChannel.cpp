#include "pipeline/ingest/SaneDriverChannel.hpp"

#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace sohoa::pipeline::driver {

namespace {

void sendAll(int socket, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t sent = ::send(socket, data, size, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) throw ChannelClosed(std::string("the scanner driver's socket: ") + std::strerror(errno));
    data += sent;
    size -= static_cast<std::size_t>(sent);
  }
}

// Whether bytes arrived within `timeout` (-1: wait as long as it takes).
bool readable(int socket, int timeoutMs) {
  pollfd watched{socket, POLLIN, 0};
  for (;;) {
    const int ready = ::poll(&watched, 1, timeoutMs);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) throw ChannelClosed(std::string("the scanner driver's socket: ") + std::strerror(errno));
    return ready > 0;
  }
}

// The rest of a frame once it began: the peer is writing it, so it is waited for.
void receiveAll(int socket, char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t got = ::recv(socket, data, size, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) throw ChannelClosed("the scanner driver ended");
    data += got;
    size -= static_cast<std::size_t>(got);
  }
}

}  // namespace

void sendFrame(int socket, char kind, std::string_view payload) {
  char header[5] = {kind};
  const auto length = static_cast<std::uint32_t>(payload.size());
  std::memcpy(header + 1, &length, sizeof length);
  sendAll(socket, header, sizeof header);
  sendAll(socket, payload.data(), payload.size());
}

std::optional<Frame> receiveFrame(int socket, std::chrono::milliseconds timeout) {
  if (!readable(socket, static_cast<int>(timeout.count()))) return std::nullopt;
  char header[5];
  receiveAll(socket, header, sizeof header);
  std::uint32_t length = 0;
  std::memcpy(&length, header + 1, sizeof length);
  Frame frame{header[0], std::string(length, '\0')};
  receiveAll(socket, frame.payload.data(), length);
  return frame;
}

}  // namespace sohoa::pipeline::driver
