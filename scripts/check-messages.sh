#!/usr/bin/env bash
# Every message the command line can say in English has its Vietnamese in po/vi.po: the
# messages are gathered from the code (indexer::tr calls) by xgettext and compared with the
# catalogue by msgcmp, which names each one missing. Run by CTest (messages_translated).
set -euo pipefail
cd "$(dirname "$0")/.."
template=$(mktemp --suffix=.pot)
trap 'rm -f "$template"' EXIT
mapfile -t sources < <(grep -l 'Translation.hpp' ocr/*.cpp ocr/*/*.cpp indexer/*.cpp indexer/*/*.cpp pipeline/*.cpp pipeline/*/*.cpp 2>/dev/null)
xgettext --language=C++ --keyword=tr --keyword=tr:1,2 --from-code=UTF-8 --no-location -o "$template" "${sources[@]}"
msgcmp --use-untranslated po/vi.po "$template"
# No translation left empty or fuzzy: msgfmt --statistics says so.
stats=$(msgfmt --check --statistics -o /dev/null po/vi.po 2>&1)
if [[ "$stats" == *untranslated* || "$stats" == *fuzzy* ]]; then
  echo "check-messages: po/vi.po: $stats" >&2
  exit 1
fi
echo "check-messages: ${#sources[@]} files, $stats"
