"""How a page reaches sohoa: the scanner settings of a batch (dpi, colour mode, PDF or a folder
of images) and what happens to each sheet on the way (photocopied components, skew, pages put
in upside down or sideways — card copies at any orientation —, phone photos, JPEG)."""


from scan_damage import bilevel, damage, phone_photo, photocopy

COPIED = ("id_copy", "certification", "supporting")


def batch_profile(rng, number):
    return {"dpi": 300 if number % 2 else 200, "mode": rng.choice(["colour", "grey", "bilevel"]),
            "container": "pdf" if number % 2 else "folder", "photo_share": 0.06}


def page_profile(rng, i, photo=False):
    return {"dpi": (300, 200)[i % 2], "mode": "colour" if photo else ("grey", "bilevel", "colour")[(i // 2) % 3],
            "photo": photo}


def scan_page(image, rng, profile, kind):
    """The scanned (or photographed) page and what was done to it."""
    copied = kind in COPIED or rng.random() < 0.12
    photo = profile.get("photo") or (kind in COPIED and rng.random() < profile.get("photo_share", 0))
    skew = rng.uniform(-1, 1) if rng.random() < 0.6 else rng.choice([-1, 1]) * rng.uniform(1, 4)
    if kind == "id_copy":
        rotation = rng.choice([0, 90, 180, 270])
    else:
        r = rng.random()
        rotation = 180 if r < 0.08 else 90 if r < 0.11 else 270 if r < 0.14 else 0
    mode = "colour" if photo else profile["mode"]
    page = photocopy(image, rng, rng.uniform(0.6, 1.2)) if copied else image
    if mode == "colour" and page.mode != "RGB":
        page = page.convert("RGB")
    if mode != "colour":
        page = page.convert("L")
    page = damage(page, rng, skew=skew, noise=rng.uniform(3, 7), blur=0.5 if profile["dpi"] >= 300 else 0.35)
    if photo:
        page, rotation, skew = phone_photo(page, rng), 0, 0.0
    elif mode == "bilevel":
        page = bilevel(page, threshold=rng.randint(135, 165))
    if rotation:
        page = page.rotate(rotation, expand=True)
    ext = ".png" if mode == "bilevel" else ".jpg"
    meta = {"dpi": profile["dpi"], "mode": mode, "skew": round(skew, 2), "rotation": rotation, "photocopy": copied,
            "photo": bool(photo), "ext": ext, "quality": rng.choice([70, 80, 90])}
    return page, meta


def save_page(page, path, meta):
    if meta["ext"] == ".jpg":
        page.save(path, quality=meta["quality"], dpi=(meta["dpi"], meta["dpi"]))
    else:
        page.save(path, dpi=(meta["dpi"], meta["dpi"]))


def write_batch(path, pages, profile):
    """A PDF of the pages, or a folder of page images; returns each page's file (`name#page` in a PDF)."""
    if profile["container"] == "pdf":
        images = [p["image"] if p["image"].mode != "1" else p["image"].convert("L") for p in pages]
        images[0].save(path, save_all=True, append_images=images[1:], resolution=profile["dpi"], quality=80)
        return [f"{path.name}#{i}" for i in range(1, len(pages) + 1)]
    path.mkdir(parents=True, exist_ok=True)
    files = []
    for i, p in enumerate(pages, 1):
        name = f"p{i:03d}{p['ext']}"
        save_page(p["image"], path / name, p)
        files.append(f"{path.name}/{name}")
    return files


