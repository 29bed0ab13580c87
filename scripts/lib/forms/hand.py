"""Writing by hand into the blanks of a paper.

Digits come from OpenCV's `digits.png` (Debian `opencv-doc`: 5,000 handwritten digits of 20×20
pixels, 500 per digit in blocks of 5 rows × 100 columns). ONLY THE SECOND HALF of each digit's
samples (columns 50–99) is ever used here: the first half (columns 0–49) is reserved for training
sohoa's handwritten digit classifier, and the two must never meet. Within the second half, the
dev families write with columns 50–74 and the heldout families with columns 75–99, so that no
single hand is shared between the sets either.

Letters come from a font with Vietnamese glyphs drawn one character at a time with a jittered
size, slant, baseline and stroke weight (no handwriting font in Debian covers ư, ơ, đ and the
stacked marks; Andika Italic and TeX Gyre Chorus do, and jittered they read as a careful hand)."""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sheet import font

DIGITS_PNG = "/usr/share/doc/opencv-doc/examples/data/digits.png"
HELD_OUT_COLUMNS = range(0, 50)  # reserved for sohoa's classifier: never drawn from here
WRITER_COLUMNS = {"dev": range(50, 75), "heldout": range(75, 100)}
INKS = {"blue": (25, 45, 150), "black": (25, 25, 30), "violet": (70, 40, 140)}
_digits = None


def digit_samples():
    global _digits
    if _digits is None:
        _digits = np.asarray(Image.open(DIGITS_PNG).convert("L"))
    return _digits


def digit_image(digit, row, column):
    """The 20×20 sample of `digit` in row 0–4 of its block, column 50–99, white on black."""
    assert column >= 50 and column not in HELD_OUT_COLUMNS, "the first half of digits.png is the classifier's"
    row = 5 * digit + row
    cells = digit_samples()
    return cells[row * 20:(row + 1) * 20, column * 20:(column + 1) * 20]


class Hand:
    """One writer: a font for letters, a set of digit samples, an ink, a size and a slant."""

    def __init__(self, rng, font_path, digit_set, ink="blue"):
        self.rng = rng
        self.font_path = font_path
        columns = list(WRITER_COLUMNS[digit_set])
        self.columns = rng.sample(columns, 8)  # this writer's own way of writing each digit
        self.ink = INKS[ink]
        self.slant = rng.uniform(-8, 2)
        self.scale = rng.uniform(0.95, 1.15)
        self.heavy = rng.random() < 0.4  # a broad pen

    def write(self, sheet, x, y, text, pt=13, align="left"):
        """Writes `text` with its baseline near y (mm); returns the right edge in mm."""
        mask = self.render(sheet, text, pt)
        w_mm = sheet.mm(mask.width)
        left = {"left": x, "center": x - w_mm / 2, "right": x - w_mm}[align]
        top = sheet.px(y) - int(mask.height * 0.78)
        ink = Image.new("RGB", mask.size, self.ink)
        sheet.img.paste(ink, (sheet.px(left), top), mask)
        return left + w_mm

    def render(self, sheet, text, pt):
        """The coverage mask of the written text (L, 0 = paper)."""
        size = sheet.px(pt * 25.4 / 72 * self.scale)
        height = int(size * 1.6)
        pieces, x = [], 0
        for ch in text:
            if ch == " ":
                x += int(size * self.rng.uniform(0.3, 0.45))
                continue
            glyph = self.digit(ch, size) if ch.isdigit() else self.letter(ch, size)
            dy = int(self.rng.gauss(0, size * 0.04))
            pieces.append((glyph, x - glyph.info.get("left", 0), dy))
            x += glyph.info.get("advance", glyph.width) + int(size * self.rng.uniform(-0.03, 0.05))
        canvas = Image.new("L", (max(1, x + size // 2), height), 0)
        for glyph, gx, dy in pieces:
            gy = int(height * 0.78) - glyph.info["baseline"] + dy
            canvas.paste(255, (gx, gy), glyph)
        return canvas.transform(canvas.size, Image.AFFINE, (1, math.tan(math.radians(self.slant)), 0, 0, 1, 0),
                                resample=Image.BILINEAR)

    def letter(self, ch, size):
        s = int(size * self.rng.uniform(0.92, 1.08))
        f = font(self.font_path, s)
        left, top, right, bottom = f.getbbox(ch, anchor="ls")
        img = Image.new("L", (right - left + 4, bottom - top + 4), 0)
        ImageDraw.Draw(img).text((2 - left, 2 - top), ch, font=f, fill=255, anchor="ls")
        if self.heavy and size > 40:
            img = img.filter(ImageFilter.MaxFilter(3))
        grown = img.rotate(self.rng.uniform(-4, 4), resample=Image.BILINEAR, expand=True)
        grown.info["baseline"] = 2 - top + (grown.height - img.height) // 2
        grown.info["left"] = 2 + (grown.width - img.width) // 2 - max(0, left)
        grown.info["advance"] = int(f.getlength(ch))
        return grown

    def digit(self, ch, size):
        sample = digit_image(int(ch), self.rng.randrange(5), self.rng.choice(self.columns))
        ys, xs = np.nonzero(sample > 40)
        crop = sample[ys.min():ys.max() + 1, xs.min():xs.max() + 1]
        h = int(size * self.rng.uniform(0.72, 0.85))
        w = max(2, int(crop.shape[1] * h / crop.shape[0]))
        img = Image.fromarray(crop).resize((w, h), Image.BICUBIC).filter(ImageFilter.GaussianBlur(h / 40))
        img = img.point(lambda v: 255 if v > 110 else (v * 2 if v > 60 else 0))
        img = img.rotate(self.rng.uniform(-5, 5), resample=Image.BILINEAR, expand=True)
        img.info["baseline"] = img.height - max(0, (img.height - h) // 2)
        return img


def scribble(sheet, rng, x, y, width=30, ink=(25, 45, 150)):
    """A signature: a few fast looping strokes around (x, y), no legible text (not recorded)."""
    pts = []
    n = rng.randint(3, 5)
    for i in range(n * 12):
        t = i / (n * 12)
        pts.append((x - width / 2 + width * t + 3 * math.sin(t * n * 6.3 + rng.random()),
                    y + 4 * math.sin(t * n * 3.1) * rng.uniform(0.6, 1.2) - 3 * t))
    sheet.draw.line([(sheet.px(a), sheet.px(b)) for a, b in pts], fill=ink, width=max(1, sheet.px(0.35)),
                    joint="curve")
