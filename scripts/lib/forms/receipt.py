"""The one-stop desk's receipt, Thông tư 01/2018/TT-VPCP Mẫu số 01 (Giấy tiếp nhận hồ sơ và hẹn
trả kết quả): the commune over `BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ`, `Mã hồ sơ`, the applicant
and CCCD, the components (a ruled table or a list), the dates, two signatures."""
from marks import qr

TYPE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
DESK = "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"


def qr_payload(fam, d, paper):
    """What the QR holds: the fields TT 01/2023 asks for, in each family's own encoding."""
    if fam.set == "dev":
        return (f"MaHoSo:{d['code']}|MaTTHC:{d['procedure']['code']}|SoDinhDanh:{d['applicant']['cccd']}|"
                f"TenGiayTo:{paper}")
    if fam.name == "termes-cells":
        return f"https://dichvucong.example.vn/tra-cuu?mahoso={d['code']}&matthc={d['procedure']['code']}"
    return f'{{"ma_ho_so":"{d["code"]}","ma_tthc":"{d["procedure"]["code"]}","so_dinh_danh":"{d["applicant"]["cccd"]}"}}'


def place_qr(pen, payload):
    s, fam = pen.s, pen.fam
    if fam.qr == "none":
        return False
    size = 20 if fam.qr != "top-left" or fam.name != "heros-ellipsis" else 16
    x, y = {"top-left": (4, 4), "top-right": (s.w - size - 4, 4), "bottom-left": (6, s.h - size - 8)}[fam.qr]
    qr(s, x, y, size, payload)
    return True


def receipt(pen, d):
    s, fam, c, a = pen.s, pen.fam, d["commune"], d["applicant"]
    place_qr(pen, qr_payload(fam, d, "GIAY TIEP NHAN HO SO VA HEN TRA KET QUA"))
    parent = [c.ubnd_long if fam.organ_long else c.ubnd_short]
    body = ["BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ"] if fam.organ_two_lines else [DESK]
    received = d["received"]
    y = pen.header(22, parent, body, ("Số: ", f"{d['receipt_no']}", "/TN-BPMC"), c.name, received.date(),
                   extra_left=[f"Mã hồ sơ: {d['code']}"])
    y = pen.title(y + 4, TYPE)
    y = pen.paragraph(y, f"Bộ phận tiếp nhận và trả kết quả {c.titled} tiếp nhận hồ sơ của:", indent=8)
    name = a["name"].upper() if fam.caps_names else a["name"]
    y = pen.fields(y, [("Ông/Bà", name)])
    y = pen.fields(y, [("Số CCCD", a["cccd"]), ("Số điện thoại", a["phone"])])
    y = pen.fields(y, [("Địa chỉ", a["address"])])
    y = pen.fields(y, [("Nội dung yêu cầu giải quyết", d["procedure"]["name"])])
    if fam.set == "dev" or fam.name == "pagella-plain":
        y = pen.fields(y, [("Mã thủ tục", d["procedure"]["code"])])
    s.line(fam.left, y, "1. Thành phần hồ sơ nộp gồm:", "regular", pen.pt)
    y += pen.lead()
    if fam.receipt_table:
        y = table(pen, y, d["procedure"]["components"])
    else:
        for i, item in enumerate(d["procedure"]["components"], 1):
            s.line(fam.left + 6, y, f"{i}. {item[0]} ({item[1]})", "regular", pen.pt)
            y += pen.lead()
    s.line(fam.left, y, "2. Số lượng hồ sơ: 01 (bộ)", "regular", pen.pt)
    y += pen.lead()
    y = pen.paragraph(y, f"3. Thời gian giải quyết hồ sơ theo quy định là: {d['days']} ngày làm việc", indent=0)
    y = pen.paragraph(y, f"4. Thời gian nhận hồ sơ: {received:%H} giờ {received:%M} phút, ngày "
                         f"{received:%d/%m/%Y}", indent=0)
    due = d["due"]
    y = pen.paragraph(y, f"5. Thời gian trả kết quả giải quyết hồ sơ: {due:%H} giờ {due:%M} phút, ngày "
                         f"{due:%d/%m/%Y}", indent=0)
    y = pen.paragraph(y, f"6. Đăng ký nhận kết quả tại: Bộ phận Tiếp nhận và Trả kết quả {c.titled}", indent=0)
    y += 4
    lx, rx = fam.left + 35, pen.rx
    s.line(lx, y, "NGƯỜI NỘP HỒ SƠ", "bold", pen.pt, "center")
    s.line(lx, y + pen.lead() * 0.9, "(Ký và ghi rõ họ tên)", "italic", pen.pt * 0.85, "center")
    s.line(lx, y + 22, name, "bold", pen.pt, "center")
    s.line(rx, y, "NGƯỜI TIẾP NHẬN HỒ SƠ", "bold", pen.pt, "center")
    s.line(rx, y + pen.lead() * 0.9, "(Ký và ghi rõ họ tên)", "italic", pen.pt * 0.85, "center")
    s.line(rx, y + 22, d["clerk"], "bold", pen.pt, "center")
    from hand import scribble
    scribble(s, pen.rng, lx, y + 13, 22)
    scribble(s, pen.rng, rx, y + 13, 22)
    fields = {"organ_name": " ".join(body), "code_number": str(d["receipt_no"]), "code_notation": "TN-BPMC",
              "issued_date": received.date().isoformat(), "person_name": a["name"], "citizen_ids": [a["cccd"]],
              "dossier_code": d["code"], "procedure_code": d["procedure"]["code"]}
    if not (fam.set == "dev" or fam.name == "pagella-plain") and fam.qr == "none":
        del fields["procedure_code"]
    return {"kind": "receipt", "type_label": TYPE, "fields": fields}


def table(pen, y, components):
    """The components in a ruled table: STT | Tên giấy tờ | Bản chính | Bản sao, one line a row."""
    s, fam, pt = pen.s, pen.fam, pen.pt * 0.85
    x0, x1 = fam.left, pen.right
    cols = [x0, x0 + 12, x1 - 50, x1 - 25, x1]
    h = pen.lead() * 1.2
    rows = [("STT", "Tên giấy tờ", "Bản chính", "Bản sao")] + [
        (str(i), name, "01" if kind == "bản chính" else "", "01" if kind != "bản chính" else "")
        for i, (name, kind) in enumerate(components, 1)]
    top = y - h * 0.75
    for r, row in enumerate(rows):
        for k in range(4):
            s.box(cols[k], top + r * h, cols[k + 1], top + (r + 1) * h, 0.25)
            if row[k]:
                s.put((cols[k] + cols[k + 1]) / 2 if k != 1 else cols[k] + 2, top + r * h + h * 0.72, row[k],
                      "bold" if r == 0 else "regular", pt, "center" if k != 1 else "left")
        s.record(" ".join(v for v in row if v))
    return top + len(rows) * h + pen.lead()
