"""Turns clean rendered pages into what an office scanner makes of paper: skew, noise,
blur, grey or colour paper tone, JPEG compression, bilevel thresholding."""
import random
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter


def rasterise(pdf, dpi, colour=False):
    """Pages of a PDF as PIL images at `dpi` (Poppler's pdftoppm)."""
    with tempfile.TemporaryDirectory() as tmp:
        mode = [] if colour else ["-gray"]
        subprocess.run(["pdftoppm", "-r", str(dpi), *mode, "-png", str(pdf), f"{tmp}/p"], check=True)
        return [Image.open(p).copy() for p in sorted(Path(tmp).glob("p-*.png"))]


def damage(page, rng, skew=0.0, noise=6.0, blur=0.5, paper=(250, 247, 240)):
    """A scanned-looking copy of `page` (mode L or RGB)."""
    colour = page.mode == "RGB"
    if skew:
        page = page.rotate(skew, resample=Image.BICUBIC, expand=False,
                           fillcolor=paper if colour else 255)
    if blur:
        page = page.filter(ImageFilter.GaussianBlur(blur))
    pixels = np.asarray(page).astype(np.float32)
    if colour:
        tint = np.array(paper, dtype=np.float32) / 255.0
        pixels = pixels * tint
    else:
        pixels = pixels * (paper[0] / 255.0)
    generator = np.random.default_rng(rng.randrange(1 << 30))
    pixels += generator.normal(0, noise, pixels.shape)
    pixels = np.clip(pixels, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "RGB" if colour else "L")


def bilevel(page, threshold=150):
    return page.convert("L").point(lambda v: 255 if v > threshold else 0, mode="1")


def seeded(seed):
    return random.Random(seed)


def photocopy(page, rng, strength=1.0):
    """A grey office photocopy: uneven grey paper (darker towards one side and in blotches),
    toner speckle, a streak or two along the paper's travel, text pushed darker. Returns L."""
    g = np.random.default_rng(rng.randrange(1 << 30))
    pixels = np.asarray(page.convert("L")).astype(np.float32)
    h, w = pixels.shape
    low = g.normal(0, 1, (8, 6))
    field = np.asarray(Image.fromarray(((low - low.min()) / (np.ptp(low) + 1e-6) * 255).astype(np.uint8))
                       .resize((w, h), Image.BICUBIC)).astype(np.float32) / 255
    ramp = np.linspace(0, 1, w)[None, :] if rng.random() < 0.5 else np.linspace(0, 1, h)[:, None]
    tone = 1 - strength * (rng.uniform(0.08, 0.2) * field + rng.uniform(0.05, 0.18) * ramp)
    out = np.minimum(pixels * 0.9 + 0, 255) * tone
    out = np.where(pixels < 140, pixels * 0.55, out)  # toner: dark stays darker
    for _ in range(rng.randint(0, 3)):  # streaks
        x = rng.randrange(w)
        out[:, x:x + rng.randint(1, 4)] *= rng.uniform(0.6, 0.85)
    speckle = g.random((h, w)) < 0.0008 * strength
    out[speckle] = g.uniform(0, 90, speckle.sum())
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")


def phone_photo(page, rng):
    """A phone photo of the sheet: the paper a little turned and in perspective on a darker
    table, light falling off to one corner, slight blur; colour."""
    page = page.convert("RGB")
    w, h = page.size
    W, H = int(w * 1.18), int(h * 1.12)
    g = np.random.default_rng(rng.randrange(1 << 30))
    table = np.ones((H, W, 3), np.float32) * np.array([rng.randint(60, 120), rng.randint(50, 90),
                                                        rng.randint(40, 70)], np.float32)
    table += g.normal(0, 6, table.shape)
    ox, oy = (W - w) / 2, (H - h) / 2
    j = lambda s: rng.uniform(-s, s) * w  # noqa: E731
    corners = [(ox + j(0.04), oy + j(0.03)), (ox + w + j(0.04), oy + j(0.03)),
               (ox + w + j(0.02), oy + h + j(0.02)), (ox + j(0.02), oy + h + j(0.02))]
    coeffs = _perspective(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)
    base = Image.fromarray(np.clip(table, 0, 255).astype(np.uint8), "RGB")
    base.paste(warped, (0, 0), mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    light = 1 - 0.35 * np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(W, H)
    warm = np.array([1.0, 0.97, 0.9], np.float32)
    out = np.asarray(base).astype(np.float32) * light[..., None] * warm
    out += g.normal(0, 3, out.shape)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.7))


def _perspective(dst, src):
    """Coefficients for PIL's PERSPECTIVE transform mapping output points `dst` to input `src`."""
    rows = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, np.float64)
    b = np.array([c for pair in src for c in pair], np.float64)
    return np.linalg.solve(a, b).tolist()
