// Input typing by first and last bytes: any bytes give one of the types.
#include <cstdlib>

#include "pipeline/ingest/InputType.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto type = sohoa::pipeline::inputTypeOf(
      bytes.substr(0, 1024), bytes.substr(bytes.size() - std::min<std::size_t>(bytes.size(), 1024)));
  if (sohoa::pipeline::inputTypeNamed(sohoa::pipeline::inputTypeName(type)) != type) std::abort();
  return 0;
}
