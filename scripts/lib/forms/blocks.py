"""The blocks every paper is built of, drawn in a family's style onto a Sheet: the Nghị định 30
header (issuing body and number left, national title and place-date right), the centred title
of a form, label/value rows with their leaders, wrapped paragraphs, and the signature block with
its seal. Each records its text in reading order; each returns the y (mm) below it."""
from hand import Hand, scribble
from marks import seal
from people import month_text

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


class Pen:
    """A family's way of writing on one sheet: its fonts and sizes, and its writer's hand."""

    def __init__(self, sheet, fam, rng):
        self.s, self.fam, self.rng = sheet, fam, rng
        self.pt = fam.pt
        self.hand = Hand(rng, fam.hand_font, fam.writer_set, fam.ink)
        self.right = sheet.w - 15
        self.lx = fam.left + 30           # centre of the left header block
        self.rx = sheet.w - 15 - 48       # centre of the right header block
        self.cx = (fam.left + sheet.w - 15) / 2

    def lead(self):
        return self.pt * 0.3528 * 1.45  # line height in mm

    def hand_text(self, x, y, text, pt=None, align="left"):
        return self.hand.write(self.s, x, y, text, pt or self.pt * 1.05, align)

    # -- header ------------------------------------------------------------------------------
    def organ_lines(self, commune, body=None):
        """The left block's lines: the parent, then the issuing body (one line or two)."""
        if body:
            return [commune.ubnd_long if self.fam.organ_long else commune.ubnd_short], body
        parent = [commune.parent] if not self.fam.organ_long else [f"ỦY BAN NHÂN DÂN {commune.parent[5:]}"]
        if self.fam.organ_two_lines:
            return parent, ["ỦY BAN NHÂN DÂN", commune.caps]
        return parent, [commune.ubnd_long if self.fam.organ_long else commune.ubnd_short]

    def header(self, y, parent, body, number=None, place=None, date=None, hand_number=False, hand_day=False,
               extra_left=()):
        """Nghị định 30's two-column header. `number` is (printed prefix, value, printed suffix)
        e.g. ("Số: ", "575", "/UBND-KTTH"); with `hand_number` the value is written by hand in a
        blank. Returns the y below the header."""
        s, pt = self.s, min(self.pt, 13) * 0.95
        top = y
        title_w = s.width(NATIONAL_TITLE, "bold", pt)
        self.rx = min(self.rx, s.w - 8 - title_w / 2)
        room = (self.rx - title_w / 2 - 4) - 8  # the left block lives between the edge and the title
        self.lx = 8 + room / 2
        for text in parent:
            s.line(self.lx, y, text, "regular", self.fit(text, "regular", pt, room), "center")
            y += self.lead() * 0.9
        for text in body:
            s.line(self.lx, y, text, "bold", self.fit(text, "bold", pt, room), "center")
            y += self.lead() * 0.9
        s.rule(self.lx - 12, y - self.lead() * 0.55, self.lx + 12, y - self.lead() * 0.55, 0.3)
        y += 2
        if number:
            y = self.blank_line(self.lx, y, number, hand_number, pt, center=True) + self.lead()
        for text in extra_left:
            s.line(self.lx, y, text, "regular", self.fit(text, "regular", pt * 0.95, room), "center")
            y += self.lead()
        left_bottom = y
        y = top
        s.line(self.rx, y, NATIONAL_TITLE, "bold", pt, "center")
        y += self.lead() * 0.9
        x0, x1 = s.line(self.rx, y, MOTTO, "bold", pt * 1.05, "center")
        s.rule(x0, y + 1.2, x1, y + 1.2, 0.3)
        y += self.lead() + 2
        if date:
            y = self.date_line(self.rx, y, place, date, hand_day, "center") + self.lead()
        return max(y, left_bottom) + 6

    def fit(self, text, style, pt, room):
        """The size at which `text` fits in `room` mm (never under 70 % of `pt`)."""
        w = self.s.width(text, style, pt)
        return pt if w <= room else max(pt * 0.7, pt * room / w)

    def blank_line(self, x, y, parts, by_hand, pt, center=False):
        """A printed line with one blank, e.g. `Số: … /QĐ-UBND`; the value typed or handwritten."""
        s = self.s
        prefix, value, suffix = parts
        if not by_hand:
            s.line(x, y, f"{prefix}{value}{suffix}", "regular", pt, "center" if center else "left")
            return y
        gap = max(12, s.width(value, "regular", pt) + 6)
        total = s.width(prefix, "regular", pt) + gap + s.width(suffix, "regular", pt)
        left = x - total / 2 if center else x
        _, x1 = s.put(left, y, prefix, "regular", pt)
        self.hand_text(x1 + 1.5, y - 0.3, value)
        s.put(x1 + gap, y, suffix, "regular", pt)
        s.record(f"{prefix}{value} {suffix}")
        return y

    def date_line(self, x, y, place, d, hand_day, align="center", style="italic"):
        """`Tây Thuận, ngày 05 tháng 02 năm 2025`; with `hand_day` the day is written by hand
        into a blank (as written: `5` or `05`), and the truth keeps what was written."""
        s, pt = self.s, self.pt
        day = f"{d.day:02d}" if not hand_day or self.rng.random() < 0.6 else str(d.day)
        head = f"{place}, ngày " if place else "Ngày "
        tail = f" tháng {month_text(d)} năm {d.year}"
        if not hand_day:
            s.line(x, y, f"{head}{day}{tail}", style, pt, align)
            return y
        gap = 9
        total = s.width(head, style, pt) + gap + s.width(tail, style, pt)
        left = {"center": x - total / 2, "left": x, "right": x - total}[align]
        _, x1 = s.put(left, y, head, style, pt)
        self.hand_text(x1 + 1, y - 0.3, day)
        s.put(x1 + gap, y, tail, style, pt)
        s.record(f"{head}{day}{tail}")
        return y

    def form_header(self, y):
        """Forms (tờ khai, đơn, certificates) carry the national title centred."""
        s = self.s
        s.line(self.cx, y, NATIONAL_TITLE, "bold", self.pt, "center")
        y += self.lead() * 0.95
        x0, x1 = s.line(self.cx, y, MOTTO, "bold", self.pt * 1.05, "center")
        s.rule(x0, y + 1.2, x1, y + 1.2, 0.3)
        return y + self.lead() * 1.8

    def title(self, y, type_name, subject=(), pt=None):
        s = self.s
        s.line(self.cx, y, type_name, "bold", pt or self.pt * 1.2, "center")
        y += self.lead() * 1.1
        for text in subject:
            s.line(self.cx, y, text, "bold", self.pt, "center")
            y += self.lead()
        return y + 3

    # -- body --------------------------------------------------------------------------------
    def wrap(self, text, width, style="regular", pt=None):
        pt = pt or self.pt
        lines, current = [], ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if self.s.width(trial, style, pt) <= width or not current:
                current = trial
            else:
                lines.append(current)
                current = word
        return lines + ([current] if current else [])

    def paragraph(self, y, text, indent=8, style="regular", pt=None, x=None):
        x = self.fam.left if x is None else x
        for i, part in enumerate(self.wrap(text, self.right - x - indent, style, pt)):
            self.s.line(x + (indent if i == 0 else 0), y, part, style, pt or self.pt)
            y += self.lead()
        return y

    def value(self, x, y, text, pt=None):
        """A filled-in value in the family's manner; returns its right edge."""
        pt = pt or self.pt
        if self.fam.values == "hand":
            return self.hand_text(x, y - 0.4, text, pt * 1.05)
        return self.s.put(x, y, text, "bold" if self.fam.values == "bold" else "regular", pt)[1]

    def fields(self, y, items, x=None, end=None):
        """One printed line of label/value pairs (`[(label, value), …]`), each label followed by its
        leader up to the next label; recorded as one line `label: value label: value`."""
        s, fam = self.s, self.fam
        x = fam.left if x is None else x
        end = self.right if end is None else end
        if fam.leader == "cells":
            return self.cells(y, items, x, end)
        span = (end - x) / len(items)
        texts = []
        for i, (label, value) in enumerate(items):
            start = x + i * span
            _, lx = s.put(start, y, f"{label}:", "regular", self.pt)
            stop = start + span - 2 if i < len(items) - 1 else end
            vx = lx + 2
            if fam.leader == "dots":
                s.dots(lx + 1, stop, y + 0.2)
            elif fam.leader == "underline":
                s.rule(lx + 1, y + 0.9, stop, y + 0.9, 0.2)
            elif fam.leader == "ellipsis":
                dots = "…" * max(1, int((stop - lx - 1) / max(0.5, s.width("…", "regular", self.pt))))
                s.put(lx + 1, y, dots, "regular", self.pt)
                vx = lx + 3
            if value:
                self.value(vx, y - (1.2 if fam.leader in ("dots", "ellipsis") and fam.values == "hand" else 0),
                           value)
            texts.append(f"{label}: {value}".strip())
        s.record(" ".join(texts))
        return y + self.lead() * (1.15 if fam.values == "hand" else 1)

    def cells(self, y, items, x, end):
        """Label/value pairs in a ruled table row: label cell, value cell."""
        s = self.s
        h = self.lead() * 1.25
        y += self.lead() * 0.25
        top = y - h * 0.72
        span = (end - x) / len(items)
        texts = []
        for i, (label, value) in enumerate(items):
            x0 = x + i * span
            split = x0 + min(span * 0.48, s.width(label, "regular", self.pt) + 4)
            s.box(x0, top, x0 + span, top + h, 0.25)
            s.rule(split, top, split, top + h, 0.25)
            s.put(x0 + 1.5, y, label, "regular", self.pt)
            if value:
                self.value(split + 1.5, y, value)
            texts.append(f"{label} {value}".strip())
        s.record(" ".join(texts))
        return y + h

    # -- signatures --------------------------------------------------------------------------
    def signature(self, y, x, authority, name, commune_seal=None, note=None, rank=None, recipients=None):
        """The right signature block (TM./KT./TL. lines, signature, seal over its left third, the
        name in bold) and optionally `Nơi nhận:` on the left: left block first in the truth."""
        s, pt = self.s, self.pt
        top = y
        if recipients:
            s.line(self.fam.left, y, "Nơi nhận:", "bolditalic", pt * 0.9)
            for r in recipients:
                y += self.lead() * 0.85
                s.line(self.fam.left, y, r, "regular", pt * 0.8)
        y = top
        for text in authority:
            s.line(x, y, text, "bold", pt, "center")
            y += self.lead()
        if note:
            s.line(x, y, note, "italic", pt * 0.85, "center")
            y += self.lead()
        sign_y = y + 8
        scribble(s, self.rng, x + self.rng.uniform(-6, 4), sign_y, 28, (25, 45, 150) if self.rng.random() < 0.8
                 else (20, 20, 20))
        name_y = y + 24
        full = f"{rank} {name}" if rank else name
        s.line(x, name_y, full, "bold", pt * 1.02, "center")
        if commune_seal:
            seal(s, self.rng, x - s.width(full, "bold", pt) / 2 + self.rng.uniform(0, 6), sign_y + 2, commune_seal,
                 self.fam.seal_colour, self.fam.seal_radius, s.fonts["bold"])
        return name_y + self.lead()
