"""Runs the three OCR programs the evaluations compare over a set of page image files, the same
files for each: sohoa (`ingest`, then `export --jsonl`; each file its own batch), the `tesseract`
command (-l vie, two pages at a time) and `ocrmypdf -l vie --rotate-pages --deskew --clean` (two
one-job runs at a time: the same two cores, less waiting on its single-threaded steps). Each
returns ({file name: page record}, seconds); a record has `text`, and sohoa's also `rotation` and,
when the export has it, `uncovered_ink`."""
import json
import os
import subprocess
import time
from pathlib import Path

ENV = dict(os.environ, OMP_THREAD_LIMIT="1")


def sohoa(binary, folder, names, work):
    store = work / "sohoa-store"
    subprocess.run(["rm", "-rf", str(store)], check=True)
    started = time.monotonic()
    subprocess.run([str(binary), "ingest", "--store", str(store), "--jobs", "2", *[str(folder / n) for n in names]],
                   env=ENV, check=False, stdout=subprocess.DEVNULL)
    seconds = time.monotonic() - started
    out = subprocess.run([str(binary), "export", "--store", str(store), "--jsonl"], env=ENV, capture_output=True,
                         text=True, check=True).stdout
    pages = {}
    for line in out.splitlines():
        document = json.loads(line)
        for page in document["pages"]:
            name = Path(page.get("file", document["source"])).name
            record = pages.setdefault(name, {"text": "", "rotation": page.get("rotation", 0)})
            record["text"] += page["text"]
            if "uncovered_ink" in page:
                record["uncovered_ink"] = page["uncovered_ink"]
    return pages, seconds


def _pairwise(commands):
    procs = []
    for cmd in commands:
        procs.append(subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        if len(procs) == 2:
            procs.pop(0).wait()
    for p in procs:
        p.wait()


def tesseract(folder, dpis, work):
    out = work / "tesseract"
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    _pairwise([["tesseract", str(folder / n), str(out / n), "-l", "vie", "--dpi", str(dpi)] for n, dpi in dpis.items()])
    seconds = time.monotonic() - started
    return {n: {"text": (out / f"{n}.txt").read_text(encoding="utf-8") if (out / f"{n}.txt").exists() else ""}
            for n in dpis}, seconds


def ocrmypdf(folder, dpis, work):
    out = work / "ocrmypdf"
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    _pairwise([["ocrmypdf", "-l", "vie", "--rotate-pages", "--deskew", "--clean", "--jobs", "1", "--image-dpi",
                str(dpi), "--sidecar", str(out / f"{n}.txt"), "--output-type", "pdf", str(folder / n),
                str(out / f"{n}.pdf")] for n, dpi in dpis.items()])
    seconds = time.monotonic() - started
    return {n: {"text": (out / f"{n}.txt").read_text(encoding="utf-8") if (out / f"{n}.txt").exists() else ""}
            for n in dpis}, seconds
