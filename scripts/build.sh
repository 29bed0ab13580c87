#!/usr/bin/env bash
# Configures and builds sohoa. `--sanitize` builds with AddressSanitizer + UBSan in build-asan/.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=build
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOHOA_WERROR=ON)
if [[ " $* " == *" --sanitize "* ]]; then
  build_dir=build-asan
  flags=(-DCMAKE_BUILD_TYPE=Debug -DSOHOA_SANITIZE=ON -DSOHOA_WERROR=ON)
fi
cmake -S . -B "$build_dir" "${flags[@]}" >/dev/null
cmake --build "$build_dir" -j "$(getconf _NPROCESSORS_ONLN)"
echo "$build_dir"
