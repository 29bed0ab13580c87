#!/usr/bin/env bash
# The main job on the samples: install, build, ingest samples/scans into ./sohoa-data,
# then search it. Run again, it skips what is already stored.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh >/dev/null
export SOHOA_STORE=${SOHOA_STORE:-$PWD/sohoa-data}
sohoa=build/pipeline/sohoa
echo "== sohoa ingest samples/scans  (store: $SOHOA_STORE)"
"$sohoa" ingest samples/scans
echo
echo "== sohoa search \"cải cách hành chính\""
"$sohoa" search --limit 5 "cải cách hành chính"
echo
echo "== sohoa search \"công tác văn thư\""
"$sohoa" search --limit 3 "công tác văn thư"
echo
echo "== sohoa export --jsonl  (first document, shortened)"
"$sohoa" export --jsonl | head -n 1 | /usr/bin/python3 -c "import sys; print(sys.stdin.read()[:400])"
echo "…"
