"""Civil-status papers of Thông tư 04/2020/TT-BTP: the tờ khai (birth, marriage, death, marital
status) a citizen fills in, and the results the commune issues (giấy khai sinh with `Số` and
`Quyển số`, trích lục khai tử, giấy xác nhận tình trạng hôn nhân, giấy chứng nhận kết hôn)."""
from hand import scribble
from receipt import place_qr, qr_payload


def shown(fam, name):
    return name.upper() if fam.caps_names else name


def requester(pen, d, y):
    fam, a = pen.fam, d["applicant"]
    y = pen.fields(y, [(f"{fam.name_label} người yêu cầu", shown(fam, a["name"]))])
    y = pen.fields(y, [(fam.pid_label, a["cccd"])])
    y = pen.fields(y, [(fam.id_label, f"CCCD số {a['cccd']}, cấp ngày {a['id_issued']:%d/%m/%Y}")])
    return pen.fields(y, [("Nơi cư trú", a["address"])])


def sign_place(pen, d, y, who="Người yêu cầu"):
    """The signing line at the bottom, day and month written by hand, then the signer."""
    s, fam = pen.s, pen.fam
    signed, c = d["signed"], d["commune"]
    head, day, month = f"Làm tại: {c.name}, ngày ", f"{signed.day:02d}", str(signed.month)
    x = pen.rx - 40
    _, x1 = s.put(x, y, head, "italic", pen.pt)
    if fam.leader in ("dots", "ellipsis"):
        s.dots(x1 + 0.5, x1 + 8, y + 0.2)
    pen.hand_text(x1 + 1, y - 1, day)
    _, x2 = s.put(x1 + 9, y, " tháng ", "italic", pen.pt)
    pen.hand_text(x2 + 1, y - 1, month)
    s.put(x2 + 8, y, f" năm {signed.year}", "italic", pen.pt)
    s.record(f"{head}{day} tháng {month} năm {signed.year}")
    y += pen.lead()
    s.line(pen.rx, y, who, "bold", pen.pt, "center")
    s.line(pen.rx, y + pen.lead() * 0.9, "(Ký, ghi rõ họ, chữ đệm, tên)", "italic", pen.pt * 0.85, "center")
    scribble(s, pen.rng, pen.rx, y + 12, 22)
    name = shown(fam, d["applicant"]["name"])
    if fam.values == "hand":
        pen.hand_text(pen.rx, y + 22, d["applicant"]["name"], align="center")
        s.record(d["applicant"]["name"])
    else:
        s.line(pen.rx, y + 22, name, "bold", pen.pt, "center")
    return y + 30


def declaration(pen, d):
    fam, c, p = pen.fam, d["commune"], d["procedure"]
    sub, a = d["subject"], d["applicant"]
    y = pen.form_header(18)
    y = pen.title(y + 4, p["declaration"])
    y = pen.fields(y, [("Kính gửi", f"Ủy ban nhân dân {c.kind} {c.name}")], x=fam.left + 30)
    y = requester(pen, d, y + 2)
    ids = [a["cccd"]]
    subject_kind = p["subject"]
    if subject_kind == "self":
        y = pen.fields(y, [("Giới tính", a["sex"]), ("Dân tộc", a["ethnic"]), ("Quốc tịch", "Việt Nam")])
        y = pen.fields(y, [("Tình trạng hôn nhân", "Chưa đăng ký kết hôn với ai")])
        y = pen.fields(y, [("Mục đích sử dụng", "Đăng ký kết hôn")])
        person = a["name"]
    else:
        y = pen.fields(y, [("Quan hệ với người được đăng ký", sub["relation"])])
        intro = {"child": "Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:",
                 "deceased": "Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây:",
                 "spouse": "Đề nghị cơ quan đăng ký kết hôn cho chúng tôi với người dưới đây:"}[subject_kind]
        y = pen.paragraph(y, intro, indent=0)
        who = {"child": "", "deceased": " người chết", "spouse": ""}[subject_kind]
        y = pen.fields(y, [(f"{fam.name_label}{who}", shown(fam, sub["name"]))])
        y = pen.fields(y, [("Ngày, tháng, năm sinh", f"{sub['born']:%d/%m/%Y}"), ("Giới tính", sub["sex"])])
        y = pen.fields(y, [("Dân tộc", sub["ethnic"]), ("Quốc tịch", "Việt Nam")])
        if subject_kind == "child":
            y = pen.fields(y, [("Nơi sinh", f"Trung tâm Y tế {d['district_kind']} {c.district}")])
            y = pen.fields(y, [(f"{fam.name_label} người mẹ", shown(fam, d["mother"]))])
            y = pen.fields(y, [(f"{fam.name_label} người cha", shown(fam, d["father"]))])
            person = sub["name"]
        elif subject_kind == "deceased":
            y = pen.fields(y, [(fam.pid_label, sub["cccd"])])
            ids.append(sub["cccd"])
            y = pen.fields(y, [("Đã chết vào lúc", f"{d['death']:%H} giờ {d['death']:%M} phút, ngày "
                                                   f"{d['death']:%d/%m/%Y}")])
            y = pen.fields(y, [("Nơi chết", sub["address"])])
            y = pen.fields(y, [("Nguyên nhân chết", "Bệnh")])
            person = sub["name"]
        else:
            y = pen.fields(y, [(fam.pid_label, sub["cccd"])])
            ids.append(sub["cccd"])
            y = pen.fields(y, [("Nơi cư trú", sub["address"])])
            person = a["name"]
    y = pen.paragraph(y + 2, "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước "
                             "pháp luật về cam đoan của mình.", indent=8, style="italic")
    sign_place(pen, d, y + 4)
    return {"kind": "declaration", "type_label": p["declaration"],
            "fields": {"issued_date": d["signed"].isoformat(), "person_name": person, "citizen_ids": ids,
                       "procedure_code": p["code"]}}


def result(pen, d):
    """The certificate the commune issues; its signer and seal; the register number and book."""
    fam, c, p = pen.fam, d["commune"], d["procedure"]
    sub, a, issued = d["subject"], d["applicant"], d["issued"]
    has_qr = place_qr(pen, qr_payload(fam, d, p["result"]))
    kind = p["subject"]
    number, notation = d["result_number"], p["notation"]
    fields = {"issued_date": issued.isoformat(), "code_number": number, "procedure_code": p["code"],
              "signer_name": d["signer"]["name"], "signer_position": d["signer"]["authority"][-1]}
    if notation:  # trích lục and xác nhận: a Nghị định 30 header with the number under the body
        parent, body = pen.organ_lines(c)
        y = pen.header(22, parent, body, ("Số: ", number, f"/{notation}"), c.name, issued)
        fields.update(code_notation=notation, organ_name=" ".join(body))
        y = pen.title(y + 2, p["result"])
    else:  # giấy khai sinh, kết hôn: national title centred, Số and Quyển số on the left
        y = pen.form_header(24 if has_qr and fam.qr == "top-left" else 18)
        y = pen.title(y + 2, p["result"])
        y = pen.fields(y, [("Số", number), ("Quyển số", f"01/{issued.year}")], end=pen.cx + 20)
        fields["organ_name"] = c.titled
    ids = []
    if kind == "spouse":
        husband, wife = (a, sub) if a["male"] else (sub, a)
        for who, person in (("chồng", husband), ("vợ", wife)):
            y = pen.fields(y, [(f"{fam.name_label} {who}", shown(fam, person["name"]))])
            y = pen.fields(y, [("Ngày, tháng, năm sinh", f"{person['born']:%d/%m/%Y}"), ("Dân tộc", person["ethnic"])])
            y = pen.fields(y, [(fam.pid_label, person["cccd"])])
            ids.append(person["cccd"])
        person_name = a["name"]
    else:
        who = sub if kind != "self" else a
        y = pen.fields(y, [(fam.name_label if kind != "deceased" else f"{fam.name_label} người chết",
                            shown(fam, who["name"]))])
        y = pen.fields(y, [("Ngày, tháng, năm sinh", f"{who['born']:%d/%m/%Y}"), ("Giới tính", who["sex"])])
        y = pen.fields(y, [("Dân tộc", who["ethnic"]), ("Quốc tịch", "Việt Nam")])
        y = pen.fields(y, [(fam.pid_label, who["cccd"])])
        ids.append(who["cccd"])
        if kind == "deceased":
            y = pen.fields(y, [("Đã chết vào lúc", f"{d['death']:%H} giờ {d['death']:%M} phút, ngày "
                                                   f"{d['death']:%d/%m/%Y}")])
        elif kind == "child":
            y = pen.fields(y, [("Nơi sinh", f"Trung tâm Y tế {d['district_kind']} {c.district}")])
            y = pen.fields(y, [(f"{fam.name_label} người mẹ", shown(fam, d["mother"]))])
            y = pen.fields(y, [(f"{fam.name_label} người cha", shown(fam, d["father"]))])
        else:
            y = pen.fields(y, [("Tình trạng hôn nhân", "Hiện tại chưa đăng ký kết hôn với ai")])
            y = pen.fields(y, [("Giấy này được cấp để", "Đăng ký kết hôn")])
        person_name = who["name"]
        if kind != "self":
            y = pen.fields(y, [(f"{fam.name_label} người đi đăng ký", shown(fam, a["name"]))])
            y = pen.fields(y, [(fam.id_label, a["cccd"])])
            ids.append(a["cccd"])
    if not notation:
        y = pen.fields(y, [("Nơi đăng ký", c.titled)])
        y = pen.fields(y, [("Ngày, tháng, năm đăng ký", f"{issued:%d/%m/%Y}")])
    fields.update(person_name=person_name, citizen_ids=ids)
    if has_qr:
        fields["dossier_code"] = d["code"]
    pen.signature(y + 8, pen.rx, d["signer"]["authority"], d["signer"]["name"], c.ubnd_long)
    return {"kind": "result", "type_label": p["result"], "fields": fields}
