"""The `legacy` family: the papers of scripts/lib/commune_forms.py (the generator sohoa's rules
were first tuned on), typeset with ReportLab as before and rasterised with Poppler, their text
recorded as it is drawn and put in reading order (side-by-side blocks left then right)."""
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import commune_forms
from scan_damage import rasterise

CENTRE = A4[0] / 2


class RecordingPage(commune_forms.FormPage):
    """A FormPage that remembers every text it draws with its extent."""

    def __init__(self, c, items):
        super().__init__(c)
        self.items = items

    def text(self, text, x, font="Serif", size=13, align="left"):
        super().text(text, x, font, size, align)
        width = self.c.stringWidth(text, font, size)
        left = x - width / 2 if align == "center" else x
        self.items.append((text, left, left + width, self.y))


def reading_order(items):
    """Rows top down; runs of rows without a full-width item are read left column then right."""
    rows = {}
    for text, x0, x1, y in items:
        rows.setdefault(round(y), []).append((x0, x1, text))
    out, band = [], []

    def flush():
        out.extend(t for side in ("L", "R") for x0, x1, t, s in band if s == side)
        band.clear()

    for y in sorted(rows, reverse=True):
        row = sorted(rows[y])
        sides = ["L" if x1 < CENTRE + 15 else "R" if x0 > CENTRE - 15 else "F" for x0, x1, _ in row]
        if "F" in sides:
            flush()
            out.extend(t for _, _, t in row)
        else:
            band.extend((x0, x1, t, s) for (x0, x1, t), s in zip(row, sides))
    flush()
    return [" ".join(t.split()) for t in out if t.strip()]


def commune_of(d):
    c = d["commune"]
    return {"parent": c.parent, "organ": c.ubnd_short, "place": c.name, "organ_title": f"UBND {c.kind} {c.name}",
            "seal": c.ubnd_long, "agency": c.agency, "clerk": d.get("clerk", "")}


def render(paper, d, dpi):
    """Typesets one legacy paper; returns ([(image, lines)], truth)."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "paper.pdf"
        c = canvas.Canvas(str(pdf), pagesize=A4)
        pages = []

        def new_page():
            if pages:
                c.showPage()
            pages.append([])
            return RecordingPage(c, pages[-1])

        commune, person, p = commune_of(d), d.get("applicant"), dict(d.get("procedure", {}))
        p["components"] = [name for name, _ in p.get("components", [])]
        subject = dict(d.get("subject", {}), notes=[d["paragraphs"][0]],
                       result_notes=[f"Nơi đăng ký: Ủy ban nhân dân xã {d['commune'].name}"])
        if paper == "receipt":
            truth = commune_forms.receipt(new_page(), commune, d["code"], person, p, d["received"], d["due"])
        elif paper == "declaration":
            truth = commune_forms.declaration(new_page(), commune, person, p, subject, d["signed"])
        elif paper == "result":
            number = f"{d['result_number']}/{p['notation']}" if p["notation"] else d["result_number"]
            truth = commune_forms.result(new_page(), commune, d["code"], person, p, subject, number, d["issued"],
                                         {"authority": d["signer"]["authority"], "name": d["signer"]["name"]})
        else:
            type_name, notation, subj = d["nd30_kind"]
            subj = [t.format(**d["fill"]) for t in subj]
            _, truth = commune_forms.decision(new_page, commune, f"{d['doc_number']}/{notation}", d["issued"],
                                              type_name if type_name != "CÔNG VĂN" else "THÔNG BÁO", subj,
                                              d["paragraphs"], {"authority": d["authority"], "name": d["signer"]})
        c.save()
        images = rasterise(pdf, dpi, colour=True)
    fields = truth["fields"]
    if paper == "declaration":  # the person the paper is about (see make-forms.py --help)
        fields["person_name"] = person["name"] if p["subject"] in ("self", "spouse") else subject["name"]
        fields["issued_date"] = d["signed"].isoformat()
    if paper == "result" and p.get("subject") == "spouse":
        fields["person_name"] = person["name"]
    if truth["type_label"] == "THÔNG BÁO" and d.get("nd30_kind", ("",))[0] == "CÔNG VĂN":
        truth["kind"] = "other"
    return [(img, reading_order(items)) for img, items in zip(images, pages)], truth
