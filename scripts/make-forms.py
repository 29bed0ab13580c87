#!/usr/bin/python3
"""Makes scanned commune-desk papers laid out like the official forms, in template families,
with their truth, for the honest evaluations (scripts/eval-ocr --set forms, scripts/eval-extract).

  scripts/make-forms.py --out DIR [--families dev|heldout|all|NAME,…] [--seed S] [--dossiers N]
  scripts/make-forms.py --out DIR --pages N [--families …] [--seed S]      # a sample of single pages

Families (scripts/lib/forms/families.py assigns them to sets, in one place):
  dev      rules may be written against them:      legacy, tt04-dots, sans-hand
  heldout  never looked at by rule writers; scored only: termes-cells, heros-ellipsis, pagella-plain
A family is a way of laying out and filling the same papers: fonts (Liberation Serif, DejaVu Sans,
TeX Gyre Termes/Heros/Pagella) and sizes (11-14 pt), label wording (`Họ, chữ đệm, tên`, `Họ và tên`,
`Họ tên`…), leaders (dotted, ruled, ellipsis characters, table cells, none), typed or handwritten
values, the issuing body on one line or two, QR position, seal colour and size, CCCD card model.
Heldout families also use other communes and other hands (digits.png columns 75-99; dev 50-74;
columns 0-49 are reserved for training sohoa's digit classifier and never drawn here).

Papers: the receipt (Thông tư 01/2018 Mẫu 01), tờ khai (Thông tư 04/2020: khai sinh, kết hôn, khai
tử, xác nhận tình trạng hôn nhân), results (giấy khai sinh, trích lục khai tử, giấy xác nhận tình
trạng hôn nhân, giấy chứng nhận kết hôn), giấy chứng sinh, giấy báo tử, ĐƠN ĐỀ NGHỊ, CCCD/CĂN CƯỚC
card copies front and back on A4, certified copies with their chứng thực block, and Nghị định 30
documents (quyết định, công văn, tờ trình, báo cáo, thông báo, kế hoạch, chỉ thị; 1-3 pages).
Scans: 200 and 300 dpi; colour, grey, bilevel; photocopied components (uneven grey, speckle, toner
streaks); skew to 4°; pages upside down or sideways (card copies at any orientation); JPEG; a few
phone photos (perspective, uneven light, a table around the sheet).

--dossiers N: N dossiers per family (receipt, tờ khai, supporting paper, card copy plain or
certified, result) in batches of up to 3, with an archived document alone at the head of every
other batch; batches alternate between a PDF and a folder of page images. DIR/truth.json has per
batch its pages (file, kind of page, lines in reading order, rotation, dpi, mode) and documents
(batch pages, dossier code, kind, type_label, fields as `sohoa export --jsonl` names them).
--pages N: N single-page image files spread over families and kinds of page (DIR/pages/,
DIR/truth.json with each page's lines), for the OCR evaluation.

Truth conventions: lines in reading order (the header's left block, then its right block, then
top down; signature blocks left then right; a label and its value are one line; leader dots are
not text; values written by hand are truth). organ_name = the issuing body's lines under its
parent line, joined by a space (`ỦY BAN NHÂN DÂN` / `XÃ TÂY THUẬN` → `ỦY BAN NHÂN DÂN XÃ TÂY THUẬN`;
the receipt's `BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ`; certificates without a header block: the
`Nơi đăng ký` text). person_name = whom the paper is about: the child (birth papers), the
deceased (death papers), the applicant (receipt, đơn, marital status, both marriage papers),
the card holder (card copies, certified copies). signer_name without rank or title (`Trung tá`,
`BS.`); signer_position = the last position line. procedure_code on receipts when printed or in
the QR, and on tờ khai and results (their type names the procedure); dossier_code only where
printed or in a QR. Deterministic: the same seed gives the same pages.
"""
import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "lib"))
sys.path.insert(0, str(HERE / "lib" / "forms"))

from corpus_text import ud_sentences  # noqa: E402
from scan_damage import seeded  # noqa: E402

import dossier  # noqa: E402
import families  # noqa: E402
import scan  # noqa: E402
from people import People  # noqa: E402

ROOT = HERE.parent
SHARED = Path(os.environ.get("SOHOA_SHARED", ROOT.parent / "shared"))
CORPUS = Path(os.environ.get("SOHOA_CORPUS", SHARED / "corpus"))
PAGE_KINDS = ["receipt", "declaration", "result", "supporting", "id_copy", "certification", "nd30", "photo"]
PAPER_KIND = {"receipt": "receipt", "declaration": "declaration", "result": "result", "birth": "supporting",
              "death": "supporting", "letter": "supporting", "id_copy": "id_copy", "certified": "certification",
              "nd30": "nd30"}


def provinces():
    rows = (SHARED / "domain" / "cccd-province-codes.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [r.split("\t")[0] for r in rows if r.strip()]


def make_batches(out, fams, rng, people, sentences, per_family):
    truth = {"batches": []}
    number = 0
    for fam in fams:
        left = per_family
        sequence = 0
        while left > 0:
            number += 1
            count = min(3, left)
            left -= count
            profile = scan.batch_profile(rng, number)
            documents, pages = [], []
            if number % 2 == 1:
                d = dossier.archive_context(rng, people, fam, sentences)
                add(documents, pages, fam, "nd30", d, None, profile, rng)
            for _ in range(count):
                sequence += 1
                d = dossier.context(rng, people, fam, sentences, rng.randint(1, 9999))
                for paper in dossier.dossier_papers(fam, d, rng):
                    add(documents, pages, fam, paper, d, d["code"], profile, rng)
            name = f"batch-{number:02d}" + (".pdf" if profile["container"] == "pdf" else "")
            files = scan.write_batch(out / name, pages, profile)
            for page, file in zip(pages, files):
                page.pop("image")
                page["file"] = file
            truth["batches"].append({"file": name, "family": fam.name, "set": fam.set, "dpi": profile["dpi"],
                                     "mode": profile["mode"], "pages": len(pages), "page_truth": pages,
                                     "documents": documents})
            print(f"make-forms: {name} ({fam.name}, {len(pages)} pages)", file=sys.stderr)
    return truth


def add(documents, pages, fam, paper, d, code, profile, rng):
    rendered, doc = dossier.render(fam, paper, d, profile["dpi"], rng)
    first = len(pages) + 1
    for image, lines in rendered:
        scanned, meta = scan.scan_page(image, rng, profile, PAPER_KIND[paper])
        pages.append(dict(meta, image=scanned, page=len(pages) + 1, kind=PAPER_KIND[paper], family=fam.name,
                          set=fam.set, lines=lines))
    doc.update(pages=list(range(first, len(pages) + 1)), dossier_code=code, family=fam.name, set=fam.set)
    documents.append(doc)


def make_pages(out, fams, rng, people, sentences, count):
    """`count` single pages, alternating dev and heldout families and cycling over kinds of page."""
    (out / "pages").mkdir(parents=True, exist_ok=True)
    by_set = {s: [f for f in fams if f.set == s] for s in ("dev", "heldout")}
    sets = [s for s in ("dev", "heldout") if by_set[s]]
    truth = {"pages": {}}
    for i in range(count):
        j = i // len(sets)  # the j-th page of its set
        kind = PAGE_KINDS[j % len(PAGE_KINDS)]
        group = by_set[sets[i % len(sets)]]
        fam = group[(j + j // len(PAGE_KINDS)) % len(group)]
        paper_kind = kind if kind != "photo" else rng.choice(["declaration", "supporting", "id_copy", "result"])
        if fam.name == "legacy" and paper_kind not in ("receipt", "declaration", "result", "nd30"):
            fam = next(f for f in group if f.name != "legacy")
        paper, d = pick_paper(fam, paper_kind, rng, people, sentences)
        profile = scan.page_profile(rng, i, photo=kind == "photo")
        rendered, _ = dossier.render(fam, paper, d, profile["dpi"], rng)
        image, lines = rendered[rng.randrange(len(rendered))]
        scanned, meta = scan.scan_page(image, rng, profile, PAPER_KIND[paper])
        name = f"{i + 1:03d}-{fam.name}-{kind}{meta['ext']}"
        scan.save_page(scanned, out / "pages" / name, meta)
        truth["pages"][name] = dict(meta, kind=kind, paper=paper, family=fam.name, set=fam.set, lines=lines)
    return truth


def pick_paper(fam, kind, rng, people, sentences):
    if kind == "nd30":
        return "nd30", dossier.archive_context(rng, people, fam, sentences)
    while True:
        d = dossier.context(rng, people, fam, sentences, rng.randint(1, 9999))
        if kind == "supporting":
            if d["procedure"]["support"]:
                return d["procedure"]["support"], d
        elif kind == "certification":
            return "certified", d
        else:
            return kind, d


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--families", default="all", help="dev, heldout, all or names (default all)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--dossiers", type=int, default=2, help="dossiers per family (default 2)")
    parser.add_argument("--pages", type=int, help="make N single pages instead of batches")
    args = parser.parse_args()
    try:
        fams = families.select(args.families)
    except ValueError as e:
        parser.error(str(e))
    if not CORPUS.is_dir():
        sys.exit(f"make-forms: corpus not found at {CORPUS} (set SOHOA_SHARED)")
    rng = seeded(args.seed)
    people = People(rng, provinces())
    sentences = [s for s in ud_sentences(CORPUS / "ud-vietnamese-vtb" / "vi_vtb-ud-test.sentences.txt")
                 if 40 < len(s) < 160]
    args.out.mkdir(parents=True, exist_ok=True)
    if args.pages:
        truth = make_pages(args.out, fams, rng, people, sentences, args.pages)
    else:
        truth = make_batches(args.out, fams, rng, people, sentences, args.dossiers)
    truth.update(seed=args.seed, families={f.name: {"set": f.set, "about": f.about} for f in fams})
    (args.out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, default=str),
                                         encoding="utf-8")
    print(f"make-forms: wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
