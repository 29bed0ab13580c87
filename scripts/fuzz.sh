#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang (ASan + UBSan, -DSOHOA_FUZZ=ON) in
# build-fuzz/ and runs each for SECONDS (default $SOHOA_FUZZ_SECONDS, else 10) from its committed seed corpus
# (tests/fuzz/corpus/<harness>, made by scripts/make-fuzz-seeds.py); what a run adds to the
# corpus stays in build-fuzz/corpus/. Exits non-zero on the first harness that finds a crash,
# leaving the input in build-fuzz/findings/<harness>/ (make it a regression test).
#   scripts/fuzz.sh [SECONDS] [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-${SOHOA_FUZZ_SECONDS:-10}}
shift || true
harnesses=("$@")
if ((${#harnesses[@]} == 0)); then
  harnesses=(fuzz_register_csv fuzz_search_query fuzz_hocr fuzz_qr_payload fuzz_input_type fuzz_page_reader)
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOHOA_FUZZ=ON >/dev/null
cmake --build build-fuzz -j 2 --target fuzzers >/dev/null
export OMP_THREAD_LIMIT=1
# Leptonica, Poppler and Tesseract keep allocations for the life of the process.
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for harness in "${harnesses[@]}"; do
  corpus=build-fuzz/corpus/$harness findings=build-fuzz/findings/$harness
  rm -rf "$findings"  # what an earlier run found, fixed since or not, is found again from the corpus
  mkdir -p "$corpus" "$findings"
  max_len=4096
  [[ $harness == fuzz_page_reader ]] && max_len=65536
  echo "fuzz.sh: $harness for ${seconds}s"
  log=build-fuzz/$harness.log status=0
  build-fuzz/tests/fuzz/$harness -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len=$max_len \
    -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "tests/fuzz/corpus/$harness" >"$log" 2>&1 || status=$?
  grep -E "^(#[0-9]+[[:space:]]+DONE|==[0-9]+==ERROR|SUMMARY|stat::number_of_executed_units|Test unit written)" "$log" || true
  if ((status != 0)) || compgen -G "$findings/*" >/dev/null; then
    tail -n 40 "$log" >&2
    echo "fuzz.sh: $harness failed (exit $status); input in $findings/: $(ls "$findings")" >&2
    exit 1
  fi
done
echo "fuzz.sh: ${#harnesses[@]} harness(es), ${seconds}s each, nothing found"
