#!/usr/bin/env bash
# Time from the last page scanned to the stack being searchable, with `sohoa scan` driving
# SANE's `test` backend (a real SANE device, in libsane1): its feeder holds 10 sheets, scanned
# here at 300 dpi grey. The clock starts at the "page 10 scanned" line and stops when `sohoa scan`
# has stored, assembled and indexed the batch (its exit).
# For comparison under the same load, the same stack read only after it is scanned (as `sohoa
# scan` did before it read pages while scanning): `sohoa scan --no-ingest`, then `sohoa ingest`
# of the folder, timed from the end of the scan.
# FEED_MS=N slows the feeder, as a desk's sheet-fed scanner is slower than the test backend:
# the backend waits N/133 ms between the reads it hands over (133 reads of 64 KB make a page,
# when each read is that big; the lines above show the pace each page really came at).
# Usage: [FEED_MS=N] scripts/bench-scan.sh [OUT_DIR (default bench-out)]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench-out}
sohoa=$PWD/build/pipeline/sohoa
export OMP_THREAD_LIMIT=1
mkdir -p "$out"
out=$(cd "$out" && pwd)/scan
rm -rf "$out" && mkdir -p "$out/sane"
printf 'test\n' >"$out/sane/dll.conf"
printf 'number_of_devices 1\nmode Gray\ndepth 8\ntest-picture "Grid"\nbr_x 210.0\nbr_y 297.0\n' >"$out/sane/test.conf"
if [[ -n ${FEED_MS:-} ]]; then  # an A4 page at 300 dpi grey is 133 reads of 64 KB
  printf 'read-delay true\nread-delay-duration %d\n' $((FEED_MS * 1000 / 133)) >>"$out/sane/test.conf"
fi
export SANE_CONFIG_DIR=$out/sane

echo "bench-scan: 10 pages, A4, 300 dpi grey, SANE test backend${FEED_MS:+ (a page every ~$FEED_MS ms)}, $(getconf _NPROCESSORS_ONLN) cores, $(date -u +%F)"
started=$(date +%s.%N)
last=""
while IFS= read -r line; do
  now=$(date +%s.%N)
  echo "  $(printf '%6.2f' "$(awk "BEGIN{print $now - $started}")") s  $line"
  [[ $line == "page 10 scanned"* ]] && last=$now
done < <("$sohoa" scan --store "$out/store" --source adf --resolution 300 --mode gray --batch bench 2>&1)
ended=$(date +%s.%N)
pages=$(sqlite3 "$out/store/records.db" "SELECT count(*) FROM pages")
echo "pages searchable: ${pages:-0}"
[[ -n $last ]] || { echo "bench-scan: page 10 was not scanned" >&2; exit 1; }
echo "last page scanned -> searchable: $(printf '%.1f' "$(awk "BEGIN{print $ended - $last}")") s"
echo "whole run: $(printf '%.1f' "$(awk "BEGIN{print $ended - $started}")") s"

"$sohoa" scan --store "$out/store-after" --no-ingest --into "$out/stack" --source adf --resolution 300 --mode gray >/dev/null 2>&1
scanned=$(date +%s.%N)
"$sohoa" ingest --store "$out/store-after" "$out/stack" >/dev/null
echo "the same stack read after it is scanned (scan --no-ingest, then ingest): $(printf '%.1f' "$(awk "BEGIN{print $(date +%s.%N) - $scanned}")") s"
