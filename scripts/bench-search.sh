#!/usr/bin/env bash
# Search at scale: builds (once) a store of PAGES generated pages of real Vietnamese text
# through sohoa's indexing path, with SQLite's `unicode61 remove_diacritics 2` index of the
# same text beside it, then reports latency (p50/p95/p99), index size per page and the
# precision of accented queries for both.
# With --store postgresql://…, the store is also copied there (once) and the CCCD and two-word
# queries are asked of PostgreSQL in the same run (PgPageSearch).
# Usage: scripts/bench-search.sh [--store postgresql://…] [PAGES (default 1000000)] [OUT_DIR (default bench-out)]
set -euo pipefail
cd "$(dirname "$0")/.."
postgres=()
if [[ "${1:-}" == --store ]]; then
  postgres=(--postgres "$2")
  shift 2
fi
pages=${1:-1000000}
out=${2:-bench-out}
scripts/install-deps.sh >/dev/null
scripts/build.sh >/dev/null
tool=build/scripts/tools/sohoa-bench-search
corpus=${SOHOA_CORPUS:-../shared/corpus}/ud-vietnamese-vtb
store="$out/search-$pages"
mkdir -p "$out"
if [[ ! -f "$store/built" ]]; then
  echo "bench-search: building $pages pages in $store (resumes if stopped)"
  /usr/bin/time -f "build: %e s, peak RSS %M KB" "$tool" build --store "$store" --pages "$pages" \
    --sentences "$corpus"/vi_vtb-ud-*.sentences.txt
  touch "$store/built"
fi
echo "bench-search: $(date -u +%F), $(getconf _NPROCESSORS_ONLN) cores"
"$tool" query --store "$store" --runs 200 "${postgres[@]}" | tee "$out/search-$pages.md"
