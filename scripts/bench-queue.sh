#!/usr/bin/env bash
# The PostgreSQL work queue's throughput (issue 19): the same scanned pages (the samples,
# COPIES times over, each copy made distinct by bytes after its end so it is its own content)
# queued and read by one `sohoa worker --jobs 1`, then by two at once; and the queue's own cost
# per page, from born-digital pages (no OCR: what is left is leasing, reading the text layer,
# storing the page and its words, marking it done) read by one worker.
# Runs on a throwaway cluster (scripts/pg-test-cluster.sh), removed at the end.
# Usage: scripts/bench-queue.sh [COPIES (default 4: 20 scanned pages)] [BUILD_DIR (default build)]
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-4}
build=$(realpath "${2:-build}")
sohoa="$build/pipeline/sohoa"
work=$(mktemp -d)
cluster="$work/cluster"
trap 'scripts/pg-test-cluster.sh stop "$cluster" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
scripts/pg-test-cluster.sh start "$cluster" >/dev/null
admin=$(scripts/pg-test-cluster.sh url "$cluster")
export OMP_THREAD_LIMIT=1

# DIR gets COPIES distinct copies of each FILE.
copies_of() {
  local dir=$1 count=$2
  shift 2
  mkdir -p "$dir"
  for file in "$@"; do
    for ((i = 1; i <= count; i++)); do
      cp "$file" "$dir/$i-$(basename "$file")"
      printf '\n%%sohoa-bench copy %d\n' "$i" >>"$dir/$i-$(basename "$file")"
    done
  done
}

# Queues FOLDER in a new database, runs WORKERS workers --jobs 1 until empty; prints pages and seconds.
run() {
  local name=$1 folder=$2 workers=$3
  psql -q "$admin" -c "CREATE DATABASE $name" >/dev/null
  local url=${admin/\/\/\/postgres/\/\/\/$name}
  "$sohoa" ingest --store "$url" --files "$work/files-$name" --enqueue-only "$folder" >/dev/null
  local started
  started=$(date +%s.%N)
  for ((w = 1; w <= workers; w++)); do
    "$sohoa" worker --store "$url" --jobs 1 --until-empty >/dev/null &
  done
  wait
  local seconds
  seconds=$(echo "$(date +%s.%N) - $started" | bc)
  local pages
  pages=$(psql -qtA "$url" -c "SELECT count(*) FROM pages")
  printf '%s\t%d worker(s)\t%d pages\t%.1f s\t%.1f pages/min\t%.3f s/page\n' "$name" "$workers" "$pages" \
    "$seconds" "$(echo "$pages * 60 / $seconds" | bc -l)" "$(echo "$seconds / $pages" | bc -l)"
}

# PDF and TIFF readers take bytes after the file's end; sohoa refuses a JPEG without its end marker last.
scans=(samples/scans/ke-hoach-cchc-2025.pdf samples/scans/nghi-dinh-30-2020.tif)
copies_of "$work/scanned" "$copies" "${scans[@]}"
copies_of "$work/digital" 20 samples/scans/thong-bao-dien-tu.pdf
echo "bench-queue: $(date -u +%F), $(getconf _NPROCESSORS_ONLN) cores, load $(cut -d' ' -f1 /proc/loadavg)"
run one_worker "$work/scanned" 1
run two_workers "$work/scanned" 2
run no_ocr "$work/digital" 1
