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
