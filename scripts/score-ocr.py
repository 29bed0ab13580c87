#!/usr/bin/python3
"""Scores OCR output against truth: for every truth file TRUTH_DIR/<name>.txt the
hypothesis HYP_DIR/<name>.txt (missing counts as empty). Prints CER, WER and the
diacritics-blind CER over all pages; --json for tools.

  scripts/score-ocr.py TRUTH_DIR HYP_DIR [--json]
"""
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "lib"))
from ocr_metrics import char_errors, strip_marks, word_errors  # noqa: E402


def score(truth_dir, hyp_dir, per_page=None):
    totals = {"chars": 0, "char_errors": 0, "words": 0, "word_errors": 0, "bare_errors": 0, "pages": 0}
    for truth_file in sorted(Path(truth_dir).rglob("*.txt")):
        relative = truth_file.relative_to(truth_dir)
        hyp_file = Path(hyp_dir) / relative
        truth = truth_file.read_text(encoding="utf-8")
        hyp = hyp_file.read_text(encoding="utf-8") if hyp_file.exists() else ""
        errors, length = char_errors(truth, hyp)
        totals["char_errors"] += errors
        totals["chars"] += length
        errors, length = word_errors(truth, hyp)
        totals["word_errors"] += errors
        totals["words"] += length
        totals["bare_errors"] += char_errors(strip_marks(truth), strip_marks(hyp))[0]
        totals["pages"] += 1
        if per_page is not None:
            per_page.append((str(relative), char_errors(truth, hyp)))
    chars = max(totals["chars"], 1)
    return {"pages": totals["pages"], "cer": totals["char_errors"] / chars,
            "wer": totals["word_errors"] / max(totals["words"], 1), "cer_no_marks": totals["bare_errors"] / chars}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("truth_dir")
    parser.add_argument("hyp_dir")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--per-page", action="store_true", help="also print the CER of every page")
    args = parser.parse_args()
    pages = [] if args.per_page else None
    result = score(args.truth_dir, args.hyp_dir, pages)
    for name, (errors, length) in pages or []:
        print(f"{name}: CER {errors / max(length, 1):.2%} ({errors}/{length})")
    if args.json:
        print(json.dumps(result))
    else:
        print(f"pages {result['pages']}  CER {result['cer']:.2%}  WER {result['wer']:.2%}  "
              f"CER without marks {result['cer_no_marks']:.2%}")


if __name__ == "__main__":
    main()
