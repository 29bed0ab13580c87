#!/usr/bin/python3
"""Makes the seed corpus of each libFuzzer harness in tests/fuzz/corpus/<harness>/: a few
small, valid (and some nearly valid) inputs for the fuzzer to start from. Nothing fetched.

  scripts/make-fuzz-seeds.py [--out tests/fuzz/corpus]

Deterministic: the same script makes the same bytes.
"""
import argparse
import importlib.util
import io
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("hostile", HERE / "make-hostile.py")
hostile = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hostile)

REGISTER_HEADER = ("MaHoSo,MaTTHC,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThai,SoLanYeuCauBoSung,"
                   "NgayYeuCauBoSung,NgayHoanThanhBoSung,ChuHoSoSoDinhDanh,ChuHoSoHoTen,HoSoCoThanhPhanSoHoa\n")

SEEDS = {
    "fuzz_register_csv": {
        "good.csv": "\ufeff" + REGISTER_HEADER
        + "000.00.21.H08-250106-0001,1.001193,2,2025-01-06 08:00,2025-01-09 17:00,2025-01-08 10:00,da_tra_ket_qua,0,,,"
          "052095001234,Nguyễn Văn An,1\n"
        + "000.00.21.H08-250106-0002,1.004873.000.00.00.H08,3,06/01/2025,09/01/2025 17:00,,dang_xu_ly,1,"
          "07/01/2025,08/01/2025,048.093.531.039,Trần Thị Bình,0\n",
        "quoted.csv": 'MaHoSo,ChuHoSoHoTen,GhiChu\n"000.21.37.H08-250106-0003","Lê ""Văn"" Cường","a,b\nc"\n',
        "bad.csv": REGISTER_HEADER + "HS-1,9.9,5,2025-02-30,,,x,abc,,,123,A1,2\n",
    },
    "fuzz_search_query": {
        "phrase": '"giấy khai sinh"', "prefix": "nguy* OR đường", "notation": "15/QĐ-UBND 015 qd ubnd",
        "cccd": "052095001234", "folded": "duong Nguyen Hue", "operators": 'a AND NOT (b OR "c" -d) ^e NEAR(f g)',
        "marks": "Quyết đinh cấp lại",
    },
    "fuzz_hocr": {
        "page.hocr": '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
                     '<div class="ocr_page" title="bbox 0 0 2480 3508; x_dpi 300; rotate 180; skew -1.25">'
                     '<div class="ocr_carea" title="bbox 100 100 900 200"><span class="ocr_line" title="bbox 100 100 '
                     '900 200"><span class="ocrx_word" title="bbox 100 100 400 200; x_wconf 93">QUYẾT</span>'
                     '<span class="ocrx_word" title="bbox 420 100 900 200; x_wconf 88">ĐỊNH</span></span></div>'
                     '</div></body></html>\n',
        "empty-page.hocr": '<html><body><div class="ocr_page" title="bbox 0 0 10 10"></div></body></html>',
    },
    "fuzz_qr_payload": {
        "fields": "MaHoSo:000.00.21.H08-250314-0042|MaTTHC:1.001193|SoDinhDanh:052095001234|TenGiayTo:Giấy khai sinh",
        "url": "https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma=38.98.H29-210519-0003&tthc=2.000815.000.00.00.H29",
        "json": '{"code":"000.00.21.H08-250314-0042","cccd":"O52O95OO1234","proc":"1.001193"}',
    },
}


def png_seed():
    out = io.BytesIO()
    image = Image.new("L", (24, 16), 255)
    ImageDraw.Draw(image).rectangle((4, 4, 12, 10), fill=0)
    image.save(out, "PNG", dpi=(300, 300))
    return out.getvalue()


def jpeg_seed(mode="L"):
    out = io.BytesIO()
    image = Image.new(mode, (24, 16), 255 if mode == "L" else (255, 255, 255))
    ImageDraw.Draw(image).rectangle((4, 4, 12, 10), fill=0 if mode == "L" else (0, 0, 0))
    image.save(out, "JPEG", quality=50, dpi=(200, 200))
    return out.getvalue()


def tiff_seed():
    out = io.BytesIO()
    pages = [Image.new("1", (32, 16), 1) for _ in range(2)]
    ImageDraw.Draw(pages[0]).rectangle((4, 4, 12, 10), fill=0)
    pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="group4", dpi=(300, 300))
    return out.getvalue()


def pdf_seeds():
    jpeg = jpeg_seed()
    scan = hostile.one_image_pdf(
        b"/Type /XObject /Subtype /Image /Width 24 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8"
        b" /Filter /DCTDecode", jpeg, 24 * 72 / 200, 16 * 72 / 200)
    bilevel = hostile.one_image_pdf(
        b"/Type /XObject /Subtype /Image /Width 32 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 1"
        b" /Filter /FlateDecode", zlib.compress(b"\xff\x0f\xf0\xff" * 16), 32 * 72 / 300, 16 * 72 / 300)
    text = hostile.pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 60] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
        hostile.stream(b"", b"BT /F1 12 Tf 10 30 Td (Thong bao) Tj ET q 0 0 1 rg 10 10 50 5 re f Q"),
    ])
    return {"scan.pdf": scan, "bilevel.pdf": bilevel, "text.pdf": text,
            "no-header.pdf": text[text.index(b"1 0 obj"):]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE.parent / "tests" / "fuzz" / "corpus")
    args = parser.parse_args()
    seeds = {name: {file: text.encode() for file, text in files.items()} for name, files in SEEDS.items()}
    pages = {"page.png": png_seed(), "page.jpg": jpeg_seed(), "colour.jpg": jpeg_seed("RGB"),
             "pages.tif": tiff_seed(), **pdf_seeds()}
    seeds["fuzz_page_reader"] = pages
    seeds["fuzz_input_type"] = {name: data[:64] + b"..." + data[-32:] for name, data in pages.items()}
    seeds["fuzz_input_type"]["text"] = "Biên bản họp: 3 0 obj startxref".encode()
    for harness, files in seeds.items():
        folder = args.out / harness
        folder.mkdir(parents=True, exist_ok=True)
        for file, data in files.items():
            (folder / file).write_bytes(data)
    print(f"make-fuzz-seeds: {sum(len(f) for f in seeds.values())} seeds in {args.out}")


if __name__ == "__main__":
    main()
