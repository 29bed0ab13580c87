"""A certified copy (bản sao chứng thực, Nghị định 23/2015/NĐ-CP): a photocopy of a card with the
commune's certification stamped under it: `CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH`, `Số chứng thực:
630`, `Quyển số: 01/2025-SCT/BS`, the date, the signer, the seal. Some stamps carry the commune's
name on top; some have the number and the date left blank and written in by hand."""
from hand import scribble
from idcard import card_page
from marks import seal

TYPE = "CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH"


def certified_copy(pen, d, person):
    s, fam, c, rng = pen.s, pen.fam, d["commune"], pen.rng
    y = card_page(pen, person, fam.card, fam.cards, y=20)
    y = max(y + 6, 150)
    x0, x1 = fam.left + 10, pen.right - 10
    ink = (40, 40, 120) if fam.set == "dev" else (30, 30, 30)
    top = y
    y += 7
    organ = None
    if fam.organ_long or fam.name == "tt04-dots":
        organ = c.ubnd_long if fam.organ_long else c.ubnd_short
        s.line((x0 + x1) / 2, y, organ, "bold", pen.pt * 0.9, "center", fill=ink)
        y += pen.lead()
    s.line((x0 + x1) / 2, y, TYPE, "bold", pen.pt, "center", fill=ink)
    y += pen.lead() * 1.1
    number, book, day = str(d["cert_no"]), f"01/{d['cert_date'].year}-SCT/BS", d["cert_date"]
    by_hand = fam.hand_numbers >= 0.5
    if by_hand:
        _, xa = s.put(x0 + 4, y, "Số chứng thực:", "regular", pen.pt, fill=ink)
        pen.hand_text(xa + 2, y - 0.5, number)
        s.put(xa + 16, y, f"Quyển số: {book}", "regular", pen.pt, fill=ink)
        s.record(f"Số chứng thực: {number} Quyển số: {book}")
        y += pen.lead()
        _, xb = s.put(x0 + 4, y, "Ngày", "regular", pen.pt, fill=ink)
        written = f"{day:%d/%m}"
        pen.hand_text(xb + 2, y - 0.5, written)
        s.put(xb + 20, y, f"/{day.year}", "regular", pen.pt, fill=ink)
        s.record(f"Ngày {written} /{day.year}")
    else:
        s.line(x0 + 4, y, f"Số chứng thực: {number}   Quyển số: {book}", "regular", pen.pt, fill=ink)
        y += pen.lead()
        s.line(x0 + 4, y, f"Ngày {day:%d/%m/%Y}", "regular", pen.pt, fill=ink)
    y += pen.lead() * 1.2
    signer = d["cert_signer"]
    sx = (x0 + x1) / 2 + 25
    for text in signer["authority"]:
        s.line(sx, y, text, "bold", pen.pt * 0.95, "center", fill=ink)
        y += pen.lead() * 0.95
    scribble(s, rng, sx, y + 6, 24)
    s.line(sx, y + 18, signer["name"], "bold", pen.pt, "center", fill=ink)
    seal(s, rng, sx - 16, y + 8, c.ubnd_long, fam.seal_colour, fam.seal_radius, s.fonts["bold"])
    s.box(x0, top, x1, y + 22, 0.5, outline=ink)
    fields = {"code_number": number, "issued_date": day.isoformat(), "person_name": person["name"],
              "citizen_ids": [person["cccd"]], "signer_name": signer["name"],
              "signer_position": signer["authority"][-1]}
    if organ:
        fields["organ_name"] = organ
    return {"kind": "certification", "type_label": TYPE, "fields": fields}
