#pragma once
// A small copy of a page's picture for lists of results: the list shows fifty of them, so
// each is a few kilobytes rather than the preview's hundreds. Scaled from the picture the
// reader may see (an auditor's, masked), never from the original.
#include <optional>
#include <string>

namespace sohoa::viewer {

inline constexpr int kSmallestThumbnail = 48;
inline constexpr int kLargestThumbnail = 400;

// The width asked for ("?width=160"), when it is a number of pixels within those bounds.
std::optional<int> thumbnailWidth(const std::string& asked);
// The JPEG scaled down to `width` pixels (never up); empty when it cannot be decoded.
std::string thumbnailJpeg(const std::string& jpeg, int width);

}  // namespace sohoa::viewer
