"""What is stamped or printed on a paper besides its text: the QR code of the national
platform's result sheets (TCVN 7322 / ISO/IEC 18004, with reportlab's encoder), the red round
seal of the issuing body over the signer's name, the square rubber stamp of a certified copy."""
import math

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.graphics.barcode import qrencoder

from sheet import font


def qr(sheet, x, y, size, payload):
    """A QR code with its top left at (x, y) mm, `size` mm wide including the quiet zone."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    n = code.getModuleCount()
    module = sheet.px(size) / (n + 8)
    x0, y0 = sheet.px(x) + 4 * module, sheet.px(y) + 4 * module
    for r in range(n):
        for c in range(n):
            if code.isDark(r, c):
                sheet.draw.rectangle([x0 + c * module, y0 + r * module, x0 + (c + 1) * module - 1,
                                      y0 + (r + 1) * module - 1], fill=(0, 0, 0))


def seal(sheet, rng, cx, cy, ring_text, colour=(205, 30, 40), radius=17.0, font_path=None, centre_text=None):
    """A round seal centred at (cx, cy) mm, inked over whatever is below (multiplied, as ink is):
    black text stays black under it, paper turns red. Ink is uneven: some of it is missing."""
    size = sheet.px(2 * radius + 4)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c, r = size / 2, sheet.px(radius)
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=max(2, sheet.px(0.8)))
    r2 = r - sheet.px(5.5)
    d.ellipse([c - r2, c - r2, c + r2, c + r2], outline=255, width=max(1, sheet.px(0.35)))
    f = font(font_path, max(6, sheet.px(2.6)))
    n = len(ring_text)
    for i, ch in enumerate(ring_text):
        angle = math.pi * (1.15 + 1.7 * i / max(1, n - 1))  # clockwise from lower left over the top
        glyph = Image.new("L", (sheet.px(4), sheet.px(4)), 0)
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BILINEAR)
        gx = c + (r - sheet.px(2.9)) * math.cos(angle) - glyph.width / 2
        gy = c + (r - sheet.px(2.9)) * math.sin(angle) - glyph.height / 2
        layer.paste(255, (int(gx), int(gy)), glyph)
    star = [(c + sheet.px(3.5 if k % 2 == 0 else 1.4) * math.cos(math.pi * (k / 5 - 0.5)),
             c + sheet.px(3.5 if k % 2 == 0 else 1.4) * math.sin(math.pi * (k / 5 - 0.5))) for k in range(10)]
    d.polygon(star, fill=255)
    if centre_text:
        d.text((c, c + sheet.px(6)), centre_text, font=font(font_path, max(6, sheet.px(2.2))), fill=255, anchor="mm")
    # uneven ink: a random field of holes and a softer edge
    field = np.random.default_rng(rng.randrange(1 << 30)).normal(128, 90, (size, size))
    noise = Image.fromarray(np.clip(field, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(sheet.px(0.4)))
    layer = ImageChops.multiply(layer, noise.point(lambda v: 255 if v > 95 else int(v * 1.8)))
    layer = layer.rotate(rng.uniform(-40, 40), resample=Image.BILINEAR)
    strength = rng.uniform(0.75, 0.95)
    tint = Image.new("RGB", (size, size), "white")
    ink = Image.new("RGB", (size, size), colour)
    tint.paste(ink, (0, 0), layer.point(lambda v: int(v * strength)))
    box = (sheet.px(cx) - size // 2, sheet.px(cy) - size // 2)
    region = sheet.img.crop((box[0], box[1], box[0] + size, box[1] + size))
    sheet.img.paste(ImageChops.multiply(region, tint), box)
