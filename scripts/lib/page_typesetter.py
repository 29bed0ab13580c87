"""Typesets administrative documents laid out as Nghị định 30/2020 Phụ lục I describes
(issuing body top left, national title top right, type name, summary, body, signature
block) with ReportLab and Liberation Serif, and records the text of every page as truth."""
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = "/usr/share/fonts/truetype/liberation2"
for name, file in [("Serif", "LiberationSerif-Regular.ttf"), ("Serif-Bold", "LiberationSerif-Bold.ttf"),
                   ("Serif-Italic", "LiberationSerif-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{file}"))

MM = 72 / 25.4
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, 20 * MM, 20 * MM, 20 * MM
WIDTH, HEIGHT = A4


@dataclass
class AdminDocument:
    organ_parent: str
    organ: str
    number: str
    place_date: str
    type_name: str
    subject: list
    paragraphs: list
    signer_authority: str = "TM. ỦY BAN NHÂN DÂN"
    signer_position: str = "CHỦ TỊCH"
    signer_name: str = "Nguyễn Văn An"
    recipients: list = field(default_factory=lambda: ["- UBND huyện;", "- Lưu: VT."])


def wrap(text, font, size, width):
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if pdfmetrics.stringWidth(trial, font, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


class Typesetter:
    """Writes pages to a PDF and keeps, per page, the text lines in reading order."""

    def __init__(self, path, max_pages=None):
        self.canvas = canvas.Canvas(str(path), pagesize=A4)
        self.canvas.setTitle("sohoa sample")
        self.pages = [[]]
        self.max_pages = max_pages
        self.y = HEIGHT - TOP

    def _line(self, text, font, size, x, align="left", record=True):
        self.canvas.setFont(font, size)
        if align == "center":
            self.canvas.drawCentredString(x, self.y, text)
        else:
            self.canvas.drawString(x, self.y, text)
        if record:
            self.pages[-1].append(text)

    def full(self):
        return self.max_pages is not None and len(self.pages) >= self.max_pages and self.y < BOTTOM + 20

    def new_page(self):
        self.canvas.showPage()
        self.pages.append([])
        self.y = HEIGHT - TOP

    def header(self, doc):
        left_x, right_x = LEFT + 55 * MM / 2 + 5, WIDTH - RIGHT - 90 * MM / 2 + 5
        top = self.y
        for text, font in [(doc.organ_parent, "Serif"), (doc.organ, "Serif-Bold")]:
            self._line(text, font, 12.5, left_x, "center")
            self.y -= 15
        self.y -= 6
        self._line(doc.number, "Serif", 13, left_x, "center")
        self.y = top
        for text, font, size in [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Serif-Bold", 12.5),
                                 ("Độc lập - Tự do - Hạnh phúc", "Serif-Bold", 13.5)]:
            self._line(text, font, size, right_x, "center")
            self.y -= 15
        self.y -= 6
        self._line(doc.place_date, "Serif-Italic", 13, right_x, "center")
        self.y -= 40
        center = LEFT + (WIDTH - LEFT - RIGHT) / 2
        self._line(doc.type_name, "Serif-Bold", 14.5, center, "center")
        self.y -= 17
        for line in doc.subject:
            self._line(line, "Serif-Bold", 13.5, center, "center")
            self.y -= 16
        self.y -= 14

    def paragraph(self, text, size=13.5):
        width = WIDTH - LEFT - RIGHT
        for i, line in enumerate(wrap(text, "Serif", size, width - 28)):
            if self.y < BOTTOM + size:
                if self.max_pages is not None and len(self.pages) >= self.max_pages:
                    return False
                self.new_page()
            self._line(line, "Serif", size, LEFT + (28 if i == 0 else 0))
            self.y -= size * 1.3
        self.y -= 5
        return True

    def signature(self, doc):
        if self.y < BOTTOM + 130:
            self.new_page()
        self.y -= 10
        top = self.y
        self.canvas.setFont("Serif-Bold", 12)
        self._line("Nơi nhận:", "Serif-Bold", 12, LEFT)
        for r in doc.recipients:
            self.y -= 14
            self._line(r, "Serif", 11, LEFT)
        self.y = top
        sign_x = WIDTH - RIGHT - 40 * MM
        for text in [doc.signer_authority, doc.signer_position]:
            self._line(text, "Serif-Bold", 13, sign_x, "center")
            self.y -= 16
        self.y -= 60
        self._line(doc.signer_name, "Serif-Bold", 13.5, sign_x, "center")

    def document(self, doc, sign=True):
        self.header(doc)
        for text in doc.paragraphs:
            if not self.paragraph(text):
                sign = False
                break
        if sign:
            self.signature(doc)

    def save(self):
        self.canvas.save()
        return ["\n".join(lines) + "\n" for lines in self.pages]
