// hOCR files in the store (or put there by hand): read or refused with a message, never a crash.
#include <stdexcept>

#include "ocr/formats/Hocr.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    sohoa::ocr::readHocrText(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.hocr");
  } catch (const std::runtime_error&) {
  }
  return 0;
}
