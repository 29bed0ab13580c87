#pragma once
// The viewer's HTTP server, bounded so that slow or greedy clients cannot take it from
// everyone else. cpp-httplib 0.11 gives a connection one of its 8 workers for as long as
// the client sends a byte within each 5 s read timeout: 8 clients sending one header line
// every 3 s (slowloris) held them all. Its 1 MB body limit reads Content-Length only, so a
// chunked body (or one with no length) was read whatever its size. Here each connection
// is read through a stream with a deadline and a size:
//  - a request (line, headers, body) must arrive within 10 s of its first byte, and the
//    first byte within 5 s of the connection or the previous answer (1 s while more than
//    half the workers are held: idle connections give theirs back);
//  - a request is at most 1 MB of body and 64 KB of headers however it is sent (413);
//  - but an upload (POST /api/uploads) may bring 2 GB, for as long as it keeps coming at
//    64 KB/s on average (10 s, plus a second for each 64 KB received): a slow drip still
//    loses its worker within seconds, a scan over the slowest office Wi-Fi does not. Its
//    route checks the session before it reads a byte of the body;
//  - one address holds at most 16 connections at a time (more get 503 at once);
//  - 48 workers; an answer must be taken by the client within 60 s; a backlog of
//    SOMAXCONN pending connections (cpp-httplib's 5 made the sixth wait a second).
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace sohoa::viewer {

struct ConnectionLimits {
  std::chrono::seconds firstByte{5};
  std::chrono::seconds wholeRequest{10};
  std::chrono::seconds wholeAnswer{60};
  std::size_t longestBody = 1 << 20;
  std::size_t longestUpload = std::size_t{2} << 30;
  std::size_t slowestUploadBytesPerSecond = 64 << 10;
  const char* uploadRequestLine = "POST /api/uploads ";
  std::size_t longestHeaders = 64 << 10;
  int connectionsPerAddress = 16;
  std::size_t workers = 48;
  std::size_t requestsPerConnection = 100;
};

class BoundedServer : public httplib::Server {
 public:
  explicit BoundedServer(ConnectionLimits limits = {});
  // Binds to host:port (0: any free port) with a listening backlog as wide as the system
  // allows; the port, or -1.
  int bindTo(const std::string& host, int port);

 protected:
  bool process_and_close_socket(socket_t sock) override;

 private:
  bool takeConnection(const std::string& address);
  void releaseConnection(const std::string& address);

  ConnectionLimits limits_;
  std::mutex mutex_;
  std::map<std::string, int> connections_;  // open connections by client address
  std::atomic<std::size_t> held_ = 0;       // connections holding a worker
};

}  // namespace sohoa::viewer
