#include "pipeline/ingest/PngDecoding.hpp"

#include <png.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/ingest/PageReader.hpp"
#include "pipeline/ingest/PageSizeLimit.hpp"

namespace sohoa::pipeline {
namespace {

std::uint32_t bigEndian(const unsigned char* bytes) {
  return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) | (std::uint32_t{bytes[2]} << 8) |
         std::uint32_t{bytes[3]};
}

struct ImageFree {
  void operator()(png_image* image) const {
    png_image_free(image);
    delete image;
  }
};

ocr::PixPtr bilevel(const std::vector<png_byte>& grey, int width, int height) {
  ocr::PixPtr pix(pixCreate(width, height, 1));
  if (!pix) throw InputError("out of memory for a bilevel page");
  l_uint32* data = pixGetData(pix.get());
  const l_int32 wordsPerLine = pixGetWpl(pix.get());
  for (int y = 0; y < height; ++y) {
    l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wordsPerLine;
    const png_byte* row = grey.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width);
    for (int x = 0; x < width; ++x)
      if (row[x] < 128) SET_DATA_BIT(line, x);  // Leptonica's 1 is black
  }
  return pix;
}

// Grey (1 channel) or colour (3) samples into a Pix, each block of reduction × reduction
// pixels averaged into one.
ocr::PixPtr copied(const std::vector<png_byte>& samples, int width, int height, int channels, int reduction) {
  const int outWidth = width / reduction, outHeight = height / reduction;
  ocr::PixPtr pix(pixCreate(outWidth, outHeight, channels == 1 ? 8 : 32));
  if (!pix) throw InputError("out of memory for a page");
  l_uint32* data = pixGetData(pix.get());
  const l_int32 wordsPerLine = pixGetWpl(pix.get());
  const std::size_t stride = static_cast<std::size_t>(width) * static_cast<std::size_t>(channels);
  const int block = reduction * reduction;
  for (int y = 0; y < outHeight; ++y) {
    l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wordsPerLine;
    for (int x = 0; x < outWidth; ++x) {
      int sums[3] = {0, 0, 0};
      for (int dy = 0; dy < reduction; ++dy) {
        const png_byte* at = samples.data() + static_cast<std::size_t>(y * reduction + dy) * stride +
                             static_cast<std::size_t>(x * reduction) * static_cast<std::size_t>(channels);
        for (int dx = 0; dx < reduction; ++dx)
          for (int c = 0; c < channels; ++c) sums[c] += *at++;
      }
      if (channels == 1)
        SET_DATA_BYTE(line, x, sums[0] / block);
      else
        composeRGBPixel(sums[0] / block, sums[1] / block, sums[2] / block, line + x);
    }
  }
  return pix;
}

}  // namespace

PngHeader readPngHeader(const std::filesystem::path& file) {
  PngHeader header;
  std::ifstream in(file, std::ios::binary);
  unsigned char signature[8];
  if (!in.read(reinterpret_cast<char*>(signature), 8) || std::memcmp(signature, "\x89PNG\r\n\x1a\n", 8) != 0)
    throw InputError("damaged png image: no PNG signature");
  for (int chunks = 0; chunks < 64; ++chunks) {
    unsigned char head[8];
    if (!in.read(reinterpret_cast<char*>(head), 8)) break;
    const std::uint32_t length = bigEndian(head);
    const std::string kind(reinterpret_cast<char*>(head + 4), 4);
    if (kind == "IDAT" || kind == "IEND" || length > (1u << 20)) break;
    std::vector<unsigned char> data(length + 4);  // with its CRC
    if (!in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(data.size()))) break;
    if (kind == "IHDR" && length >= 13) {
      header.width = static_cast<int>(std::min<std::uint32_t>(bigEndian(data.data()), 1u << 30));
      header.height = static_cast<int>(std::min<std::uint32_t>(bigEndian(data.data() + 4), 1u << 30));
      header.bitDepth = data[8];
      header.colourType = data[9];
    } else if (kind == "pHYs" && length >= 9 && data[8] == 1) {
      header.dpi = static_cast<int>(std::min<std::uint32_t>(bigEndian(data.data()), 1u << 20) * 0.0254 + 0.5);
    }
  }
  if (header.width <= 0 || header.height <= 0) throw InputError("damaged png image: no image header");
  return header;
}

ocr::PixPtr decodePng(const std::filesystem::path& file) {
  std::unique_ptr<png_image, ImageFree> image(new png_image{});
  image->version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_file(image.get(), file.c_str()))
    throw InputError(std::string("damaged png image: ") + image->message);
  const int width = static_cast<int>(image->width), height = static_cast<int>(image->height);
  const int reduction = pageReduction(width, height);
  const bool colour = (image->format & PNG_FORMAT_FLAG_COLOR) != 0;
  const int channels = colour ? 3 : 1;
  checkDecodedSize(width, height, 8 * channels);
  image->format = colour ? PNG_FORMAT_RGB : PNG_FORMAT_GRAY;
  std::vector<png_byte> samples(PNG_IMAGE_SIZE(*image));
  png_color white{255, 255, 255};  // transparent parts are paper
  if (!png_image_finish_read(image.get(), &white, samples.data(), 0, nullptr))
    throw InputError(std::string("damaged png image: ") + image->message);
  const PngHeader header = readPngHeader(file);
  ocr::PixPtr pix = header.bitDepth == 1 && header.colourType == 0 && reduction == 1
                        ? bilevel(samples, width, height)
                        : copied(samples, width, height, channels, reduction);
  pixSetResolution(pix.get(), header.dpi / reduction, header.dpi / reduction);
  return pix;
}

}  // namespace sohoa::pipeline
