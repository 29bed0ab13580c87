"""A commune's own documents laid out per Nghị định 30/2020 Phụ lục I: quyết định, công văn (no
heading: `Số: 123/UBND-VP` with `V/v …` under it), tờ trình, báo cáo, thông báo, kế hoạch, chỉ thị;
one to three pages, the signer on the last; number and day handwritten into the blanks of some."""
KINDS = [  # type name, notation (of a commune), subject lines
    ("QUYẾT ĐỊNH", "QĐ-UBND", ["Về việc công nhận tổ trưởng tổ hòa giải", "thôn {village}"]),
    ("QUYẾT ĐỊNH", "QĐ-UBND", ["Về việc thành lập Tổ công tác số hóa hồ sơ", "thủ tục hành chính"]),
    ("CÔNG VĂN", "UBND-VP", ["V/v rà soát, số hóa hồ sơ, kết quả", "giải quyết thủ tục hành chính"]),
    ("CÔNG VĂN", "UBND-KTTH", ["V/v báo cáo tình hình tiếp nhận hồ sơ", "trực tuyến quý {quarter}"]),
    ("TỜ TRÌNH", "TTr-UBND", ["Về việc đề nghị phê duyệt kinh phí số hóa", "hồ sơ hộ tịch năm {year}"]),
    ("BÁO CÁO", "BC-UBND", ["Kết quả thực hiện công tác cải cách hành chính", "quý {quarter} năm {year}"]),
    ("THÔNG BÁO", "TB-UBND", ["Về việc tiếp nhận hồ sơ thủ tục hành chính", "trên môi trường điện tử"]),
    ("KẾ HOẠCH", "KH-UBND", ["Số hóa hồ sơ, kết quả giải quyết thủ tục", "hành chính năm {year}"]),
    ("CHỈ THỊ", "CT-UBND", ["Về việc tăng cường kỷ luật, kỷ cương hành chính", "trong giải quyết thủ tục hành chính"]),
]
SIGNERS = [
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
]
GROUNDS = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
           "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
           "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, "
           "một cửa liên thông trong giải quyết thủ tục hành chính;"]


def document(new_pen, d):
    """`new_pen()` gives a Pen on a new page. Returns the pages' pens and the document's truth."""
    pen = new_pen()
    fam, c = pen.fam, d["commune"]
    type_name, notation, subject = d["nd30_kind"]
    subject = [t.format(**d["fill"]) for t in subject]
    police = d.get("police", False)
    if police:
        parent, body = [f"CÔNG AN {d['district_kind'].upper()} {c.district.upper()}"], [f"CÔNG AN {c.caps}"]
        notation = notation.replace("UBND", "CAX")
        authority, rank = ["TRƯỞNG CÔNG AN"], "Trung tá"
    else:
        parent, body = pen.organ_lines(c)
        authority, rank = d["authority"], None
    number = d["doc_number"]
    hand = d["hand_number"]
    is_letter = type_name == "CÔNG VĂN"
    y = pen.header(22, parent, body, ("Số: ", number, f"/{notation}"), c.name, d["issued"], hand_number=hand,
                   hand_day=hand, extra_left=subject if is_letter else ())
    pens = [pen]
    if is_letter:
        y = pen.fields(y + 2, [("Kính gửi", d["addressee"])], x=fam.left + 30)
    else:
        y = pen.title(y + 4, type_name, subject)
    if type_name == "QUYẾT ĐỊNH":
        pen.s.line(pen.cx, y, f"CHỦ TỊCH {c.ubnd_long}", "bold", pen.pt, "center")
        y += pen.lead() * 1.4
    paragraphs = (GROUNDS if type_name in ("QUYẾT ĐỊNH", "CHỈ THỊ", "KẾ HOẠCH") else []) + d["paragraphs"]
    for i, text in enumerate(paragraphs):
        if type_name == "QUYẾT ĐỊNH" and i == len(GROUNDS):
            pen.s.line(pen.cx, y, "QUYẾT ĐỊNH:", "bold", pen.pt, "center")
            y += pen.lead()
            text = f"Điều 1. {text}"
        for part_no, part in enumerate(pen.wrap(text, pen.right - fam.left - 8)):
            if y > pen.s.h - 22:
                pen, y = next_page(new_pen, pens)
            pen.s.line(fam.left + (8 if part_no == 0 else 0), y, part, "regular", pen.pt)
            y += pen.lead()
    if y > pen.s.h - 75:
        pen, y = next_page(new_pen, pens)
    pen.signature(y + 6, pen.rx, authority, d["signer"], c.ubnd_long if not police else f"CÔNG AN {c.caps}",
                  rank=rank, recipients=["- Như trên;", f"- UBND {d['district_kind']};", "- Lưu: VT."])
    fields = {"organ_name": " ".join(body), "code_number": number, "code_notation": notation,
              "issued_date": d["issued"].isoformat(), "subject": " ".join(subject), "signer_name": d["signer"],
              "signer_position": authority[-1]}
    return pens, {"kind": "decision" if type_name == "QUYẾT ĐỊNH" else "other", "type_label": type_name,
                  "fields": fields}


def next_page(new_pen, pens):
    pen = new_pen()
    pens.append(pen)
    pen.s.line(pen.s.w / 2, 12, str(len(pens)), "regular", pen.pt * 0.9, "center")
    return pen, 22
