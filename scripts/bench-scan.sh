#!/usr/bin/env bash
# Time from the last page scanned to the stack being searchable, with `sohoa scan` driving
# SANE's `test` backend (a real SANE device, in libsane1): its feeder holds 10 sheets, scanned
# here at 300 dpi grey. The clock starts at the "page 10 scanned" line and stops when `sohoa scan`
# has stored, assembled and indexed the batch (its exit).
# Usage: scripts/bench-scan.sh [OUT_DIR (default bench-out)]
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
export SANE_CONFIG_DIR=$out/sane

echo "bench-scan: 10 pages, A4, 300 dpi grey, SANE test backend, $(getconf _NPROCESSORS_ONLN) cores, $(date -u +%F)"
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
