#include "pipeline/ingest/JpegDecoding.hpp"

#include <jerror.h>
#include <jpeglib.h>
#include <csetjmp>
#include <cstdio>
#include <vector>

#include "pipeline/ingest/PageReader.hpp"

namespace sohoa::pipeline {
namespace {

// libjpeg's error manager, quiet: fatal errors jump back, warnings are counted by kind.
struct QuietErrors {
  jpeg_error_mgr manager{};
  std::jmp_buf jump{};
  int damage = 0;  // warnings other than stray bytes between segments
};

void jumpBack(j_common_ptr info) { std::longjmp(reinterpret_cast<QuietErrors*>(info->err)->jump, 1); }

void countWarning(j_common_ptr info, int level) {
  auto* errors = reinterpret_cast<QuietErrors*>(info->err);
  if (level < 0 && errors->manager.msg_code != JWRN_EXTRANEOUS_DATA) ++errors->damage;
}

// A decompressor over `bytes` whose header is read; false when libjpeg gave up.
class Decompressor {
 public:
  explicit Decompressor(std::string_view bytes) {
    info_.err = jpeg_std_error(&errors_.manager);
    errors_.manager.error_exit = jumpBack;
    errors_.manager.emit_message = countWarning;
    jpeg_create_decompress(&info_);
    bytes_ = bytes;
  }
  ~Decompressor() { jpeg_destroy_decompress(&info_); }
  Decompressor(const Decompressor&) = delete;
  Decompressor& operator=(const Decompressor&) = delete;

  jpeg_decompress_struct& info() { return info_; }
  QuietErrors& errors() { return errors_; }
  std::string_view bytes() const { return bytes_; }
  std::vector<JSAMPLE>& row() { return row_; }

 private:
  std::vector<JSAMPLE> row_;  // here, not beside setjmp: longjmp leaves such locals undefined
  jpeg_decompress_struct info_{};
  QuietErrors errors_;
  std::string_view bytes_;
};

int densityDpi(const jpeg_decompress_struct& info) {
  if (info.density_unit == 1) return info.X_density;
  if (info.density_unit == 2) return static_cast<int>(info.X_density * 2.54 + 0.5);
  return 0;
}

// Fills `pix` row by row; false when libjpeg gave up. Kept apart from the objects with
// destructors, which longjmp would skip.
bool decodeInto(Decompressor& jpeg, int reduction, ocr::PixPtr& pix) {
  auto& info = jpeg.info();
  auto& row = jpeg.row();
  if (setjmp(jpeg.errors().jump) != 0) return false;
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(jpeg.bytes().data()),
               static_cast<unsigned long>(jpeg.bytes().size()));
  jpeg_read_header(&info, TRUE);
  info.scale_num = 1;
  info.scale_denom = static_cast<unsigned>(reduction);
  const bool cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
  if (cmyk)
    info.out_color_space = JCS_CMYK;
  else if (info.num_components == 1)
    info.out_color_space = JCS_GRAYSCALE;
  else
    info.out_color_space = JCS_RGB;
  jpeg_start_decompress(&info);
  const int width = static_cast<int>(info.output_width), height = static_cast<int>(info.output_height);
  const int channels = info.output_components;
  pix.reset(pixCreate(width, height, channels == 1 ? 8 : 32));
  if (!pix) return false;
  row.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(channels));
  l_uint32* data = pixGetData(pix.get());
  const l_int32 wordsPerLine = pixGetWpl(pix.get());
  for (int y = 0; y < height; ++y) {
    JSAMPROW rows[] = {row.data()};
    if (jpeg_read_scanlines(&info, rows, 1) != 1) return false;
    l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wordsPerLine;
    const JSAMPLE* s = row.data();
    for (int x = 0; x < width; ++x) {
      if (channels == 1) {
        SET_DATA_BYTE(line, x, *s++);
      } else if (!cmyk) {
        composeRGBPixel(s[0], s[1], s[2], line + x);
        s += 3;
      } else {
        // Adobe's CMYK files hold inverted samples (255 is no ink); others plain ones.
        const int c = s[0], m = s[1], yellow = s[2], k = s[3];
        s += 4;
        if (info.saw_Adobe_marker)
          composeRGBPixel(k * c / 255, k * m / 255, k * yellow / 255, line + x);
        else
          composeRGBPixel((255 - k) * (255 - c) / 255, (255 - k) * (255 - m) / 255, (255 - k) * (255 - yellow) / 255,
                          line + x);
      }
    }
  }
  jpeg_finish_decompress(&info);
  const int dpi = densityDpi(info);
  pixSetResolution(pix.get(), dpi / reduction, dpi / reduction);
  return true;
}

bool readHeaderInto(Decompressor& jpeg, JpegHeader& header) {
  auto& info = jpeg.info();
  if (setjmp(jpeg.errors().jump) != 0) return false;
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(jpeg.bytes().data()),
               static_cast<unsigned long>(jpeg.bytes().size()));
  if (jpeg_read_header(&info, TRUE) != JPEG_HEADER_OK) return false;
  header.width = static_cast<int>(info.image_width);
  header.height = static_cast<int>(info.image_height);
  header.components = info.num_components;
  header.dpi = densityDpi(info);
  return true;
}

}  // namespace

std::optional<JpegHeader> readJpegHeader(std::string_view bytes) {
  if (bytes.empty()) return std::nullopt;
  Decompressor jpeg(bytes);
  JpegHeader header;
  if (!readHeaderInto(jpeg, header)) return std::nullopt;
  return header;
}

ocr::PixPtr decodeJpeg(std::string_view bytes, int reduction) {
  if (bytes.empty()) throw InputError("damaged JPEG: no data");
  Decompressor jpeg(bytes);
  ocr::PixPtr pix;
  if (!decodeInto(jpeg, reduction, pix) || !pix) throw InputError("damaged JPEG: cannot decode it");
  if (jpeg.errors().damage > 0) throw InputError("damaged JPEG: its data is corrupt");
  return pix;
}

}  // namespace sohoa::pipeline
