#!/usr/bin/python3
"""Makes the sample scanned dossiers in samples/ (and larger batches for benchmarks) from
the real Vietnamese text of the corpus ($SOHOA_CORPUS, README "The corpus"), with their truth text.

  scripts/make-samples.py                       # samples/scans + samples/truth
  scripts/make-samples.py --bench DIR --pages N # DIR/bench.pdf: N scanned pages at 300 dpi + truth
Truth files are named <file>.p<N>.txt beside the scans' relative paths, one per page.
Deterministic: the same corpus gives the same pages.
"""
import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "lib"))

from corpus_text import docx_paragraphs, reform_plan_paragraphs, ud_sentences  # noqa: E402
from page_typesetter import AdminDocument, Typesetter  # noqa: E402
from scan_damage import bilevel, damage, rasterise, seeded  # noqa: E402

ROOT = HERE.parent
CORPUS = Path(__import__("os").environ.get("SOHOA_CORPUS", ROOT.parent / "shared" / "corpus"))


def reform_plan():
    return AdminDocument(
        organ_parent="UBND HUYỆN TÂY SƠN", organ="UBND XÃ TÂY THUẬN", number="Số: 15/KH-UBND",
        place_date="Tây Thuận, ngày 31 tháng 12 năm 2024", type_name="KẾ HOẠCH",
        subject=["Cải cách hành chính xã Tây Thuận năm 2025"],
        paragraphs=reform_plan_paragraphs(CORPUS / "reform-plan" / "000_ee5f5bd4ae60f5af.txt")[2:],
        signer_name="Huỳnh Tấn Hậu", signer_position="PHÓ CHỦ TỊCH", signer_authority="KT. CHỦ TỊCH")


def decree():
    paragraphs = docx_paragraphs(CORPUS / "nd30-2020" / "30_2020_ND_CP.docx")
    start = next(i for i, p in enumerate(paragraphs) if p.startswith("Căn cứ"))
    return AdminDocument(
        organ_parent="", organ="CHÍNH PHỦ", number="Số: 30/2020/NĐ-CP",
        place_date="Hà Nội, ngày 05 tháng 3 năm 2020", type_name="NGHỊ ĐỊNH",
        subject=["Về công tác văn thư"], paragraphs=paragraphs[start:],
        signer_authority="TM. CHÍNH PHỦ", signer_position="THỦ TƯỚNG", signer_name="Nguyễn Xuân Phúc")


def commune_notice(sentences, first):
    body = [" ".join(sentences[i:i + 4]) for i in range(first, first + 40, 4)]
    return AdminDocument(
        organ_parent="UBND HUYỆN TÂY SƠN", organ="UBND XÃ TÂY THUẬN", number="Số: 27/TB-UBND",
        place_date="Tây Thuận, ngày 05 tháng 02 năm 2025", type_name="THÔNG BÁO",
        subject=["Về việc tiếp nhận hồ sơ thủ tục hành chính", "tại Bộ phận Một cửa xã"], paragraphs=body)


def typeset(doc, pdf, max_pages, sign=True):
    setter = Typesetter(pdf, max_pages=max_pages)
    setter.document(doc, sign=sign)
    return setter.save()


def write_truth(truth_dir, relative, texts, pages=None):
    for number, text in enumerate(texts, start=1):
        if pages is not None and number not in pages:
            continue
        target = truth_dir / f"{relative}.p{number}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def make_samples(out):
    scans, truth = out / "scans", out / "truth"
    for d in (scans, truth):
        shutil.rmtree(d, ignore_errors=True)
    (scans / "to-khai").mkdir(parents=True)
    rng = seeded(2025)
    sentences = ud_sentences(CORPUS / "ud-vietnamese-vtb" / "vi_vtb-ud-test.sentences.txt")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # 1. The reform plan: a multi-page scanned PDF, 300 dpi grey, slightly skewed, JPEG.
        texts = typeset(reform_plan(), tmp / "plan.pdf", max_pages=3, sign=False)
        pages = [damage(p, rng, skew=rng.uniform(-0.8, 0.8)) for p in rasterise(tmp / "plan.pdf", 300)]
        pages[0].save(scans / "ke-hoach-cchc-2025.pdf", save_all=True, append_images=pages[1:],
                      resolution=300, quality=60)
        write_truth(truth, "ke-hoach-cchc-2025.pdf", texts)
        # 2. Nghị định 30/2020: a two-page bilevel (fax-style) TIFF at 300 dpi, Group 4.
        texts = typeset(decree(), tmp / "decree.pdf", max_pages=2, sign=False)
        pages = [bilevel(damage(p, rng, skew=rng.uniform(-0.5, 0.5), noise=10, blur=0.7))
                 for p in rasterise(tmp / "decree.pdf", 300)]
        pages[0].save(scans / "nghi-dinh-30-2020.tif", save_all=True, append_images=pages[1:],
                      compression="group4", dpi=(300, 300))
        write_truth(truth, "nghi-dinh-30-2020.tif", texts)
        # 3. A commune notice photographed page by page: colour JPEG at 200 dpi, and a grey PNG.
        texts = typeset(commune_notice(sentences, 0), tmp / "notice.pdf", max_pages=2)
        colour = rasterise(tmp / "notice.pdf", 200, colour=True)
        damage(colour[0], rng, skew=rng.uniform(-1, 1)).save(scans / "to-khai" / "trang-1.jpg", quality=80, dpi=(200, 200))
        damage(colour[1].convert("L"), rng, noise=0, blur=0.4).save(scans / "to-khai" / "trang-2.png", dpi=(200, 200), optimize=True)
        write_truth(truth, "to-khai/trang-1.jpg", texts[:1])
        write_truth(truth, "to-khai/trang-2.png", texts[1:2])
    # 4. A born-digital PDF: its text layer is read, not OCR'd.
    texts = typeset(commune_notice(sentences, 40), scans / "thong-bao-dien-tu.pdf", max_pages=1, sign=False)
    write_truth(truth, "thong-bao-dien-tu.pdf", texts)


def make_bench(out, count):
    out.mkdir(parents=True, exist_ok=True)
    truth = out / "truth"
    shutil.rmtree(truth, ignore_errors=True)
    rng = seeded(7)
    docs = [reform_plan(), decree()]
    images, texts = [], []
    with tempfile.TemporaryDirectory() as tmp:
        i = 0
        while len(images) < count:
            pdf = Path(tmp) / f"doc{i}.pdf"
            page_texts = typeset(docs[i % 2], pdf, max_pages=min(6, count - len(images)), sign=False)
            for page in rasterise(pdf, 300):
                images.append(damage(page, rng, skew=rng.uniform(-0.6, 0.6)))
            texts += page_texts
            i += 1
    images[0].save(out / "bench.pdf", save_all=True, append_images=images[1:count], resolution=300, quality=75)
    write_truth(truth, "bench.pdf", texts[:count])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "samples", help="where samples go (default samples/)")
    parser.add_argument("--bench", type=Path, help="make a benchmark batch in this folder instead")
    parser.add_argument("--pages", type=int, default=20, help="pages of the benchmark batch")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"make-samples: corpus not found at {CORPUS} (set SOHOA_CORPUS)")
    if args.bench:
        make_bench(args.bench, args.pages)
        print(f"make-samples: {args.pages} pages in {args.bench / 'bench.pdf'}")
    else:
        make_samples(args.out)
        print(f"make-samples: samples in {args.out}")


if __name__ == "__main__":
    main()
