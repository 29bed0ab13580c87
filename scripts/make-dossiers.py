#!/usr/bin/python3
"""Makes scanned batches of commune dossiers with their truth, for the extraction evaluation
(scripts/eval-extract) and the samples: several dossiers back to back in one batch file
(receipt with QR code, declaration filled in, result with QR code and a red seal over the
signature), archived commune decisions and announcements standing alone, some pages upside
down, 200 and 300 dpi, colour and grey.

  scripts/make-dossiers.py --out DIR [--batches N] [--dossiers N] [--seed S]
  scripts/make-dossiers.py --sample     # samples/dossiers: one small 200 dpi grey batch
writes DIR/batch-NN.pdf and DIR/truth.json: for each batch its documents (batch pages,
dossier code, kind, type name, fields as `sohoa export --jsonl` names them).
Deterministic: the same seed and corpus give the same batches.
"""
import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "lib"))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import commune_forms as forms  # noqa: E402
from corpus_text import ud_sentences  # noqa: E402
from scan_damage import damage, rasterise, seeded  # noqa: E402
from PIL import Image  # noqa: E402

ROOT = HERE.parent
SHARED = Path(os.environ.get("SOHOA_SHARED", ROOT.parent / "shared"))
CORPUS = Path(os.environ.get("SOHOA_CORPUS", SHARED / "corpus"))

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý"]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim", "Thị Thanh", "Hoài"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hùng", "Long", "Nam", "Phúc", "Quang", "Sơn", "Tuấn", "Hậu", "Đạt", "Khoa",
           "Thắng", "Lộc", "Trọng", "Việt"]
GIVEN_F = ["Hà", "Hạnh", "Hương", "Lan", "Mai", "Nga", "Thảo", "Vy", "Yến", "Ánh", "Trâm", "Nhung", "Quyên", "Diệp",
           "Tuyết", "Loan"]
COMMUNES = [
    {"parent": "UBND HUYỆN TÂY SƠN", "organ": "UBND XÃ TÂY THUẬN", "place": "Tây Thuận",
     "organ_title": "UBND xã Tây Thuận", "seal": "ỦY BAN NHÂN DÂN XÃ TÂY THUẬN", "agency": "000.21.37.H08", "clerk": "Lê Thị Hồng"},
    {"parent": "UBND HUYỆN PHÙ MỸ", "organ": "UBND XÃ MỸ LỢI", "place": "Mỹ Lợi",
     "organ_title": "UBND xã Mỹ Lợi", "seal": "ỦY BAN NHÂN DÂN XÃ MỸ LỢI", "agency": "000.14.22.H08", "clerk": "Trần Văn Lực"},
    {"parent": "UBND HUYỆN ĐỨC THỌ", "organ": "UBND XÃ ĐỨC LẠNG", "place": "Đức Lạng",
     "organ_title": "UBND xã Đức Lạng", "seal": "ỦY BAN NHÂN DÂN XÃ ĐỨC LẠNG", "agency": "000.09.41.H42", "clerk": "Phan Thị Thu Hà"},
]
PROCEDURES = [
    {"code": "1.001193", "name": "Đăng ký khai sinh", "declaration": "TỜ KHAI ĐĂNG KÝ KHAI SINH",
     "result": "GIẤY KHAI SINH", "subject": "child", "notation": None,
     "components": ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh"]},
    {"code": "1.004873", "name": "Cấp Giấy xác nhận tình trạng hôn nhân",
     "declaration": "TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN",
     "result": "GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", "subject": "self", "notation": "UBND-XNTTHN",
     "components": ["Tờ khai cấp Giấy xác nhận tình trạng hôn nhân"]},
    {"code": "1.000656", "name": "Đăng ký khai tử", "declaration": "TỜ KHAI ĐĂNG KÝ KHAI TỬ",
     "result": "TRÍCH LỤC KHAI TỬ", "subject": "deceased", "notation": "TLKT-BS",
     "components": ["Tờ khai đăng ký khai tử", "Giấy báo tử"]},
    {"code": "1.000894", "name": "Đăng ký kết hôn", "declaration": "TỜ KHAI ĐĂNG KÝ KẾT HÔN",
     "result": "GIẤY CHỨNG NHẬN KẾT HÔN", "subject": "spouse", "notation": None,
     "components": ["Tờ khai đăng ký kết hôn", "Giấy xác nhận tình trạng hôn nhân"]},
]
STANDALONE = [
    ("QUYẾT ĐỊNH", "QĐ-UBND", ["Về việc công nhận tổ trưởng tổ hòa giải", "thôn {village}"]),
    ("THÔNG BÁO", "TB-UBND", ["Về việc tiếp nhận hồ sơ thủ tục hành chính", "trên môi trường điện tử"]),
    ("KẾ HOẠCH", "KH-UBND", ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "năm {year}"]),
    ("QUYẾT ĐỊNH", "{year}/QĐ-UBND", ["Ban hành Quy chế tiếp nhận, giải quyết thủ tục hành chính"]),
]
VILLAGES = ["Hòa Hiệp", "Thuận Hạnh", "Đông Phú", "Tân Lập", "Phú Hữu", "Vĩnh Lộc"]


def provinces():
    rows = (SHARED / "domain" / "cccd-province-codes.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [r.split("\t")[0] for r in rows if r.strip()]


class People:
    def __init__(self, rng):
        self.rng = rng
        self.codes = provinces()

    def name(self, male):
        r = self.rng
        middle = r.choice(MIDDLE_M if male else MIDDLE_F)
        return f"{r.choice(FAMILY)} {middle} {r.choice(GIVEN_M if male else GIVEN_F)}"

    def cccd(self, born, male):
        century = (born.year // 100 - 19) * 2 + (0 if male else 1)
        return f"{self.rng.choice(self.codes)}{century}{born.year % 100:02d}{self.rng.randrange(10**6):06d}"

    def person(self, born_from, born_to, male=None):
        r = self.rng
        male = r.random() < 0.5 if male is None else male
        born = dt.date(r.randint(born_from, born_to), r.randint(1, 12), r.randint(1, 28))
        return {"name": self.name(male), "born": born, "sex": "Nam" if male else "Nữ", "cccd": self.cccd(born, male),
                "male": male}


def make_dossier(rng, people, commune, procedure, sequence, sentences):
    received = dt.datetime(2025, rng.randint(1, 11), rng.randint(1, 28), rng.randint(7, 16), rng.randint(0, 59))
    code = f"{commune['agency']}-{received:%y%m%d}-{sequence:04d}"
    person = people.person(1960, 2000)
    person["address"] = f"Thôn {rng.choice(VILLAGES)}, xã {commune['place']}"
    person["phone"] = f"09{rng.randrange(10**8):08d}"
    kind = procedure["subject"]
    if kind == "child":
        born = (received - dt.timedelta(days=rng.randint(5, 50))).date()
        male = rng.random() < 0.5
        subject = {"name": f"{person['name'].split()[0]} {people.name(male).split(' ', 1)[1]}", "born": born,
                   "sex": "Nam" if male else "Nữ", "cccd": people.cccd(born, male), "relation": "Cha" if person["male"] else "Mẹ"}
    elif kind == "self":
        subject = dict(person, relation="Bản thân", cccd=None)
    elif kind == "deceased":
        subject = dict(people.person(1935, 1960), relation="Con")
    else:
        subject = dict(people.person(1975, 2001, male=not person["male"]), relation="Vợ/Chồng")
    subject["notes"] = [" ".join(rng.sample(sentences, 2))]
    subject["result_notes"] = [f"Nơi đăng ký: Ủy ban nhân dân xã {commune['place']}"]
    issued = (received + dt.timedelta(days=rng.randint(0, 3))).date()
    number = f"{rng.randint(1, 250):02d}/{procedure['notation']}" if procedure["notation"] else str(rng.randint(1, 300))
    signer_name = people.name(rng.random() < 0.6)
    signer = rng.choice([{"authority": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]},
                         {"authority": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]}])
    signer["name"] = signer_name
    due = received + dt.timedelta(days=3)

    def receipt(page):
        return forms.receipt(page, commune, code, person, procedure, received, due)

    def declaration(page):
        return forms.declaration(page, commune, person, procedure, subject, received.date())

    def result(page):
        return forms.result(page, commune, code, person, procedure, subject, number, issued, signer)

    return code, [receipt, declaration, result]


def make_batch(path, rng, people, sentences, batch_no, dossiers_per_batch, standalone=None):
    c = canvas.Canvas(str(path), pagesize=A4)
    page_no = 0
    documents = []

    def new_page():
        nonlocal page_no
        if page_no:
            c.showPage()
        page_no += 1
        return forms.FormPage(c)

    commune = COMMUNES[batch_no % len(COMMUNES)]
    if standalone is None:
        standalone = rng.randint(1, 2) if batch_no % 2 == 0 else 0
    if standalone:  # archived decisions and announcements, no dossier
        for _ in range(standalone):
            type_name, notation, subject = rng.choice(STANDALONE)
            year = rng.choice([2024, 2025])
            issued = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
            subject = [s.format(village=rng.choice(VILLAGES), year=year) for s in subject]
            number = f"{rng.randint(1, 199):02d}/{notation.format(year=year)}"
            signer = {"authority": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "name": people.name(True)}
            paragraphs = [" ".join(rng.sample(sentences, 4)) for _ in range(rng.randint(4, 14))]
            first = page_no + 1
            pages, truth = forms.decision(new_page, commune, number, issued, type_name, subject, paragraphs, signer)
            truth.update(pages=list(range(first, first + pages)), dossier_code=None)
            documents.append(truth)
    for _ in range(dossiers_per_batch):
        procedure = rng.choice(PROCEDURES)
        code, parts = make_dossier(rng, people, commune, procedure, rng.randint(1, 9999), sentences)
        for part in parts:
            page = new_page()
            truth = part(page)
            truth.update(pages=[page_no], dossier_code=code)
            documents.append(truth)
    c.save()
    return documents


def scan(pdf, out, rng, dpi, colour, small=False):
    """Scanner damage; `small` keeps the noise low so that the committed sample stays small."""
    images = []
    for page in rasterise(pdf, dpi, colour=True):
        scanned = damage(page if colour else page.convert("L"), rng, skew=rng.uniform(-1.5, 1.5),
                         noise=1.5 if small else 5, blur=0.4 if dpi >= 300 else 0.3)
        rotated = rng.random() < 0.15
        images.append(scanned.rotate(180) if rotated else scanned)
    quality = 50 if small else rng.choice([70, 80, 85])
    images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi, quality=quality)
    return len(images)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="folder for the batches and truth.json")
    parser.add_argument("--sample", action="store_true", help="make samples/dossiers (one 200 dpi grey batch)")
    parser.add_argument("--batches", type=int, default=8, help="number of batch files (default 8)")
    parser.add_argument("--dossiers", type=int, default=3, help="dossiers per batch (default 3)")
    parser.add_argument("--seed", type=int, default=766)
    args = parser.parse_args()
    if args.sample:
        args.out, args.batches, args.dossiers = ROOT / "samples" / "dossiers", 1, 2
    elif not args.out:
        parser.error("--out DIR or --sample")
    if not CORPUS.is_dir():
        sys.exit(f"make-dossiers: corpus not found at {CORPUS} (set SOHOA_SHARED)")
    args.out.mkdir(parents=True, exist_ok=True)
    rng = seeded(args.seed)
    people = People(rng)
    sentences = [s for s in ud_sentences(CORPUS / "ud-vietnamese-vtb" / "vi_vtb-ud-test.sentences.txt")
                 if 40 < len(s) < 160]
    truth = {"batches": []}
    pages = 0
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(1, args.batches + 1):
            clean = Path(tmp) / f"batch-{number:02d}.pdf"
            documents = make_batch(clean, rng, people, sentences, number, args.dossiers,
                                   standalone=1 if args.sample else None)
            dpi = 300 if number % 2 and not args.sample else 200
            colour = number % 3 != 0 and not args.sample
            name = "lo-ho-so.pdf" if args.sample else f"batch-{number:02d}.pdf"
            count = scan(clean, args.out / name, rng, dpi, colour, small=args.sample)
            pages += count
            truth["batches"].append({"file": name, "dpi": dpi, "colour": colour, "pages": count,
                                     "documents": documents})
    (args.out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, default=str),
                                         encoding="utf-8")
    print(f"make-dossiers: {args.batches} batches, {pages} pages in {args.out}")


if __name__ == "__main__":
    main()
