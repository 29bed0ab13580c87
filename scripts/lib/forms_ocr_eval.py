"""The `forms` set of scripts/eval-ocr: single commune-desk pages from scripts/make-forms.py
(template families kept apart in `dev` and `heldout`), read by sohoa, tesseract and OCRmyPDF in
one run, scored per kind of page and per family set."""
import subprocess
import sys

from ocr_metrics import char_errors, dropped_line_words, strip_marks, word_errors, words_missed

KINDS = ["receipt", "declaration", "result", "supporting", "id_copy", "certification", "nd30", "photo"]
KIND_NAMES = {"receipt": "receipt (TT 01/2018)", "declaration": "tờ khai (TT 04/2020)", "result": "result, seal",
              "supporting": "chứng sinh, báo tử, đơn", "id_copy": "CCCD copy", "certification": "chứng thực copy",
              "nd30": "Nghị định 30 document", "photo": "phone photo"}


def make(root, folder, families, pages, seed):
    if not (folder / "truth.json").exists():
        print(f"eval-ocr: making {pages} pages of families {families} in {folder}", file=sys.stderr)
        subprocess.run([sys.executable, str(root / "scripts" / "make-forms.py"), "--out", str(folder), "--pages",
                        str(pages), "--families", families, "--seed", str(seed)], check=True,
                       stderr=subprocess.DEVNULL)


def score(truth, records, names, program):
    sums = dict.fromkeys(["ce", "cn", "we", "wn", "be", "bn", "me", "mn", "de", "dn"], 0)
    ink, turned = [], 0
    for name in names:
        item = truth[name]
        t = "\n".join(item["lines"])
        record = records.get(name, {"text": ""})
        h = record["text"]
        for key, (e, n) in (("c", char_errors(t, h)), ("w", word_errors(t, h)),
                            ("b", char_errors(strip_marks(t), strip_marks(h))), ("m", words_missed(t, h)),
                            ("d", dropped_line_words(item["lines"], h)[:2])):
            sums[key + "e"] += e
            sums[key + "n"] += n
        if "uncovered_ink" in record:
            ink.append(record["uncovered_ink"])
        # The generator turns pages counter-clockwise (PIL); sohoa records the clockwise turn
        # it undid: upright when the two add up to a whole turn.
        if program == "sohoa" and (record.get("rotation", 0) + item["rotation"]) % 360 != 0:
            turned += 1
    ratio = lambda k: sums[k + "e"] / sums[k + "n"] if sums[k + "n"] else None  # noqa: E731
    return {"pages": len(names), "cer": ratio("c"), "wer": ratio("w"), "cer_blind": ratio("b"),
            "words_missed": ratio("m"), "dropped_line_words": ratio("d"),
            "uncovered_ink": sum(ink) / len(ink) if ink else None,
            "not_upright": turned if program == "sohoa" else None}


def evaluate(truth, programs):
    """{set: {kind or 'overall': {program: scores}}}."""
    results = {}
    for family_set in ("dev", "heldout"):
        names = [n for n, t in truth.items() if t["set"] == family_set]
        if not names:
            continue
        rows = {}
        for kind in KINDS + ["overall"]:
            chosen = [n for n in names if kind == "overall" or truth[n]["kind"] == kind]
            if chosen:
                rows[kind] = {p: score(truth, records, chosen, p) for p, (records, _) in programs.items()}
        results[family_set] = rows
    return results


def pct(v, digits=1):
    return "—" if v is None else f"{100 * v:.{digits}f}"


def print_tables(results, programs, families, count):
    names = list(programs)
    print("CER % per kind of page and family set (OCRmyPDF: --rotate-pages --deskew --clean); the bar: sohoa's "
          "CER at most 0.75× OCRmyPDF's on every kind, on heldout families\n")
    for family_set, rows in results.items():
        members = ", ".join(f for f, v in families.items() if v["set"] == family_set)
        print(f"**{family_set}** families ({members})\n")
        print("| kind of page | pages | " + " | ".join(names) + (" | sohoa ÷ ocrmypdf |" if "ocrmypdf" in names
                                                              else " |"))
        print("|---|---:|" + "---:|" * len(names) + ("---:|" if "ocrmypdf" in names else ""))
        for kind, by_program in rows.items():
            label = "**overall**" if kind == "overall" else KIND_NAMES[kind]
            cells = [pct(by_program[p]["cer"], 2) for p in names]
            ratio = ""
            if "ocrmypdf" in names:
                o, s = by_program["ocrmypdf"]["cer"], by_program["sohoa"]["cer"]
                ratio = f" | {s / o:.2f}" if o else " | —"
            print(f"| {label} | {by_program[names[0]]['pages']} | " + " | ".join(cells) + ratio + " |")
        print()
    print("Detail, % (WER; CER without marks; words missed in any order; words in dropped lines; uncovered ink, "
          "from sohoa's export when it reports it; pages left not upright, sohoa only)\n")
    print("| set | kind of page | program | CER | WER | CER w/o marks | words missed | dropped-line words | "
          "uncovered ink | not upright |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for family_set, rows in results.items():
        for kind, by_program in rows.items():
            for p in names:
                s = by_program[p]
                upright = "—" if s["not_upright"] is None else f"{s['not_upright']}/{s['pages']}"
                print(f"| {family_set} | {KIND_NAMES.get(kind, kind)} | {p} | {pct(s['cer'], 2)} | {pct(s['wer'])} | "
                      f"{pct(s['cer_blind'])} | {pct(s['words_missed'])} | {pct(s['dropped_line_words'])} | "
                      f"{pct(s['uncovered_ink'])} | {upright} |")
    print("\nseconds per page: " + ", ".join(f"{p} {secs / count:.1f}" for p, (_, secs) in programs.items()))


