#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test (unit, end-to-end) with CTest.
# `--sanitize` does the same under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build_dir=$(scripts/build.sh "$@" | tail -n 1)
export OMP_THREAD_LIMIT=1
skip=()
if [[ "$build_dir" == build-asan ]]; then
  # Tesseract and Leptonica keep some allocations for the life of the process; leaks in our
  # own code are still caught by the suppressions being this narrow.
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  # The browser's daily-work flows check what a page shows, and run once already in the plain
  # build; the viewer's hostile requests, uploads and scans stay under the sanitizers. So do the
  # PostgreSQL store's, queue's and search's own tests; three long end-to-end runs over a copied
  # store (13 minutes sanitized) and the generated year's report (5) run in the plain build only.
  # This keeps CI within its time (the five browser suites took about 10 minutes of the sanitized run).
  skip=(-E '^(viewer_(browser|archive-words|results|layout|report)$|PostgreSQL search: a store copied|PostgreSQL store: every command and the viewer|PostgreSQL queue: three workers|a generated year: )')
fi
cd "$build_dir"
ctest --output-on-failure -j "$(getconf _NPROCESSORS_ONLN)" --timeout 900 "${skip[@]}"
