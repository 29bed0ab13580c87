// Catch2's main, after making sure Tesseract will run with OMP_THREAD_LIMIT=1.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ocr/engine/OpenMpThreadLimit.hpp"

int main(int argc, char** argv) {
  sohoa::ocr::ensureSingleThreadedOpenMp(argv);
  return Catch::Session().run(argc, argv);
}
