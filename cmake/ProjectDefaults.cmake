# Compiler settings applied to every target of ours (not to third-party code).
function(sohoa_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  # Warnings are errors for developers and CI (scripts/build.sh turns it on), not for a
  # packager whose newer compiler warns about something new.
  if(SOHOA_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
    # GCC 12's libstdc++ makes -O3 (Release) warn falsely with -Wrestrict inside std::string's
    # operator+ it inlines ("accessing 9223372036854775810 or more bytes", GCC bugs 105329 and
    # 105651): 7 files in the first third of a Release build; it stays a warning, for GCC 12 in
    # Release only (the -O2 builds pass without it).
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE $<$<CONFIG:Release>:-Wno-error=restrict>)
    endif()
  endif()
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
endfunction()

if(SOHOA_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

if(SOHOA_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "SOHOA_FUZZ needs clang (CXX=clang++ CC=clang), for libFuzzer")
  endif()
  # Our code is instrumented for coverage and checked by ASan/UBSan; the harnesses link libFuzzer.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
