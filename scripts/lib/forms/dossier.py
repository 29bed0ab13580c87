"""Dossiers as a commune desk receives them (receipt → tờ khai → supporting papers → the
applicant's card copy, plain or certified → the result) and archived documents standing alone,
each rendered in one family: a list of documents, each its pages (image + truth lines) and its
truth (kind, type_label, fields)."""
import datetime as dt

import civil
import certification
import idcard
import legacy
import nd30
import receipt
import supporting
from blocks import Pen
from people import COMMUNES, Commune
from sheet import Sheet

PROCEDURES = [
    {"code": "1.001193", "name": "Đăng ký khai sinh", "declaration": "TỜ KHAI ĐĂNG KÝ KHAI SINH",
     "result": "GIẤY KHAI SINH", "subject": "child", "notation": None, "support": "birth", "days": 1,
     "components": [("Tờ khai đăng ký khai sinh", "bản chính"), ("Giấy chứng sinh", "bản chính"),
                    ("Căn cước công dân của người yêu cầu", "bản sao")]},
    {"code": "1.004873", "name": "Cấp Giấy xác nhận tình trạng hôn nhân",
     "declaration": "TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", "result": "GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN",
     "subject": "self", "notation": "UBND-XNTTHN", "support": "letter", "days": 3,
     "components": [("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "bản chính"), ("Đơn đề nghị", "bản chính"),
                    ("Căn cước công dân", "bản sao")]},
    {"code": "1.000656", "name": "Đăng ký khai tử", "declaration": "TỜ KHAI ĐĂNG KÝ KHAI TỬ",
     "result": "TRÍCH LỤC KHAI TỬ", "subject": "deceased", "notation": "TLKT-BS", "support": "death", "days": 1,
     "components": [("Tờ khai đăng ký khai tử", "bản chính"), ("Giấy báo tử", "bản chính"),
                    ("Căn cước công dân của người yêu cầu", "bản sao")]},
    {"code": "1.000894", "name": "Đăng ký kết hôn", "declaration": "TỜ KHAI ĐĂNG KÝ KẾT HÔN",
     "result": "GIẤY CHỨNG NHẬN KẾT HÔN", "subject": "spouse", "notation": None, "support": None, "days": 5,
     "components": [("Tờ khai đăng ký kết hôn", "bản chính"), ("Căn cước công dân của hai bên", "bản sao")]},
]
LEGACY_PAPERS = ("receipt", "declaration", "result", "nd30")
MARKS = ["Nốt ruồi C: 1cm dưới sau mép trái", "Sẹo chấm C: 2cm trên đuôi mắt phải",
         "Nốt ruồi C: 2cm trên trước cánh mũi phải"]


def context(rng, people, fam, sentences, sequence):
    """Everything one dossier's papers say, drawn once so that they agree with each other."""
    commune = Commune(rng.choice(COMMUNES[fam.set]))
    p = rng.choice(PROCEDURES)
    received = dt.datetime(2025, rng.randint(1, 11), rng.randint(1, 28), rng.randint(7, 16), rng.randint(0, 59))
    applicant = card_holder(rng, people.person(1965, 2002, commune=commune), commune)
    kind = p["subject"]
    d = {"commune": commune, "procedure": p, "received": received, "applicant": applicant,
         "code": f"{commune.agency}-{received:%y%m%d}-{sequence:04d}", "receipt_no": rng.randint(10, 990),
         "due": received + dt.timedelta(days=p["days"] + 1), "days": p["days"], "district_kind": commune.district_kind,
         "clerk": people.name(rng.random() < 0.5), "signed": (received - dt.timedelta(days=rng.randint(0, 2))).date(),
         "issued": (received + dt.timedelta(days=rng.randint(0, p["days"]))).date(),
         "paragraphs": [" ".join(rng.sample(sentences, 3)) for _ in range(2)],
         "signer": {"authority": rng.choice([["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]]),
                    "name": people.name(rng.random() < 0.6)},
         "result_number": str(rng.randint(1, 300)) if not p["notation"] else f"{rng.randint(1, 250):02d}"}
    if kind == "child":
        born = d["signed"] - dt.timedelta(days=rng.randint(5, 50))
        male = rng.random() < 0.5
        surname = applicant["name"].split()[0] if applicant["male"] else people.name(True).split()[0]
        child = {"name": f"{surname} {people.name(male).split(' ', 1)[1]}", "born": born, "male": male,
                 "sex": "Nam" if male else "Nữ", "cccd": people.cccd(born, male), "ethnic": applicant["ethnic"],
                 "relation": "Cha" if applicant["male"] else "Mẹ"}
        other = people.name(not applicant["male"])
        d.update(subject=child, mother=other if applicant["male"] else applicant["name"],
                 father=applicant["name"] if applicant["male"] else other,
                 mother_born=applicant["born"], mother_cccd=people.cccd(applicant["born"], False),
                 birth_time=dt.datetime.combine(born, dt.time(rng.randint(0, 23), rng.randint(0, 59))),
                 born_paper_no=rng.randint(100, 2999), born_paper_date=born + dt.timedelta(days=rng.randint(1, 3)),
                 weight=rng.randint(2600, 3900), midwife=people.name(False), doctor=people.name(rng.random() < 0.5))
        if not applicant["male"]:
            d["mother_cccd"] = applicant["cccd"]
    elif kind == "deceased":
        dead = people.person(1930, 1960, commune=commune)
        death = dt.datetime.combine(d["signed"] - dt.timedelta(days=rng.randint(1, 20)),
                                    dt.time(rng.randint(0, 23), rng.randint(0, 59)))
        d.update(subject=dict(dead, relation=rng.choice(["Con", "Vợ", "Chồng", "Cháu"])), death=death,
                 death_paper_no=rng.randint(5, 400), death_paper_date=(death + dt.timedelta(days=1)).date(),
                 death_by_police=rng.random() < 0.5, police_chief=people.name(True), doctor=people.name(True))
    elif kind == "spouse":
        d["subject"] = dict(people.person(1970, 2003, male=not applicant["male"], commune=commune),
                            relation="Vợ/Chồng")
    else:
        d["subject"] = dict(applicant, relation="Bản thân")
        d.update(letter_heading=["ĐƠN ĐỀ NGHỊ", "CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN"],
                 letter_body=["Nay tôi làm đơn này đề nghị Ủy ban nhân dân xác nhận tình trạng hôn nhân của tôi để "
                              "làm thủ tục đăng ký kết hôn.", d["paragraphs"][0]])
    d.update(cert_no=rng.randint(20, 990), cert_date=d["signed"] - dt.timedelta(days=rng.randint(0, 30)),
             cert_signer={"authority": rng.choice([["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ["TM. ỦY BAN NHÂN DÂN",
                                                   "CHỦ TỊCH"], ["NGƯỜI THỰC HIỆN CHỨNG THỰC"]]),
                          "name": people.name(rng.random() < 0.5)})
    return d


def card_holder(rng, person, commune):
    person.update(cmnd=f"{rng.randrange(10**9):09d}", mark=rng.choice(MARKS), officer="Tô Văn Huệ",
                  id_issued=dt.date(rng.choice([2021, 2022, 2023]), rng.randint(1, 12), rng.randint(1, 28)))
    return person


def archive_context(rng, people, fam, sentences):
    """An archived commune document standing alone (no dossier)."""
    commune = Commune(rng.choice(COMMUNES[fam.set]))
    year = rng.choice([2024, 2025])
    issued = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    kinds = nd30.KINDS if fam.name != "legacy" else [k for k in nd30.KINDS if k[0] in ("QUYẾT ĐỊNH", "THÔNG BÁO",
                                                                                          "KẾ HOẠCH")]
    count = rng.choice([3, 4, 6, 9, 14])
    hand = rng.random() < fam.hand_numbers and fam.name != "legacy"
    number = str(rng.randint(10, 999)) if hand else f"{rng.randint(1, 199):02d}"
    return {"commune": commune, "district_kind": commune.district_kind, "issued": issued,
            "nd30_kind": rng.choice(kinds), "doc_number": number, "hand_number": hand,
            "fill": {"village": "Đông Phú", "year": year, "quarter": "I" if issued.month < 4 else "III"},
            "paragraphs": [" ".join(rng.sample(sentences, 3)) for _ in range(count)],
            "authority": rng.choice(nd30.SIGNERS), "signer": people.name(rng.random() < 0.6),
            "addressee": f"UBND {commune.district_kind} {commune.district}",
            "police": fam.name != "legacy" and rng.random() < 0.12}


def render(fam, paper, d, dpi, rng, card_person=None):
    """One document of one family: ([(image, lines)], truth)."""
    if fam.name == "legacy":
        return legacy.render(paper, d, dpi)
    pens = []

    def new_pen():
        pens.append(Pen(Sheet(dpi, fam.fonts), fam, rng))
        return pens[-1]

    if paper == "nd30":
        pens_used, truth = nd30.document(new_pen, d)
    else:
        draw = {"receipt": receipt.receipt, "declaration": civil.declaration, "result": civil.result,
                "birth": supporting.birth_paper, "death": supporting.death_paper, "letter": supporting.letter}
        if paper in ("id_copy", "certified"):
            fn = idcard.id_copy if paper == "id_copy" else certification.certified_copy
            truth = fn(new_pen(), d, card_person or d["applicant"])
        else:
            truth = draw[paper](new_pen(), d)
    return [(p.s.img, p.s.lines) for p in pens], truth


def dossier_papers(fam, d, rng):
    """The papers of one dossier, in the order the desk files them."""
    if fam.name == "legacy":
        return ["receipt", "declaration", "result"]
    papers = ["receipt", "declaration"]
    support = d["procedure"]["support"]
    if support:
        papers.append(support)
    papers.append("certified" if rng.random() < 0.35 else "id_copy")
    papers.append("result")
    return papers
