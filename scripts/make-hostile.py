#!/usr/bin/python3
"""Makes the hostile input files of tests/hostile: each one a defect that once lost text,
took gigabytes or printed a library's own lines, made here from scratch (nothing fetched).

  scripts/make-hostile.py --out DIR [NAME...]    # all of them, or only those named

What each file is, and what sohoa must do with it, is in tests/hostile/README.md.
Deterministic: the same script makes the same bytes.
"""
import argparse
import io
import struct
import sys
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
BOLD = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"

# Words the tests look for: each file's own, so a hit proves that file's text was read.
LINES = {
    "typed-over-letterhead.pdf": ["THÔNG BÁO", "Về việc tiếp nhận hồ sơ đăng ký hộ tịch",
                                  "Ủy ban nhân dân xã thông báo lịch tiếp công dân",
                                  "vào sáng thứ hai và thứ năm hằng tuần."],
    "cmyk-scan.pdf": ["GIẤY XÁC NHẬN", "Xác nhận ông Nguyễn Văn Bình", "cư trú tại thôn Phú Mỹ."],
    "cmyk-photoshop.jpg": ["THÔNG BÁO", "Lịch trực tiếp nhận hồ sơ", "tại bộ phận một cửa xã Cát Tiến."],
    "inverted.png": ["QUYẾT ĐỊNH", "Về việc công nhận tổ hòa giải", "thôn Đông Hòa nhiệm kỳ mới."],
    "inverted-devicen.pdf": ["KẾ HOẠCH", "Kiểm tra công tác văn thư", "lưu trữ năm hai nghìn."],
    "large-1200dpi.png": ["BIÊN BẢN", "Họp bàn giao tài liệu lưu trữ", "giữa các bộ phận chuyên môn."],
    "chatty.png": ["TỜ TRÌNH", "Đề nghị phê duyệt danh sách", "hộ nghèo năm hai nghìn."],
    "chatty.jpg": ["GIẤY MỜI", "Kính mời đại biểu dự họp", "tổng kết phong trào thi đua."],
}


def text_page(lines, width, height, dpi, mode="L", ink=0, paper=255, size_pt=16):
    """A page of typed lines, `size_pt` points tall at `dpi`."""
    image = Image.new(mode, (width, height), paper)
    draw = ImageDraw.Draw(image)
    pixels = round(size_pt * dpi / 72)
    y = round(0.8 * dpi)
    for number, line in enumerate(lines):
        font = ImageFont.truetype(BOLD if number == 0 else FONT, pixels)
        draw.text((round(0.8 * dpi), y), line, font=font, fill=ink)
        y += round(pixels * 1.8)
    return image


def pdf_file(objects):
    """A PDF from its objects (bytes, numbered from 1; object 1 is the catalog)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Root 1 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(dictionary, data):
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def one_image_pdf(image_dict, image_data, width_pt, height_pt, extra_objects=()):
    """A one-page PDF whose content is the image filling the page, nothing else."""
    content = b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q" % (width_pt, height_pt)
    return pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.4f %.4f] /Resources << /XObject << /Im0 5 0 R >> >>"
        b" /Contents 4 0 R >>" % (width_pt, height_pt),
        stream(b"", content),
        stream(image_dict, image_data),
        *extra_objects,
    ])


def typed_over_letterhead(path):
    """A letterhead printed as a page-sized JPEG, the notice typed over it in a real font, and a
    stamp image: the scan is not all there is on the page."""
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    dpi = 200
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    paper = Image.new("RGB", (width, height), (250, 247, 236))
    draw = ImageDraw.Draw(paper)
    draw.rectangle((0, 0, width, round(0.35 * dpi)), fill=(214, 226, 240))  # the letterhead's band
    draw.rectangle((0, height - round(0.25 * dpi), width, height), fill=(214, 226, 240))
    letterhead = io.BytesIO()
    paper.save(letterhead, "JPEG", quality=85, dpi=(dpi, dpi))
    stamp = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(stamp).ellipse((10, 10, 290, 290), outline=(200, 30, 30, 255), width=14)

    rl_config.useA85 = 0  # the JPEG as a scanner's PDF holds it: /DCTDecode alone
    pdfmetrics.registerFont(TTFont("Serif", FONT))
    pdfmetrics.registerFont(TTFont("SerifBold", BOLD))
    page = canvas.Canvas(str(path), pagesize=(595.27, 841.89))
    page.drawImage(ImageReader(io.BytesIO(letterhead.getvalue())), 0, 0, 595.27, 841.89)
    y = 720
    for number, line in enumerate(LINES[path.name]):
        page.setFont("SerifBold" if number == 0 else "Serif", 16)
        page.drawString(72, y, line)
        y -= 30
    page.drawImage(ImageReader(stamp), 380, 480, 110, 110, mask="auto")
    page.save()


def cmyk_scan(path):
    """A page that is one CMYK JPEG with Adobe's APP14 marker, its samples as PDF reads them
    (no /Decode): what a reader shows is black text on white."""
    dpi = 200
    page = text_page(LINES[path.name], round(5.83 * dpi), round(8.27 * dpi), dpi)
    ink = Image.merge("CMYK", [Image.new("L", page.size, 0)] * 3 + [page.point(lambda v: 255 - v)])
    # PIL writes CMYK inverted, as Photoshop does; inverting first leaves the samples as PDF means them.
    inverted = Image.merge("CMYK", [band.point(lambda v: 255 - v) for band in ink.split()])
    jpeg = io.BytesIO()
    inverted.save(jpeg, "JPEG", quality=90, dpi=(dpi, dpi))
    width, height = page.size
    path.write_bytes(one_image_pdf(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceCMYK /BitsPerComponent 8"
        b" /Filter /DCTDecode" % (width, height), jpeg.getvalue(), width * 72 / dpi, height * 72 / dpi))


def cmyk_photoshop_jpg(path):
    """A CMYK JPEG file as Photoshop writes one: Adobe APP14 marker, inverted samples."""
    dpi = 200
    page = text_page(LINES[path.name], round(5.83 * dpi), round(8.27 * dpi), dpi)
    ink = Image.merge("CMYK", [Image.new("L", page.size, 0)] * 3 + [page.point(lambda v: 255 - v)])
    ink.save(path, "JPEG", quality=90, dpi=(dpi, dpi))


def white_rows(width, height, byte=b"\xff"):
    """Deflated rows of a bilevel image, all white (1 bits), made row by row: no big buffer."""
    row = byte * ((width + 7) // 8)
    deflate = zlib.compressobj(9)
    out = [deflate.compress(row) for _ in range(height)]
    out.append(deflate.flush())
    return b"".join(out)


def huge_bilevel_pdf(path):
    """An 11 KB-class PDF holding a 35000 x 35000 bilevel image (1.2 gigapixels)."""
    side = 35000
    data = white_rows(side, side)
    path.write_bytes(one_image_pdf(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1"
        b" /Filter /FlateDecode" % (side, side), data, side * 72 / 300, side * 72 / 300))


def image_claims_huge_pdf(path):
    """A 1 KB page drawing one image that claims 60000 x 60000 pixels in a corner: its few bytes
    of data run out at once, yet a renderer decodes every claimed pixel (3.6 gigapixels)."""
    side = 60000
    content = b"q 100 0 0 100 72 700 cm /Im0 Do Q"
    path.write_bytes(pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        stream(b"", content),
        stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8"
               b" /Filter /FlateDecode" % (side, side), zlib.compress(b"\x80" * 64)),
    ]))


def image_drawn_thousands_pdf(path):
    """A page drawing a form 24 times that draws another form 24 times that draws a 1000 x 1000
    image: 576 draws, each decoded anew (576 megapixels)."""
    side, times = 1000, 24
    draws = lambda name: b" ".join(b"q 0.04 0 0 0.04 %d %d cm %s Do Q" % (i * 20, i * 30, name) for i in range(times))
    form = lambda content, resources: stream(
        b"/Type /XObject /Subtype /Form /BBox [0 0 1000 1000] /Resources << /XObject << %s >> >>" % resources,
        content)
    path.write_bytes(pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Fm2 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        stream(b"", draws(b"/Fm2")),
        form(draws(b"/Fm1"), b"/Fm1 6 0 R"),
        form(b"q 1000 0 0 1000 0 0 cm /Im0 Do Q", b"/Im0 7 0 R"),
        stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8"
               b" /Filter /FlateDecode" % (side, side), zlib.compress(b"\xf0" * side * side)),
    ]))


def png_chunk(kind, data, crc=None):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) if crc is None else crc)


def png_file(width, height, bit_depth, colour_type, idat, extra=b"", dpi=300):
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, bit_depth, colour_type,
                                                                  0, 0, 0))
            + png_chunk(b"pHYs", struct.pack(">IIB", round(dpi / 0.0254), round(dpi / 0.0254), 1))
            + extra + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b""))


def huge_png(path):
    """A 30000 x 30000 bilevel PNG (900 megapixels) of about 110 KB."""
    side = 30000
    row = b"\x00" + b"\xff" * (side // 8)
    deflate = zlib.compressobj(9)
    idat = b"".join(deflate.compress(row) for _ in range(side)) + deflate.flush()
    path.write_bytes(png_file(side, side, 1, 0, idat))


def large_1200dpi_png(path):
    """An A4 page scanned bilevel at 1200 dpi: 139 megapixels, over the 600 dpi A3 limit, read
    downsampled."""
    dpi = 1200
    page = text_page(LINES[path.name], round(8.27 * dpi), round(11.69 * dpi), dpi, mode="1", ink=0, paper=1)
    page.save(path, "PNG", dpi=(dpi, dpi), optimize=False)


def inverted_png(path):
    """White type on a black page (a negative photocopy)."""
    dpi = 300
    text_page(LINES[path.name], round(5.83 * dpi), round(4.13 * dpi), dpi, ink=255, paper=0).save(
        path, "PNG", dpi=(dpi, dpi))


def inverted_devicen_pdf(path):
    """A bilevel page in a DeviceN colour space whose tint transform gives white for ink: a
    reader shows white type on black."""
    dpi = 300
    page = text_page(LINES[path.name], round(5.83 * dpi), round(4.13 * dpi), dpi)
    ink = page.point(lambda v: 0 if v < 128 else 255).convert("1").point(lambda v: 255 - v)  # 1 = ink
    width, height = page.size
    function = stream(b"/FunctionType 4 /Domain [0 1] /Range [0 1]", b"{ }")
    path.write_bytes(one_image_pdf(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace [/DeviceN [/Black] /DeviceGray 6 0 R]"
        b" /BitsPerComponent 1 /Filter /FlateDecode" % (width, height), zlib.compress(ink.tobytes(), 9),
        width * 72 / dpi, height * 72 / dpi, extra_objects=[function]))


def no_header_pdf(path):
    """A PDF with no %PDF- line, as pdf.js's bug1606566.pdf: Poppler opens it."""
    content = b"BT /F1 18 Tf 36 60 Td (Headerless notice: lich tiep dan) Tj ET"
    pdf = pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 120] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
        stream(b"", content),
    ])
    path.write_bytes(b"%\x82\x84\x9c\x94\n" + pdf[pdf.index(b"\n", pdf.index(b"\n") + 1) + 1:])


def junk_before_header_pdf(path):
    """600 bytes of a mail gateway's junk before %PDF-."""
    no_header_pdf(path)
    body = path.read_bytes()
    path.write_bytes(b"X-Junk: " + b"j" * 592 + b"\n%PDF-1.4\n" + body[body.index(b"\n") + 1:])


def giant_page_pdf(path):
    """A 200 x 200 inch page of drawn lines (no text layer, no image): rendering it at 300 dpi
    would take 3.6 gigapixels."""
    lines = b" ".join(b"%d 0 m %d 14400 l" % (x, x) for x in range(100, 14400, 700)) + b" S"
    path.write_bytes(pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R >>",
        stream(b"", b"4 w " + lines),
    ]))


def chatty_png(path):
    """A readable page with a damaged ancillary chunk: libpng warns about its CRC."""
    dpi = 300
    page = text_page(LINES[path.name], round(5.83 * dpi), round(4.13 * dpi), dpi)
    good = io.BytesIO()
    page.save(good, "PNG", dpi=(dpi, dpi))
    data = good.getvalue()
    at = data.index(b"IDAT") - 4
    path.write_bytes(data[:at] + png_chunk(b"tEXt", b"Comment\x00scanner", crc=0xDEADBEEF) + data[at:])


def chatty_jpg(path):
    """A readable JPEG with two stray bytes before its scan: libjpeg warns "Corrupt JPEG data"."""
    dpi = 300
    page = text_page(LINES[path.name], round(5.83 * dpi), round(4.13 * dpi), dpi)
    good = io.BytesIO()
    page.save(good, "JPEG", quality=90, dpi=(dpi, dpi))
    data = good.getvalue()
    at = data.index(b"\xff\xda")
    path.write_bytes(data[:at] + b"\x00\x00" + data[at:])


def damaged_second_page_tif(path):
    """Two pages; the second names a compression no reader knows, so it cannot be decoded."""
    dpi = 300
    pages = [text_page([title], round(5.83 * dpi), round(2 * dpi), dpi).convert("1")
             for title in ("TRANG MOT", "TRANG HAI")]
    out = io.BytesIO()
    pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="group4", dpi=(dpi, dpi))
    data = bytearray(out.getvalue())
    first = struct.unpack_from("<I", data, 4)[0]
    second = struct.unpack_from("<I", data, first + 2 + 12 * struct.unpack_from("<H", data, first)[0])[0]
    for entry in range(struct.unpack_from("<H", data, second)[0]):
        at = second + 2 + 12 * entry
        if struct.unpack_from("<H", data, at)[0] == 259:  # Compression
            struct.pack_into("<H", data, at + 8, 12345)
    path.write_bytes(bytes(data))


MAKERS = {
    "typed-over-letterhead.pdf": typed_over_letterhead,
    "cmyk-scan.pdf": cmyk_scan,
    "cmyk-photoshop.jpg": cmyk_photoshop_jpg,
    "huge-bilevel.pdf": huge_bilevel_pdf,
    "huge.png": huge_png,
    "large-1200dpi.png": large_1200dpi_png,
    "giant-page.pdf": giant_page_pdf,
    "image-claims-huge.pdf": image_claims_huge_pdf,
    "image-drawn-thousands.pdf": image_drawn_thousands_pdf,
    "inverted.png": inverted_png,
    "inverted-devicen.pdf": inverted_devicen_pdf,
    "no-header.pdf": no_header_pdf,
    "junk-before-header.pdf": junk_before_header_pdf,
    "chatty.png": chatty_png,
    "chatty.jpg": chatty_jpg,
    "damaged-second-page.tif": damaged_second_page_tif,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("names", nargs="*", help="files to make (default: all): " + ", ".join(MAKERS))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.names or MAKERS:
        if name not in MAKERS:
            sys.exit(f"make-hostile: no such file: {name}")
        MAKERS[name](args.out / name)
        print(f"{args.out / name}: {(args.out / name).stat().st_size} bytes")


if __name__ == "__main__":
    main()
