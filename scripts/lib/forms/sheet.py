"""A sheet of paper drawn at scan resolution with Pillow, measured in millimetres from the top
left, that keeps the truth of what was written on it: `lines`, in reading order. Reading order
is the order the paper modules call `line`/`record` (header left block, right block, then top
down; signature blocks left then right), so it is written down by whoever lays the paper out,
not guessed back from the pixels. Leader dots and rules are ink but not text: never recorded."""
from PIL import Image, ImageDraw, ImageFont

A4 = (210.0, 297.0)
TEXGYRE = "/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyre"
FONT_SETS = {
    "liberation-serif": {s: f"/usr/share/fonts/truetype/liberation2/LiberationSerif-{f}.ttf" for s, f in
                         [("regular", "Regular"), ("bold", "Bold"), ("italic", "Italic"), ("bolditalic", "BoldItalic")]},
    "dejavu-sans": {s: f"/usr/share/fonts/truetype/dejavu/DejaVuSans{f}.ttf" for s, f in
                    [("regular", ""), ("bold", "-Bold"), ("italic", "-Oblique"), ("bolditalic", "-BoldOblique")]},
    "noto-serif": {s: f"/usr/share/fonts/truetype/noto/NotoSerif-{f}.ttf" for s, f in
                   [("regular", "Regular"), ("bold", "Bold"), ("italic", "Italic"), ("bolditalic", "BoldItalic")]},
    "noto-sans": {s: f"/usr/share/fonts/truetype/noto/NotoSans-{f}.ttf" for s, f in
                  [("regular", "Regular"), ("bold", "Bold"), ("italic", "Italic"), ("bolditalic", "BoldItalic")]},
}
for _name in ("termes", "heros", "pagella", "schola", "bonum"):
    FONT_SETS[_name] = {s: f"{TEXGYRE}{_name}-{s}.otf" for s in ("regular", "bold", "italic", "bolditalic")}

_font_cache = {}


def font(path, size_px):
    key = (path, size_px)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, size_px)
    return _font_cache[key]


class Sheet:
    """One page: `img` (RGB), `lines` (the truth), drawing helpers in millimetres and points."""

    def __init__(self, dpi, fonts="liberation-serif", size_mm=A4):
        self.dpi = dpi
        self.w, self.h = size_mm
        self.img = Image.new("RGB", (self.px(self.w), self.px(self.h)), "white")
        self.draw = ImageDraw.Draw(self.img)
        self.fonts = FONT_SETS[fonts] if isinstance(fonts, str) else fonts
        self.lines = []

    def px(self, mm):
        return int(round(mm * self.dpi / 25.4))

    def mm(self, px):
        return px * 25.4 / self.dpi

    def font(self, style="regular", pt=13):
        return font(self.fonts[style], max(6, int(round(pt * self.dpi / 72))))

    def width(self, text, style="regular", pt=13):
        return self.mm(self.font(style, pt).getlength(text))

    def put(self, x, y, text, style="regular", pt=13, align="left", fill=(0, 0, 0)):
        """Draws `text` with its baseline at y; `x` is its left edge, centre or right edge by `align`.
        Returns the left and right edges in mm."""
        w = self.width(text, style, pt)
        left = {"left": x, "center": x - w / 2, "right": x - w}[align]
        self.draw.text((self.px(left), self.px(y)), text, font=self.font(style, pt), fill=fill, anchor="ls")
        return left, left + w

    def line(self, x, y, text, style="regular", pt=13, align="left", fill=(0, 0, 0)):
        """Draws a whole line of text and records it."""
        self.record(text)
        return self.put(x, y, text, style, pt, align, fill)

    def record(self, text):
        text = " ".join(text.split())
        if text:
            self.lines.append(text)

    def rule(self, x0, y0, x1, y1, width=0.25, fill=(0, 0, 0)):
        self.draw.line([(self.px(x0), self.px(y0)), (self.px(x1), self.px(y1))], fill=fill,
                       width=max(1, self.px(width)))

    def box(self, x0, y0, x1, y1, width=0.25, fill=None, outline=(0, 0, 0)):
        self.draw.rectangle([self.px(x0), self.px(y0), self.px(x1), self.px(y1)], fill=fill, outline=outline,
                            width=max(1, self.px(width)))

    def dots(self, x0, x1, y, pitch=1.0, size=0.22):
        """A dotted leader on the baseline from x0 to x1, as the Thông tư 04/2020 forms print them."""
        r = max(0.5, self.px(size) / 2)
        x = x0
        while x < x1:
            cx, cy = self.px(x), self.px(y)
            self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(0, 0, 0))
            x += pitch
