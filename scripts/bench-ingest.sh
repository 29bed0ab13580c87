#!/usr/bin/env bash
# Throughput, peak memory and character error rate of `sohoa ingest --jobs 2` against its
# peers on the same scanned PDF, in one run:
#   - the `tesseract` command, page by page, two at a time (OMP_THREAD_LIMIT=1), on the
#     page images taken out of the PDF as they are (pdfimages): Tesseract's own time;
#   - `ocrmypdf -l vie --jobs 2` (its default PDF/A output; the text is scored from its
#     --sidecar, i.e. before Ghostscript 10.0 strips accents from the PDF/A text layer).
# With --store postgresql://… (an empty database, or one only this bench fills), the same PDF is
# also queued there (`ingest --enqueue-only`, files under OUT_DIR) and read by two
# `sohoa worker --jobs 1` processes at once, timed from queueing to the last worker's exit.
# Usage: scripts/bench-ingest.sh [--store postgresql://…] [PAGES (default 20)] [OUT_DIR (default bench-out)]
set -euo pipefail
cd "$(dirname "$0")/.."
postgres=""
if [[ "${1:-}" == --store ]]; then
  postgres=$2
  shift 2
fi
pages=${1:-20}
out=${2:-bench-out}
scripts/install-deps.sh --bench >/dev/null
scripts/build.sh >/dev/null
sohoa=$PWD/build/pipeline/sohoa
export OMP_THREAD_LIMIT=1
mkdir -p "$out"
out=$(cd "$out" && pwd)
batch="$out/batch-$pages"
if [[ ! -f "$batch/bench.pdf" ]]; then
  scripts/make-samples.py --bench "$batch" --pages "$pages" >/dev/null
fi
pdf="$batch/bench.pdf"
truth="$batch/truth"
rm -rf "$out/runs" && mkdir -p "$out/runs"
runs="$out/runs"

timed() {  # timed NAME COMMAND... -> NAME.time holds "seconds peak_kb"
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$runs/$name.time" "$@" >"$runs/$name.log" 2>&1
}

echo "bench-ingest: $pages pages at 300 dpi, $(getconf _NPROCESSORS_ONLN) cores, $(date -u +%F)"

# sohoa
timed sohoa "$sohoa" ingest --store "$runs/store" --jobs 2 "$pdf"
"$sohoa" export --store "$runs/store" --jsonl | scripts/export-pages.py "$runs/sohoa-text" --base "$batch"

# sohoa on PostgreSQL: the queue and two workers
names="sohoa tesseract ocrmypdf"
if [[ -n "$postgres" ]]; then
  pg_workers() {
    "$sohoa" ingest --store "$postgres" --files "$runs/pg-files" --enqueue-only "$pdf"
    "$sohoa" worker --store "$postgres" --jobs 1 --until-empty &
    "$sohoa" worker --store "$postgres" --jobs 1 --until-empty
    wait
  }
  export -f pg_workers
  export sohoa postgres runs pdf
  timed sohoa-postgres bash -c pg_workers
  "$sohoa" export --store "$postgres" --jsonl | scripts/export-pages.py "$runs/sohoa-postgres-text" --base "$batch"
  names="sohoa sohoa-postgres tesseract ocrmypdf"
fi

# tesseract, page by page, 2 at a time
mkdir -p "$runs/images" "$runs/tesseract-text"
pdfimages -all "$pdf" "$runs/images/p"
ls "$runs/images" | sort >"$runs/images.list"
tesseract_page() {
  local image=$1 number
  number=$((10#$(basename "$image" | sed -E 's/^p-0*([0-9]+)\..*/\1/') + 1))
  /usr/bin/time -f "%M" -o "$runs/tesseract-mem-$number" \
    tesseract "$image" "$runs/tesseract-text/bench.pdf.p$number" -l vie --dpi 300 >/dev/null 2>&1
}
export -f tesseract_page
export runs
start=$(date +%s.%N)
sed "s|^|$runs/images/|" "$runs/images.list" | xargs -P 2 -I{} bash -c 'tesseract_page {}'
end=$(date +%s.%N)
tess_mem=$(cat "$runs"/tesseract-mem-* | sort -n | tail -1)
echo "$(echo "$end - $start" | bc) $tess_mem" >"$runs/tesseract.time"

# OCRmyPDF
timed ocrmypdf ocrmypdf -l vie --jobs 2 --sidecar "$runs/ocrmypdf.txt" "$pdf" "$runs/ocrmypdf.pdf"
mkdir -p "$runs/ocrmypdf-text"
/usr/bin/python3 - "$runs/ocrmypdf.txt" "$runs/ocrmypdf-text" <<'PY'
import sys
from pathlib import Path
for number, text in enumerate(Path(sys.argv[1]).read_text(encoding="utf-8").split("\f"), start=1):
    if text.strip():
        (Path(sys.argv[2]) / f"bench.pdf.p{number}.txt").write_text(text, encoding="utf-8")
PY

table="$out/results.md"
{
  echo "| program | pages/min | peak RSS (MB) | CER | WER | CER without marks |"
  echo "|---|---:|---:|---:|---:|---:|"
  for name in $names; do
    read -r seconds peak_kb <"$runs/$name.time"
    score=$(scripts/score-ocr.py "$truth" "$runs/$name-text" --json)
    /usr/bin/python3 - "$name" "$pages" "$seconds" "$peak_kb" "$score" <<'PY'
import json, sys
name, pages, seconds, peak_kb, score = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), json.loads(sys.argv[5])
label = {"sohoa": "sohoa ingest --jobs 2", "sohoa-postgres": "sohoa worker --jobs 1 ×2 (PostgreSQL queue)",
         "tesseract": "tesseract -l vie (2 at a time)",
         "ocrmypdf": "ocrmypdf -l vie --jobs 2"}[name]
print(f"| {label} | {pages / seconds * 60:.1f} | {peak_kb / 1024:.0f} | {score['cer']:.2%} | {score['wer']:.2%} | {score['cer_no_marks']:.2%} |")
PY
  done
} >"$table"
cat "$table"
read -r s_sec _ <"$runs/sohoa.time"
read -r t_sec _ <"$runs/tesseract.time"
read -r o_sec _ <"$runs/ocrmypdf.time"
/usr/bin/python3 -c "print(f'sohoa vs OCRmyPDF: {$o_sec / $s_sec:.2f}x the pages per minute; overhead over Tesseract alone: {($s_sec / $t_sec - 1):+.1%}')" | tee -a "$table"
