#!/usr/bin/env bash
# The main job on the samples: install, build, ingest samples/ into ./sohoa-data, then
# search it, show a dossier cut from the desk batch, report the plan's rates over a generated
# year of the desk, and export. Run again, it skips what is already stored.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh >/dev/null
export SOHOA_STORE=${SOHOA_STORE:-$PWD/sohoa-data}
sohoa=build/pipeline/sohoa
echo "== sohoa ingest samples/scans samples/dossiers/lo-ho-so.pdf  (store: $SOHOA_STORE)"
"$sohoa" ingest samples/scans samples/dossiers/lo-ho-so.pdf
echo
echo "== sohoa search \"cải cách hành chính\""
"$sohoa" search --limit 5 "cải cách hành chính"
echo
echo "== sohoa search \"công tác văn thư\""
"$sohoa" search --limit 3 "công tác văn thư"
echo
echo "== sohoa search --cccd (a citizen's records, from the desk batch)"
cccd=$(/usr/bin/python3 -c "import json; print(json.load(open('samples/dossiers/truth.json'))['batches'][0]['documents'][1]['fields']['citizen_ids'][0])")
"$sohoa" search --cccd "$cccd"
echo
dossier=$(/usr/bin/python3 -c "import json; print(json.load(open('samples/dossiers/truth.json'))['batches'][0]['documents'][1]['dossier_code'])")
echo "== sohoa show $dossier  (fields only)"
# Whole outputs are taken before they are cut, so that no command dies of a closed pipe.
shown=$("$sohoa" show "$dossier")
grep -E '^(Dossier|Document|  [a-z_]+:)' <<<"$shown"
echo
echo "== a year of the desk: register and digitised documents (scripts/make-register.py)"
year=build/demo-year
/usr/bin/python3 scripts/make-register.py --out "$year"
"$sohoa" ingest "$year/documents"
"$sohoa" register import "$year/register.csv"
echo
echo "== sohoa report --period 2025-Q4"
report=$("$sohoa" report --period 2025-Q4)
sed -n '1,9p' <<<"$report"
"$sohoa" report --period 2025 --format html --out "$SOHOA_STORE/bao-cao-2025.html"
echo
echo "== sohoa export --jsonl  (first document, shortened)"
"$sohoa" export --jsonl > "$SOHOA_STORE/export.jsonl"
/usr/bin/python3 -c "import sys; print(open(sys.argv[1]).readline()[:400])" "$SOHOA_STORE/export.jsonl"
echo "…"
echo
echo "== the viewer (in the browser): create a user, start it, open http://127.0.0.1:8080/"
echo "   build/viewer/sohoa-viewer --store $SOHOA_STORE --add-user admin --role admin   # type a password"
echo "   build/viewer/sohoa-viewer --store $SOHOA_STORE"
