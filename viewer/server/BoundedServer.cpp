#include "viewer/server/BoundedServer.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

namespace sohoa::viewer {
namespace {

using Clock = std::chrono::steady_clock;

// Waits until the socket can be read (or written), at the latest until `deadline`.
bool ready(int sock, short events, Clock::time_point deadline) {
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd watched{sock, events, 0};
    const int found = ::poll(&watched, 1, static_cast<int>(std::min<long long>(left, 1000)));
    if (found > 0) return (watched.revents & (events | POLLHUP | POLLERR)) != 0;
    if (found < 0 && errno != EINTR) return false;
  }
}

std::string addressText(const sockaddr_storage& address, int& port) {
  char text[INET6_ADDRSTRLEN] = "";
  if (address.ss_family == AF_INET) {
    const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
    inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
    port = ntohs(v4.sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
    inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
    port = ntohs(v6.sin6_port);
  }
  return text;
}

std::string peerAddress(int sock, int& port) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (getpeername(sock, reinterpret_cast<sockaddr*>(&address), &length) != 0) return {};
  return addressText(address, port);
}

void sendAll(int sock, std::string_view bytes, Clock::time_point deadline) {
  while (!bytes.empty() && ready(sock, POLLOUT, deadline)) {
    const ssize_t sent = ::send(sock, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return;
    bytes.remove_prefix(static_cast<std::size_t>(sent));
  }
}

std::string refusal(int status, const char* reason, const std::string& message) {
  const std::string body = "{\"error\":\"" + message + "\"}";
  return "HTTP/1.1 " + std::to_string(status) + " " + reason +
         "\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n\r\n" + body;
}

// Closes a connection whose request was not read to its end after the client has had the
// answer: what it is still sending is read and thrown away for a moment, so that closing
// does not reset the connection under the answer.
void closeUnread(int sock) {
  ::shutdown(sock, SHUT_WR);
  const auto deadline = Clock::now() + std::chrono::seconds(1);
  std::array<char, 4096> sink{};
  std::size_t drained = 0;
  while (drained < (4u << 20) && ready(sock, POLLIN, deadline)) {
    const ssize_t n = ::recv(sock, sink.data(), sink.size(), 0);
    if (n <= 0) break;
    drained += static_cast<std::size_t>(n);
  }
  ::close(sock);
}

// A connection's bytes, read against the current request's deadline and size limit.
class BoundedStream : public httplib::Stream {
 public:
  BoundedStream(int sock, const ConnectionLimits& limits) : sock_(sock), limits_(limits) {}

  // Waits up to `wait` for the next request's first byte; false when none came.
  bool awaitRequest(Clock::duration wait) {
    if (offset_ < filled_) return startRequest();
    return ready(sock_, POLLIN, Clock::now() + wait) && startRequest();
  }
  bool overLimit() const { return overLimit_; }
  // The request line says whether this request is an upload, with its larger bounds.
  bool upload() const { return head_.rfind(limits_.uploadRequestLine, 0) == 0; }
  // A read ran out of time or size: what follows on the connection is no request.
  bool broken() const { return broken_; }

  bool is_readable() const override { return offset_ < filled_ || ready(sock_, POLLIN, readDeadline()); }
  bool is_writable() const override { return ready(sock_, POLLOUT, writeDeadline_); }

  ssize_t read(char* ptr, size_t size) override {
    if (offset_ == filled_) {
      if (received_ >= longestRequest()) {
        overLimit_ = broken_ = true;
        return -1;
      }
      if (!ready(sock_, POLLIN, readDeadline())) {
        broken_ = true;
        return -1;
      }
      const std::size_t room = std::min(buffer_.size(), longestRequest() - received_);
      ssize_t n = 0;
      do {
        n = ::recv(sock_, buffer_.data(), room, 0);
      } while (n < 0 && errno == EINTR);
      if (n <= 0) return n;
      received_ += static_cast<std::size_t>(n);
      offset_ = 0;
      filled_ = static_cast<std::size_t>(n);
    }
    const std::size_t taken = std::min(size, filled_ - offset_);
    std::memcpy(ptr, buffer_.data() + offset_, taken);
    if (head_.size() < kHeadBytes) head_.append(ptr, std::min(taken, kHeadBytes - head_.size()));
    offset_ += taken;
    return static_cast<ssize_t>(taken);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (overLimit_) {
      // Whatever cpp-httplib answers to a read that stopped, the answer is 413.
      const char* message = upload() ? "Tải lên quá lớn (tối đa 2 GB mỗi lần)" : "Yêu cầu quá lớn (tối đa 1 MB)";
      if (!refused_) sendAll(sock_, refusal(413, "Payload Too Large", message), writeDeadline_);
      refused_ = true;
      return static_cast<ssize_t>(size);
    }
    if (!is_writable()) return -1;
    ssize_t sent = 0;
    do {
      sent = ::send(sock_, ptr, size, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    return sent;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override { ip = peerAddress(sock_, port); }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getsockname(sock_, reinterpret_cast<sockaddr*>(&address), &length) == 0) ip = addressText(address, port);
  }
  socket_t socket() const override { return sock_; }

 private:
  std::size_t longestRequest() const {
    return (upload() ? limits_.longestUpload : limits_.longestBody) + limits_.longestHeaders;
  }
  Clock::time_point readDeadline() const {
    if (!upload()) return readDeadline_;
    const auto earned = std::chrono::milliseconds(received_ * 1000 / limits_.slowestUploadBytesPerSecond);
    return readDeadline_ + std::chrono::duration_cast<Clock::duration>(earned);
  }

  bool startRequest() {
    const auto now = Clock::now();
    head_.clear();
    readDeadline_ = now + limits_.wholeRequest;
    writeDeadline_ = now + limits_.wholeAnswer;
    received_ = filled_ - offset_;  // bytes of this request already read with the last one
    return true;
  }

  int sock_;
  const ConnectionLimits& limits_;
  static constexpr std::size_t kHeadBytes = 32;
  std::array<char, 4096> buffer_{};
  std::string head_;  // the first bytes of the current request
  std::size_t offset_ = 0, filled_ = 0, received_ = 0;
  Clock::time_point readDeadline_, writeDeadline_;
  bool overLimit_ = false, refused_ = false, broken_ = false;
};

}  // namespace

BoundedServer::BoundedServer(ConnectionLimits limits) : limits_(limits) {
  new_task_queue = [workers = limits_.workers] { return new httplib::ThreadPool(workers); };
  // cpp-httplib's own limit reads Content-Length alone; the stream bounds every request by its kind.
  set_payload_max_length(limits_.longestUpload);
  set_keep_alive_max_count(limits_.requestsPerConnection);
  // cpp-httplib also sets SO_REUSEPORT, with which a second viewer binds the port a running
  // one holds (and the kernel shares its requests between them): only SO_REUSEADDR here, so
  // that a port in use is refused and a restart may still reuse a port left in TIME_WAIT.
  set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
}

int BoundedServer::bindTo(const std::string& host, int port) {
  const int bound = port == 0 ? bind_to_any_port(host) : (bind_to_port(host, port) ? port : -1);
  // cpp-httplib listens with a backlog of 5: a sixth connection arriving at once waited a
  // second for the client to try again.
  if (bound >= 0) ::listen(svr_sock_, SOMAXCONN);
  return bound;
}

bool BoundedServer::takeConnection(const std::string& address) {
  std::lock_guard lock(mutex_);
  int& open = connections_[address];
  if (open >= limits_.connectionsPerAddress) return false;
  ++open;
  return true;
}

void BoundedServer::releaseConnection(const std::string& address) {
  std::lock_guard lock(mutex_);
  if (--connections_[address] <= 0) connections_.erase(address);
}

bool BoundedServer::process_and_close_socket(socket_t sock) {
  int port = 0;
  const std::string address = peerAddress(sock, port);
  // Connections counted while they hold a worker; one over the limit is refused at once.
  struct Held {
    std::atomic<std::size_t>& count;
    explicit Held(std::atomic<std::size_t>& held) : count(held) { ++count; }
    ~Held() { --count; }
  } held(held_);
  if (!takeConnection(address)) {
    sendAll(sock, refusal(503, "Service Unavailable", "Quá nhiều kết nối từ một địa chỉ; xin thử lại sau"),
            Clock::now() + std::chrono::seconds(2));
    closeUnread(sock);
    return false;
  }
  BoundedStream stream(sock, limits_);
  bool answered = false;
  for (std::size_t left = limits_.requestsPerConnection; left > 0 && is_running(); --left) {
    // While most workers are held, an idle connection gives its worker back sooner.
    const bool busy = held_ > limits_.workers / 2;
    if (!stream.awaitRequest(busy ? std::chrono::seconds(1) : limits_.firstByte)) break;
    bool closed = false;
    answered = process_request(stream, left == 1, closed, nullptr);
    // An upload's body may be left unread (refused before it): nothing after it is a request.
    if (!answered || closed || stream.broken() || stream.upload()) break;
  }
  releaseConnection(address);
  // An upload refused before its body was read (no session, a file too large) gets its answer
  // read by the browser, not a reset connection.
  if (stream.overLimit() || stream.upload()) {
    closeUnread(sock);
  } else {
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
  }
  return answered;
}

}  // namespace sohoa::viewer
