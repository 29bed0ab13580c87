#include "ocr/engine/OpenMpThreadLimit.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace sohoa::ocr {

bool openMpLimitedToOneThread() {
  const char* limit = std::getenv("OMP_THREAD_LIMIT");
  return limit != nullptr && std::strcmp(limit, "1") == 0;
}

void ensureSingleThreadedOpenMp(char** argv) {
  if (openMpLimitedToOneThread()) return;
  setenv("OMP_THREAD_LIMIT", "1", 1);
  execv("/proc/self/exe", argv);
}

}  // namespace sohoa::ocr
