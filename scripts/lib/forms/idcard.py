"""Citizen ID cards (85.6 × 54 mm) photocopied front and back on an A4 sheet: the 2021 chip
`CĂN CƯỚC CÔNG DÂN` (QR on the front, residence on the front) and the 2024 `CĂN CƯỚC` (QR and
residence on the back); the back has the fingerprints, the issuing officer and the 3-line MRZ
(ICAO TD1: `IDVNM…`). The cards are drawn at real size; their text is 5–8 pt, as on a card."""
import unicodedata

from PIL import Image

from marks import qr, seal
from sheet import Sheet

CARD = (85.6, 54.0)
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def check_digit(text):
    values = [int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0) for c in text]
    return str(sum(v * w for v, w in zip(values, [7, 3, 1] * 20)) % 10)  # ICAO 9303: 7-3-1 over the whole field


def mrz(person, expiry):
    """The three 30-character lines of the card's machine-readable zone."""
    doc = person["cccd"][3:]
    line1 = f"IDVNM{doc}{check_digit(doc)}{person['cccd']}<<{check_digit(person['cccd'])}"
    born, sex = person["born"].strftime("%y%m%d"), "M" if person["male"] else "F"
    exp = expiry.strftime("%y%m%d")
    line2 = f"{born}{check_digit(born)}{sex}{exp}{check_digit(exp)}VNM" + "<" * 11
    line2 += check_digit(line1[5:30] + line2[0:7] + line2[8:15])
    bare = unicodedata.normalize("NFD", person["name"].replace("Đ", "D").replace("đ", "d"))
    parts = "".join(c for c in bare if unicodedata.category(c) != "Mn").upper().split()
    line3 = (parts[0] + "<<" + "<".join(parts[1:]))[:30].ljust(30, "<")
    return [line1[:30].ljust(30, "<"), line2[:30], line3]


def card_sheet(dpi):
    card = Sheet(dpi, "dejavu-sans", CARD)
    # the printed security background photocopies as a mid grey with fine waves
    d = card.draw
    d.rounded_rectangle([0, 0, card.img.width - 1, card.img.height - 1], radius=card.px(3), fill=(214, 214, 214),
                        outline=(90, 90, 90), width=max(1, card.px(0.3)))
    for k in range(0, card.img.height, max(3, card.px(1.3))):
        d.line([(x, k + int(card.px(0.6) * ((x // card.px(2)) % 2))) for x in range(0, card.img.width, card.px(2))],
               fill=(196, 196, 196), width=1)
    return card


def emblem(card, x, y, r):
    d = card.draw
    d.ellipse([card.px(x - r), card.px(y - r), card.px(x + r), card.px(y + r)], fill=(150, 150, 150),
              outline=(60, 60, 60), width=max(1, card.px(0.3)))


def photo(card, x, y, w, h):
    card.box(x, y, x + w, y + h, 0.2, fill=(120, 120, 120))
    card.draw.ellipse([card.px(x + w * 0.25), card.px(y + h * 0.12), card.px(x + w * 0.75), card.px(y + h * 0.6)],
                      fill=(70, 70, 70))


def front(dpi, person, model, expiry):
    c = card_sheet(dpi)
    emblem(c, 8, 8, 5.5)
    if model == "cccd":
        c.line(47, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bold", 5.6, "center")
        c.line(47, 7.6, "Độc lập - Tự do - Hạnh phúc", "bold", 5.6, "center")
        c.line(47, 10.2, "SOCIALIST REPUBLIC OF VIET NAM", "regular", 4.8, "center")
        c.line(47, 12.4, "Independence - Freedom - Happiness", "regular", 4.8, "center")
        c.line(47, 16.2, "CĂN CƯỚC CÔNG DÂN", "bold", 8.5, "center")
        c.line(47, 18.8, "Citizen Identity Card", "regular", 5.2, "center")
        qr(c, 70.5, 2, 14, f"{person['cccd']}|{person['cmnd']}|{person['name']}|{person['born']:%d%m%Y}|"
                          f"{person['sex']}|{person['address']}|{person['id_issued']:%d%m%Y}")
        photo(c, 3, 17, 18, 23)
        x = 24
        c.line(x, 23.5, f"Số / No.: {person['cccd']}", "bold", 7.2)
        c.line(x, 27, "Họ và tên / Full name:", "regular", 5.2)
        c.line(x + 2, 30, person["name"].upper(), "bold", 7)
        c.line(x, 33, f"Ngày sinh / Date of birth: {person['born']:%d/%m/%Y}", "regular", 5.2)
        c.line(x, 35.8, f"Giới tính / Sex: {person['sex']}   Quốc tịch / Nationality: Việt Nam", "regular", 5.2)
        c.line(x, 38.6, f"Quê quán / Place of origin: {person['origin'].split(',')[0]}", "regular", 5.2)
        c.line(x, 41, ", ".join(person["origin"].split(",")[1:]).strip(), "regular", 5.2)
        c.line(x, 43.8, f"Nơi thường trú / Place of residence: {person['address'].split(',')[0]}", "regular", 5.2)
        c.line(x, 46.2, ", ".join(person["address"].split(",")[1:]).strip(), "regular", 5.2)
        c.line(3, 44, f"Có giá trị đến: {expiry:%d/%m/%Y}", "italic", 4.2)
        c.line(3, 46, "Date of expiry", "italic", 4.2)
    else:
        c.line(47, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bold", 5.6, "center")
        c.line(47, 7.6, "SOCIALIST REPUBLIC OF VIET NAM", "regular", 4.8, "center")
        c.line(47, 12.4, "CĂN CƯỚC", "bold", 10, "center")
        c.line(47, 15.2, "IDENTITY CARD", "bold", 5.6, "center")
        photo(c, 3, 17, 19, 25)
        x = 25
        c.line(x, 20.5, "Số định danh cá nhân / Personal identification number", "regular", 4.6)
        c.line(x + 2, 24, person["cccd"], "bold", 8.5)
        c.line(x, 27.6, "Họ, chữ đệm và tên khai sinh / Full name", "regular", 4.6)
        c.line(x + 2, 30.8, person["name"].upper(), "bold", 7)
        c.line(x, 34.2, "Ngày, tháng, năm sinh / Date of birth", "regular", 4.6)
        c.line(x + 2, 37, f"{person['born']:%d/%m/%Y}", "bold", 6)
        c.line(x, 40.4, f"Giới tính / Sex: {person['sex']}", "regular", 4.8)
        c.line(x + 26, 40.4, "Quốc tịch / Nationality: Việt Nam", "regular", 4.8)
    return c


def back(dpi, person, model, expiry, rng):
    c = card_sheet(dpi)
    if model == "cccd":
        c.line(3, 5, "Đặc điểm nhân dạng / Personal identification:", "regular", 5)
        c.line(3, 7.6, person["mark"], "regular", 5)
        c.line(3, 11, f"Ngày, tháng, năm / Date, month, year: {person['id_issued']:%d/%m/%Y}", "regular", 5)
        c.line(24, 14.2, "CỤC TRƯỞNG CỤC CẢNH SÁT", "bold", 5, "center")
        c.line(24, 16.6, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "bold", 5, "center")
        seal(c, rng, 17, 22, "BỘ CÔNG AN", (90, 90, 90), 4.5, c.fonts["bold"])
        c.line(24, 28.5, person["officer"], "bold", 5.6, "center")
        labels = [("Ngón trỏ trái", "Left index finger"), ("Ngón trỏ phải", "Right index finger")]
    else:
        qr(c, 2, 2, 14, f"{person['cccd']}||{person['name']}|{person['born']:%d%m%Y}|{person['sex']}")
        c.line(18, 5, f"Nơi cư trú / Place of residence: {person['address'].split(',')[0]}", "regular", 4.8)
        c.line(18, 7.4, ", ".join(person["address"].split(",")[1:]).strip(), "regular", 4.8)
        c.line(18, 10.4, f"Nơi đăng ký khai sinh / Place of birth: {person['origin'].split(',')[0]}", "regular", 4.8)
        c.line(18, 13.4, f"Ngày, tháng, năm cấp / Date of issue: {person['id_issued']:%d/%m/%Y}", "regular", 4.8)
        c.line(18, 16.2, f"Ngày, tháng, năm hết hạn / Date of expiry: {expiry:%d/%m/%Y}", "regular", 4.8)
        c.line(24, 20, "BỘ CÔNG AN", "bold", 5.6, "center")
        c.line(24, 22.4, "MINISTRY OF PUBLIC SECURITY", "regular", 4.6, "center")
        seal(c, rng, 16, 26, "BỘ CÔNG AN", (90, 90, 90), 4.5, c.fonts["bold"])
        labels = [("Ngón trỏ trái", "Left index finger"), ("Ngón trỏ phải", "Right index finger")]
    for k, (vi, en) in enumerate(labels):
        x0 = 50 + k * 17.5
        c.box(x0, 10, x0 + 16, 30, 0.2)
        for r in range(1, 9):  # ridges
            c.draw.ellipse([c.px(x0 + 8 - r * 0.8), c.px(20 - r), c.px(x0 + 8 + r * 0.8), c.px(20 + r)],
                           outline=(80, 80, 80), width=1)
        c.line(x0 + 8, 32.2, vi, "regular", 4.2, "center")
        c.line(x0 + 8, 34.2, en, "regular", 3.8, "center")
    c.box(3, 19 if model == "cccd" else 30, 12, 26 if model == "cccd" else 37, 0.2, fill=(170, 160, 120))  # chip
    mono = {"regular": MONO}
    for i, text in enumerate(mrz(person, expiry)):
        c.fonts, saved = mono, c.fonts
        c.line(42.8, 42.5 + i * 4, text, "regular", 8.4, "center")
        c.fonts = saved
    return c


def card_page(pen, person, model, layout, y=None):
    """Pastes the front and back on the A4 sheet; records front then back. Returns the y below."""
    s, rng = pen.s, pen.rng
    age = person["id_issued"].year - person["born"].year
    expiry = person["born"].replace(year=person["born"].year + next(a for a in (25, 40, 60, 100) if a > age + 2))
    cards = [front(s.dpi, person, model, expiry), back(s.dpi, person, model, expiry, rng)]
    top = 25 if y is None else y
    positions = [(25, top), (25, top + 62)] if layout == "stacked" else [(12, top), (110, top)]
    for card, (x, yy) in zip(cards, positions):
        img = card.img.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True, fillcolor="white")
        s.img.paste(img, (s.px(x), s.px(yy)))
        s.lines.extend(card.lines)
    return positions[-1][1] + CARD[1] + 8 if layout == "stacked" else top + CARD[1] + 8


def id_copy(pen, d, person):
    """A photocopy of someone's card on A4: front and back, nothing else."""
    fam = pen.fam
    card_page(pen, person, fam.card, fam.cards, y=pen.rng.uniform(15, 40))
    label = "CĂN CƯỚC CÔNG DÂN" if fam.card == "cccd" else "CĂN CƯỚC"
    return {"kind": "id_copy", "type_label": label,
            "fields": {"person_name": person["name"], "citizen_ids": [person["cccd"]]}}

