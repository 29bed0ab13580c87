"""Papers a citizen brings: the hospital's giấy chứng sinh, the giấy báo tử (hospital, police or
commune), and a letter (ĐƠN ĐỀ NGHỊ …) written to the commune."""
from civil import shown, sign_place


def birth_paper(pen, d):
    """Giấy chứng sinh of a district health centre: SỞ Y TẾ over TRUNG TÂM Y TẾ HUYỆN …"""
    s, fam, c = pen.s, pen.fam, d["commune"]
    sub, issued = d["subject"], d["born_paper_date"]
    parent = [f"SỞ Y TẾ {c.province.upper()}"]
    body = [f"TRUNG TÂM Y TẾ {d['district_kind'].upper()} {c.district.upper()}"]
    if fam.organ_two_lines:
        body = ["TRUNG TÂM Y TẾ", f"{d['district_kind'].upper()} {c.district.upper()}"]
    number = str(d["born_paper_no"])
    y = pen.header(22, parent, body, ("Số: ", number, "/GCS"), c.district, issued,
                   extra_left=[f"Quyển số: {issued.year}"])
    y = pen.title(y + 4, "GIẤY CHỨNG SINH")
    y = pen.fields(y, [(f"{fam.name_label} mẹ", shown(fam, d["mother"]))])
    y = pen.fields(y, [("Năm sinh", str(d["mother_born"].year)), ("Dân tộc", "Kinh")])
    y = pen.fields(y, [(fam.pid_label, d["mother_cccd"])])
    y = pen.fields(y, [("Nơi cư trú", d["applicant"]["address"])])
    birth = d["birth_time"]
    y = pen.fields(y, [("Đã sinh con vào lúc", f"{birth:%H} giờ {birth:%M} phút, ngày {birth:%d/%m/%Y}")])
    y = pen.fields(y, [("Tại", f"Trung tâm Y tế {d['district_kind']} {c.district}")])
    y = pen.fields(y, [("Số con trong lần sinh này", "01"), ("Giới tính của con", sub["sex"])])
    y = pen.fields(y, [("Cân nặng", f"{d['weight']} gam")])
    y = pen.fields(y, [("Dự định đặt tên con", shown(fam, sub["name"]))])
    y += 4
    lx = fam.left + 35
    s.line(lx, y, "Người đỡ đẻ", "bold", pen.pt, "center")
    s.line(lx, y + 24, d["midwife"], "bold", pen.pt, "center")
    signer = d["doctor"]
    pen.signature(y, pen.rx, ["GIÁM ĐỐC"], signer, f"TRUNG TÂM Y TẾ {c.district.upper()}", rank="BS.")
    fields = {"organ_name": " ".join(body), "code_number": number, "code_notation": "GCS",
              "issued_date": issued.isoformat(), "person_name": sub["name"], "citizen_ids": [d["mother_cccd"]], "signer_name": signer,
              "signer_position": "GIÁM ĐỐC"}
    return {"kind": "supporting", "type_label": "GIẤY CHỨNG SINH", "fields": fields}


def death_paper(pen, d):
    """Giấy báo tử: `Đã chết vào lúc 14 giờ 16 phút, ngày 07/04/2025`."""
    fam, c = pen.fam, d["commune"]
    sub, issued, death = d["subject"], d["death_paper_date"], d["death"]
    police = d["death_by_police"]
    if police:
        parent = [f"CÔNG AN {d['district_kind'].upper()} {c.district.upper()}"]
        body = [f"CÔNG AN {c.caps}"]
        signer, position, rank = d["police_chief"], "TRƯỞNG CÔNG AN XÃ", "Trung tá"
        authority = ["TRƯỞNG CÔNG AN XÃ"] if c.kind == "xã" else [f"TRƯỞNG CÔNG AN {c.kind_caps}"]
        position = authority[0]
        seal_text = f"CÔNG AN {c.caps}"
    else:
        parent = [f"SỞ Y TẾ {c.province.upper()}"]
        body = [f"TRUNG TÂM Y TẾ {d['district_kind'].upper()} {c.district.upper()}"]
        signer, position, rank, authority = d["doctor"], "GIÁM ĐỐC", "BS.", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
        position = "PHÓ GIÁM ĐỐC"
        seal_text = f"TRUNG TÂM Y TẾ {c.district.upper()}"
    number = str(d["death_paper_no"])
    y = pen.header(22, parent, body, ("Số: ", number, "/GBT"), c.name if police else c.district, issued)
    y = pen.title(y + 4, "GIẤY BÁO TỬ")
    y = pen.fields(y, [(fam.name_label, shown(fam, sub["name"]))])
    y = pen.fields(y, [("Giới tính", sub["sex"]), ("Ngày, tháng, năm sinh", f"{sub['born']:%d/%m/%Y}")])
    y = pen.fields(y, [("Dân tộc", sub["ethnic"]), ("Quốc tịch", "Việt Nam")])
    y = pen.fields(y, [(fam.pid_label, sub["cccd"])])
    y = pen.fields(y, [("Nơi cư trú cuối cùng", sub["address"])])
    y = pen.paragraph(y, f"Đã chết vào lúc {death:%H} giờ {death:%M} phút, ngày {death:%d/%m/%Y}", indent=0)
    y = pen.fields(y, [("Nơi chết", sub["address"] if police else f"Trung tâm Y tế {c.district}")])
    y = pen.fields(y, [("Nguyên nhân chết", "Bệnh" if police else "Suy tim")])
    pen.signature(y + 6, pen.rx, authority, signer, seal_text, rank=rank)
    fields = {"organ_name": " ".join(body), "code_number": number, "code_notation": "GBT",
              "issued_date": issued.isoformat(), "person_name": sub["name"], "citizen_ids": [sub["cccd"]],
              "signer_name": signer, "signer_position": position}
    return {"kind": "supporting", "type_label": "GIẤY BÁO TỬ", "fields": fields}


def letter(pen, d):
    """ĐƠN ĐỀ NGHỊ …: national title, the heading, `Kính gửi`, who asks, what for, signed below."""
    fam, c, a = pen.fam, d["commune"], d["applicant"]
    heading = d["letter_heading"]
    y = pen.form_header(18)
    y = pen.title(y + 4, heading[0], heading[1:])
    y = pen.fields(y, [("Kính gửi", f"Ủy ban nhân dân {c.kind} {c.name}")], x=fam.left + 25)
    y = pen.fields(y + 2, [("Tôi tên là", shown(fam, a["name"]))])
    y = pen.fields(y, [("Sinh ngày", f"{a['born']:%d/%m/%Y}"), ("Giới tính", a["sex"])])
    y = pen.fields(y, [(fam.pid_label, a["cccd"])])
    y = pen.fields(y, [("Nơi cư trú", a["address"])])
    y = pen.fields(y, [("Số điện thoại", a["phone"])])
    for text in d["letter_body"]:
        y = pen.paragraph(y, text, indent=8)
    y = pen.paragraph(y, "Tôi xin chân thành cảm ơn.", indent=8)
    sign_place(pen, d, y + 4, who="Người làm đơn")
    fields = {"issued_date": d["signed"].isoformat(), "person_name": a["name"], "citizen_ids": [a["cccd"]]}
    return {"kind": "application", "type_label": " ".join(heading), "fields": fields}
