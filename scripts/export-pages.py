#!/usr/bin/python3
"""Writes each page of `sohoa export --jsonl` (read from standard input) to
OUT_DIR/<source relative to --base>.p<N>.txt, the layout scripts/score-ocr.py reads.

  sohoa export --jsonl | scripts/export-pages.py OUT_DIR [--base DIR]
"""
import argparse
import json
import os
import sys
from pathlib import Path

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("out_dir", type=Path)
parser.add_argument("--base", default="", help="prefix of the source paths to drop")
args = parser.parse_args()
for line in sys.stdin:
    document = json.loads(line)
    for page in document["pages"]:
        # A page of a folder batch names its own file; others are pages of the document's source.
        source = page.get("file", document["source"])
        number = page.get("file_page", page["source_page"])
        source = os.path.relpath(source, args.base) if args.base else source
        target = args.out_dir / f"{source}.p{number}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page["text"], encoding="utf-8")
