"""Typesets the papers of a commune one-stop desk with ReportLab: the receipt (Giấy tiếp nhận
hồ sơ và hẹn trả kết quả) with its QR code, declarations (tờ khai) filled in, results
(birth certificate, marital-status certificate, death extract, marriage certificate) and
commune decisions, with a red round seal over the signature. Each form returns the fields
an archivist would read from it, which are the truth of the extraction evaluation."""
import math

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color

from page_typesetter import HEIGHT, LEFT, MM, RIGHT, TOP, WIDTH, wrap

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SEAL_RED = Color(0.85, 0.1, 0.12, alpha=0.8)
CENTER = LEFT + (WIDTH - LEFT - RIGHT) / 2
LEFT_HEADER_X = LEFT + 55 * MM / 2 + 5
RIGHT_HEADER_X = WIDTH - RIGHT - 90 * MM / 2 + 5
SIGN_X = WIDTH - RIGHT - 40 * MM


class FormPage:
    """One page being written on a canvas, top down."""

    def __init__(self, canvas):
        self.c = canvas
        self.y = HEIGHT - TOP

    def text(self, text, x, font="Serif", size=13, align="left"):
        self.c.setFillColorRGB(0, 0, 0)
        self.c.setFont(font, size)
        if align == "center":
            self.c.drawCentredString(x, self.y, text)
        else:
            self.c.drawString(x, self.y, text)

    def line(self, text, font="Serif", size=13, x=LEFT, align="left", gap=1.45):
        self.text(text, x, font, size, align)
        self.y -= size * gap

    def wrapped(self, text, size=13, indent=0):
        for i, part in enumerate(wrap(text, "Serif", size, WIDTH - LEFT - RIGHT - indent)):
            self.line(part, size=size, x=LEFT + (indent if i == 0 else 0))

    def qr(self, payload, x=7 * MM, y=None, size=22 * MM):
        widget = QrCodeWidget(payload, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, self.c, x, (HEIGHT - 5 * MM - size) if y is None else y)

    def rule(self, x_centre, width, dy=-4):
        """The short solid rule Nghị định 30 puts under the issuing body, the motto and the summary."""
        self.c.setLineWidth(0.6)
        self.c.line(x_centre - width / 2, self.y - dy, x_centre + width / 2, self.y - dy)

    def seal(self, x, y, organ_line):
        """A red round seal of radius 17 mm centred at (x, y), its ring text the organ's name."""
        c = self.c
        c.saveState()
        c.setStrokeColor(SEAL_RED)
        c.setFillColor(SEAL_RED)
        radius = 17 * MM
        c.setLineWidth(2.2)
        c.circle(x, y, radius)
        c.setLineWidth(1)
        c.circle(x, y, radius - 6 * MM)
        c.setFont("Serif-Bold", 8)
        for i, ch in enumerate(organ_line):
            angle = math.pi * (0.9 - 1.8 * i / max(1, len(organ_line) - 1)) + math.pi / 2
            c.saveState()
            c.translate(x + (radius - 4 * MM) * math.cos(angle), y + (radius - 4 * MM) * math.sin(angle))
            c.rotate(math.degrees(angle) - 90)
            c.drawCentredString(0, 0, ch)
            c.restoreState()
        c.drawCentredString(x, y - 3, "★")
        c.restoreState()


def admin_header(page, organ_lines, number_line, place_date):
    """Nghị định 30/2020's header: issuing body and number left, national title and date right."""
    top = page.y
    for i, text in enumerate(organ_lines):
        bold = i == len(organ_lines) - 1
        page.line(text, "Serif-Bold" if bold else "Serif", 12.5, LEFT_HEADER_X, "center", gap=1.25)
    page.rule(LEFT_HEADER_X, 18 * MM, dy=-10)
    page.y -= 6
    if number_line:
        page.line(number_line, "Serif", 13, LEFT_HEADER_X, "center")
    left_bottom = page.y
    page.y = top
    page.line(NATIONAL_TITLE, "Serif-Bold", 12.5, RIGHT_HEADER_X, "center", gap=1.2)
    page.line(MOTTO, "Serif-Bold", 13.5, RIGHT_HEADER_X, "center", gap=1.2)
    page.rule(RIGHT_HEADER_X, 55 * MM, dy=-10)
    page.y -= 6
    if place_date:
        page.line(place_date, "Serif-Italic", 13, RIGHT_HEADER_X, "center")
    page.y = min(page.y, left_bottom) - 22


def form_header(page):
    """Forms (tờ khai) carry the national title centred and nothing left."""
    page.line(NATIONAL_TITLE, "Serif-Bold", 13, CENTER, "center", gap=1.2)
    page.line(MOTTO, "Serif-Bold", 13.5, CENTER, "center", gap=1.2)
    page.y -= 30


def title(page, type_name, subject_lines=()):
    page.line(type_name, "Serif-Bold", 15, CENTER, "center", gap=1.3)
    for text in subject_lines:
        page.line(text, "Serif-Bold", 13.5, CENTER, "center", gap=1.25)
    if subject_lines:
        page.rule(CENTER, 40 * MM, dy=-8)
    page.y -= 16


def signature(page, authority_lines, name, organ_seal=None, recipients=None):
    if page.y < 60 * MM:
        raise ValueError("no room left for the signature")
    top = page.y
    if recipients:
        page.line("Nơi nhận:", "Serif-Bold", 12, LEFT, gap=1.2)
        for r in recipients:
            page.line(r, "Serif", 11, LEFT, gap=1.2)
    page.y = top
    for text in authority_lines:
        page.line(text, "Serif-Bold", 13, SIGN_X, "center", gap=1.25)
    sign_top = page.y
    page.y -= 80
    page.line(name, "Serif-Bold", 13.5, SIGN_X, "center")
    # a handwritten-looking stroke in blue ink, then the seal over its left third
    c = page.c
    c.saveState()
    c.setStrokeColorRGB(0.1, 0.15, 0.6)
    c.setLineWidth(1.4)
    p = c.beginPath()
    p.moveTo(SIGN_X - 18 * MM, sign_top - 50)
    p.curveTo(SIGN_X - 5 * MM, sign_top - 15, SIGN_X + 2 * MM, sign_top - 68, SIGN_X + 20 * MM, sign_top - 35)
    c.drawPath(p)
    c.restoreState()
    if organ_seal:
        page.seal(SIGN_X - 22 * MM, sign_top - 36, organ_seal)


def vn_date_words(d):
    """`ngày 05 tháng 02 năm 2025`: leading zero for days below 10 and months 1-2 (Nghị định 30)."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def receipt(page, commune, dossier, person, procedure, received, due):
    qr_payload = (f"MaHoSo:{dossier}|MaTTHC:{procedure['code']}|SoDinhDanh:{person['cccd']}|"
                  f"TenGiayTo:GIAY TIEP NHAN HO SO VA HEN TRA KET QUA")
    page.qr(qr_payload)
    admin_header(page, [commune["parent"], commune["organ"]], f"Mã hồ sơ: {dossier}",
                 f"{commune['place']}, {vn_date_words(received)}")
    title(page, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
    page.wrapped(f"Bộ phận Tiếp nhận và Trả kết quả {commune['organ_title']} tiếp nhận hồ sơ của:")
    page.line(f"Ông/Bà: {person['name']}")
    page.line(f"Số định danh cá nhân: {person['cccd']}")
    page.wrapped(f"Địa chỉ: {person['address']}")
    page.line(f"Số điện thoại: {person['phone']}")
    page.wrapped(f"Tên thủ tục hành chính: {procedure['name']}")
    page.line(f"Mã thủ tục: {procedure['code']}")
    page.line("1. Thành phần hồ sơ nộp gồm:")
    for item in procedure["components"]:
        page.line(f"- {item}", x=LEFT + 20)
    page.line("2. Số lượng hồ sơ: 01 (bộ)")
    page.wrapped(f"3. Thời gian nhận hồ sơ: {received:%H} giờ {received:%M} phút, {vn_date_words(received)}")
    page.wrapped(f"4. Thời gian trả kết quả giải quyết hồ sơ: {vn_date_words(due)}")
    page.line("5. Đăng ký nhận kết quả tại: Bộ phận Một cửa")
    page.y -= 10
    top = page.y
    page.line("NGƯỜI NỘP HỒ SƠ", "Serif-Bold", 12.5, LEFT + 40 * MM, "center")
    page.y = top
    page.line("NGƯỜI TIẾP NHẬN HỒ SƠ", "Serif-Bold", 12.5, SIGN_X, "center")
    page.y -= 50
    top = page.y
    page.line(person["name"], "Serif-Bold", 13, LEFT + 40 * MM, "center")
    page.y = top
    page.line(commune["clerk"], "Serif-Bold", 13, SIGN_X, "center")
    return {"kind": "receipt", "type_label": "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
            "fields": {"organ_name": commune["organ"], "issued_date": received.date().isoformat(),
                       "person_name": person["name"], "citizen_ids": [person["cccd"]],
                       "dossier_code": dossier, "procedure_code": procedure["code"]}}


def declaration(page, commune, person, procedure, subject, signed):
    """A tờ khai: the requester, then the facts declared about `subject` (the child, the deceased…)."""
    form_header(page)
    title(page, procedure["declaration"])
    page.line(f"Kính gửi: Ủy ban nhân dân xã {commune['place']}")
    page.line(f"Họ, chữ đệm, tên người yêu cầu: {person['name']}")
    page.wrapped(f"Nơi cư trú: {person['address']}")
    page.line(f"Giấy tờ tùy thân: Căn cước công dân số {person['cccd']}")
    page.line(f"Quan hệ với người được đăng ký: {subject['relation']}")
    page.wrapped(f"Đề nghị cơ quan đăng ký {procedure['name'].lower()} cho người dưới đây:")
    page.line(f"Họ, chữ đệm, tên: {subject['name']}")
    page.line(f"Ngày, tháng, năm sinh: {subject['born']:%d/%m/%Y}")
    page.line(f"Giới tính: {subject['sex']}     Dân tộc: Kinh     Quốc tịch: Việt Nam")
    page.wrapped(f"Nơi cư trú: {person['address']}")
    for sentence in subject["notes"]:
        page.wrapped(sentence, indent=20)
    page.wrapped("Tôi cam đoan nội dung đề nghị đăng ký trên đây là đúng sự thật, được sự thỏa thuận nhất trí "
                 "của các bên liên quan và chịu trách nhiệm trước pháp luật về cam đoan của mình.", indent=20)
    page.y -= 8
    page.line(f"Làm tại: {commune['place']}, {vn_date_words(signed)}", "Serif-Italic", 13, SIGN_X - 10 * MM,
              "center")
    page.line("Người yêu cầu", "Serif-Bold", 13, SIGN_X, "center")
    page.y -= 45
    page.line(person["name"], "Serif-Bold", 13, SIGN_X, "center")
    ids = [person["cccd"]]
    # Whom the paper is about (make-forms' convention): the child or the deceased on birth and
    # death declarations, the requester on the others.
    about = subject if any(k in procedure["declaration"] for k in ("KHAI SINH", "KHAI TỬ")) else person
    return {"kind": "declaration", "type_label": procedure["declaration"],
            "fields": {"person_name": about["name"], "citizen_ids": ids, "procedure_code": procedure["code"],
                       "issued_date": signed.isoformat()}}


def result(page, commune, dossier, person, procedure, subject, number, issued, signer):
    qr_payload = (f"MaHoSo:{dossier}|MaTTHC:{procedure['code']}|SoDinhDanh:{person['cccd']}|"
                  f"TenGiayTo:{procedure['result']}")
    page.qr(qr_payload)
    admin_header(page, [commune["parent"], commune["organ"]], f"Số: {number}" if number else "",
                 f"{commune['place']}, {vn_date_words(issued)}")
    title(page, procedure["result"])
    page.line(f"Họ, chữ đệm, tên: {subject['name']}")
    page.line(f"Ngày, tháng, năm sinh: {subject['born']:%d/%m/%Y}")
    page.line(f"Giới tính: {subject['sex']}     Dân tộc: Kinh     Quốc tịch: Việt Nam")
    ids = []
    if subject.get("cccd"):
        page.line(f"Số định danh cá nhân: {subject['cccd']}")
        ids.append(subject["cccd"])
    page.wrapped(f"Nơi cư trú: {person['address']}")
    for sentence in subject["result_notes"]:
        page.wrapped(sentence, indent=20)
    page.line(f"Người yêu cầu: {person['name']}")
    page.line(f"Số định danh cá nhân người yêu cầu: {person['cccd']}")
    ids.append(person["cccd"])
    page.y -= 6
    signature(page, signer["authority"], signer["name"], organ_seal=commune["seal"])
    fields = {"organ_name": commune["organ"], "issued_date": issued.isoformat(), "person_name": subject["name"],
              "citizen_ids": ids, "dossier_code": dossier, "procedure_code": procedure["code"],
              "signer_name": signer["name"], "signer_position": signer["authority"][-1]}
    if number and "/" in number:
        fields["code_number"], fields["code_notation"] = number.split("/", 1)
    elif number:  # a register number without notation (Số: 129)
        fields["code_number"] = number
    return {"kind": "result", "type_label": procedure["result"], "fields": fields}


def decision(canvas_pages, commune, number, issued, type_name, subject_lines, paragraphs, signer):
    """A commune decision or announcement, one or more pages; `canvas_pages()` gives a new FormPage."""
    page = canvas_pages()
    admin_header(page, [commune["parent"], commune["organ"]], f"Số: {number}",
                 f"{commune['place']}, {vn_date_words(issued)}")
    title(page, type_name, subject_lines)
    pages = 1
    for text in paragraphs:
        for i, part in enumerate(wrap(text, "Serif", 13.5, WIDTH - LEFT - RIGHT - 28)):
            if page.y < 30 * MM:
                page = canvas_pages()
                pages += 1
            page.line(part, size=13.5, x=LEFT + (28 if i == 0 else 0), gap=1.3)
    if page.y < 62 * MM:
        page = canvas_pages()
        pages += 1
    signature(page, signer["authority"], signer["name"], organ_seal=commune["seal"],
              recipients=["- UBND huyện;", "- Như Điều 3;", "- Lưu: VT."])
    code_number, code_notation = number.split("/", 1)
    fields = {"organ_name": commune["organ"], "issued_date": issued.isoformat(), "code_number": code_number,
              "code_notation": code_notation, "subject": " ".join(subject_lines),
              "signer_name": signer["name"], "signer_position": signer["authority"][-1]}
    kind = "decision" if type_name == "QUYẾT ĐỊNH" else "other"
    return pages, {"kind": kind, "type_label": type_name, "fields": fields}
