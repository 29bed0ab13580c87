#include "pipeline/ingest/ClaimedImageSize.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <string>

namespace sohoa::pipeline {
namespace {

// How far from where an image is named its size is looked for: a dictionary's keys stand
// within a few hundred bytes of each other.
constexpr std::size_t kReach = 1024;
// Larger than any side a PDF allows (its own limit is 2^31 - 1): read as no claim at all.
constexpr std::int64_t kLongestSide = 1LL << 31;

bool isDelimiter(char c) {
  return std::isspace(static_cast<unsigned char>(c)) || c == '/' || c == '<' || c == '>' || c == '[' || c == ']' ||
         c == '(' || c == ')';
}

// The number after the first `key` (a whole name: `/W` is not `/Width`) in `window`; 0 when none.
std::int64_t numberAfter(std::string_view window, std::string_view key) {
  for (std::size_t at = window.find(key); at != std::string_view::npos; at = window.find(key, at + 1)) {
    std::size_t next = at + key.size();
    if (next < window.size() && !isDelimiter(window[next])) continue;
    while (next < window.size() && std::isspace(static_cast<unsigned char>(window[next]))) ++next;
    std::int64_t value = 0;
    const auto read = std::from_chars(window.data() + next, window.data() + window.size(), value);
    if (read.ec == std::errc() && value > 0 && value < kLongestSide) return value;
  }
  return 0;
}

std::int64_t claimedAround(std::string_view bytes, std::size_t at, std::string_view width, std::string_view height) {
  const std::size_t from = at > kReach ? at - kReach : 0;
  const std::string_view window = bytes.substr(from, 2 * kReach);
  return numberAfter(window, width) * numberAfter(window, height);
}

}  // namespace

std::int64_t largestImageClaimed(std::string_view bytes) {
  std::int64_t largest = 0;
  for (std::size_t at = bytes.find("/Image"); at != std::string_view::npos; at = bytes.find("/Image", at + 1))
    largest = std::max(largest, claimedAround(bytes, at, "/Width", "/Height"));
  for (std::size_t at = bytes.find("BI"); at != std::string_view::npos; at = bytes.find("BI", at + 1)) {
    const bool alone =
        (at == 0 || isDelimiter(bytes[at - 1])) && (at + 2 >= bytes.size() || isDelimiter(bytes[at + 2]));
    if (alone) largest = std::max(largest, claimedAround(bytes, at, "/W", "/H"));
  }
  return largest;
}

std::int64_t largestImageClaimed(const std::filesystem::path& file) {
  constexpr std::size_t kPiece = 8 << 20;
  std::ifstream in(file, std::ios::binary);
  std::string piece;
  std::int64_t largest = 0;
  while (in) {
    // Each piece starts with the end of the last, so that no dictionary is cut in two unseen.
    const std::size_t kept = piece.size() > 2 * kReach ? 2 * kReach : piece.size();
    piece.erase(0, piece.size() - kept);
    piece.resize(kept + kPiece);
    in.read(piece.data() + kept, static_cast<std::streamsize>(kPiece));
    piece.resize(kept + static_cast<std::size_t>(in.gcount()));
    largest = std::max(largest, largestImageClaimed(std::string_view(piece)));
  }
  return largest;
}

}  // namespace sohoa::pipeline
