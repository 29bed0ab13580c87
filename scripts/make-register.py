#!/usr/bin/python3
"""A year of a commune's one-stop desk: the dossier register the provincial system would
export, and the digitised documents of those dossiers.

  scripts/make-register.py --out DIR [--dossiers 3000] [--year 2025] [--seed 766]

writes DIR/register.csv (the national dossier-sync columns, see README), DIR/documents/
<month>.pdf (born-digital pages: for each digitised dossier its receipt, its declaration and,
where the result is a paper document and was scanned, its result; each printing the dossier
code) and DIR/expected.json: the five rates per quarter, computed here independently of
sohoa from what was generated, for the tests to compare with `sohoa report`.

Procedures come in the proportions of a commune desk (certified copies most, civil status
next); the share of online dossiers, digitised dossiers and reuse grows over the year; some
dossiers are late, some wait for a supplement, a few are stopped or refused, the last weeks'
are still open at the year's end.
"""
import argparse
import csv
import datetime as dt
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "lib"))
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import page_typesetter  # noqa: E402,F401  (registers the Liberation Serif fonts)

ROOT = HERE.parent
SHARED = Path(os.environ.get("SOHOA_SHARED", ROOT.parent / "shared"))
AGENCY = "000.21.37.H08"
# code: (share of the desk's dossiers, working days to the appointment)
MIX = {"2.000815": (0.42, 0), "2.000884": (0.10, 0), "2.001035": (0.05, 2), "1.001193": (0.10, 1),
       "1.000894": (0.04, 3), "1.000656": (0.04, 1), "1.004873": (0.08, 3), "1.004884": (0.02, 5),
       "2.000635": (0.03, 1), "1.011607": (0.02, 10), "1.004222": (0.06, 7), "1.004194": (0.04, 3)}
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thanh", "Quốc", "Thu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Mai", "Nam", "Phúc", "Sơn", "Thảo", "Tuấn"]


def procedures():
    rows = (SHARED / "domain" / "procedures.tsv").read_text(encoding="utf-8").splitlines()[1:]
    table = {}
    for row in rows:
        code, name, field, result, paper = row.split("\t")
        table[code] = {"name": name, "field": field, "result": result, "paper": paper == "yes"}
    return table


def working_days_after(start, days):
    day = start
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def make_dossiers(rng, count, year):
    days = [dt.date(year, 1, 1) + dt.timedelta(days=i) for i in range(366)]
    days = [d for d in days if d.year == year and d.weekday() < 5]
    codes, weights = zip(*[(code, share) for code, (share, _) in MIX.items()])
    dossiers = []
    for seq in range(1, count + 1):
        day = sorted(rng.sample(days, 1))[0]
        progress = (day - dt.date(year, 1, 1)).days / 365  # the reform takes hold over the year
        received = dt.datetime.combine(day, dt.time(rng.randint(7, 16), rng.choice([0, 15, 30, 45])))
        code = rng.choices(codes, weights)[0]
        due_days = MIX[code][1]
        if due_days == 0 and received.hour >= 11:
            due_days = 1  # same-day procedures received after 11:00 are due the next working day
        due = dt.datetime.combine(working_days_after(day, due_days), dt.time(17, 0))
        channel = 2 if rng.random() < 0.45 + 0.35 * progress else (3 if rng.random() < 0.03 else 1)
        supplements = 0 if rng.random() < 0.93 else (1 if rng.random() < 0.8 else 2)
        late = rng.random() < 0.02
        d = {"code": f"{AGENCY}-{received:%y%m%d}-{seq:04d}", "procedure": code, "channel": channel,
             "received": received, "due": due, "supplements": supplements, "finished": None,
             "status": "dang_xu_ly", "requested": None, "done": None}
        hours_left = (due - received).total_seconds() / 3600
        work = dt.timedelta(hours=rng.uniform(0.3, 0.95) * min(hours_left, 6 + 24 * max(0, due_days - 1)))
        if supplements:
            d["requested"] = received + dt.timedelta(hours=rng.uniform(1, 8))
            d["done"] = d["requested"] + dt.timedelta(days=rng.uniform(1, 5))
            work += d["done"] - d["requested"]
        finished = received + work + (dt.timedelta(days=rng.uniform(1, 4)) if late else dt.timedelta())
        if finished.date() < dt.date(year, 12, 29) or rng.random() < 0.3:
            d["finished"] = finished.replace(second=0, microsecond=0)
            roll = rng.random()
            d["status"] = "dung_xu_ly" if roll < 0.005 else "tu_choi" if roll < 0.01 else (
                "da_tra_ket_qua" if roll < 0.85 else "da_xu_ly_xong")
        d["applicant_id"] = (f"0{rng.choice([52, 79, 1, 48]):02d}{rng.choice([0, 1])}{rng.randint(60, 99)}"
                             f"{rng.randrange(10**6):06d}")
        d["applicant_name"] = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        # Digitised at the desk: components scanned (or reused), results scanned.
        d["reused"] = rng.random() < 0.35 + 0.35 * progress
        d["components"] = d["reused"] or rng.random() < 0.7 + 0.25 * progress
        d["result_scanned"] = d["finished"] is not None and d["status"] in ("da_tra_ket_qua", "da_xu_ly_xong") and \
            rng.random() < 0.75 + 0.24 * progress
        if rng.random() < 0.004:
            d["received"] = None  # a register row without its receipt date
        dossiers.append(d)
    dossiers.sort(key=lambda d: d["code"])
    return dossiers


def fmt(moment):
    return "" if moment is None else moment.strftime("%Y-%m-%d %H:%M")


def write_register(path, dossiers):
    with open(path, "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["MaHoSo", "MaTTHC", "KenhThucHien", "NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "TrangThai",
                    "SoLanYeuCauBoSung", "NgayYeuCauBoSung", "NgayHoanThanhBoSung", "ChuHoSoSoDinhDanh",
                    "ChuHoSoHoTen", "HoSoCoThanhPhanSoHoa"])
        for d in dossiers:
            w.writerow([d["code"], d["procedure"], d["channel"], fmt(d["received"]), fmt(d["due"]), fmt(d["finished"]),
                        d["status"], d["supplements"], fmt(d["requested"]), fmt(d["done"]), d["applicant_id"],
                        d["applicant_name"], 1 if d["reused"] else 0])


def page(c, lines):
    y = A4[1] - 60
    c.setFont("Serif-Bold", 12)
    c.drawString(90, y, "UBND XÃ TÂY THUẬN")
    c.drawString(330, y, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    y -= 40
    for i, text in enumerate(lines):
        c.setFont("Serif-Bold" if i == 0 else "Serif", 14 if i == 0 else 12)
        if i == 0:
            c.drawCentredString(A4[0] / 2 + 15, y, text)
        else:
            c.drawString(90, y, text)
        y -= 22
    c.showPage()


def write_documents(folder, dossiers, table):
    folder.mkdir(parents=True, exist_ok=True)
    pages = 0
    by_month = {}
    for d in dossiers:
        if d["received"] and (d["components"] or d["result_scanned"]):
            by_month.setdefault(d["received"].strftime("%Y-%m"), []).append(d)
    for month, group in sorted(by_month.items()):
        c = canvas.Canvas(str(folder / f"{month}.pdf"), pagesize=A4)
        for d in group:
            p = table[d["procedure"]]
            page(c, ["GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", f"Mã hồ sơ: {d['code']}",
                     f"Ông/Bà: {d['applicant_name']}", f"Tên thủ tục hành chính: {p['name']}"])
            pages += 1
            if d["components"] and not d["reused"]:
                page(c, [f"TỜ KHAI {p['name'].upper()}", f"Họ và tên: {d['applicant_name']}",
                         f"Số định danh cá nhân: {d['applicant_id']}"])
                pages += 1
            if d["result_scanned"] and p["paper"]:
                page(c, [p["result"].upper(), f"Mã hồ sơ: {d['code']}", f"Người yêu cầu: {d['applicant_name']}"])
                pages += 1
        c.save()
    return pages


def expected_rates(dossiers, table, start, end):
    """The five rates over [start, end] (dates), as domain/README.md section 2 defines them."""
    def received_in(d):
        return d["received"] is not None and start <= d["received"].date() <= end
    end_moment = dt.datetime.combine(end, dt.time(23, 59))
    counts = {k: [0, 0] for k in ("digitisation", "electronic_result", "reuse", "online", "on_time")}
    for d in dossiers:
        paper = table.get(d["procedure"], {"paper": False})["paper"]
        components = d["components"] or d["reused"]
        result = d["result_scanned"] and paper
        if received_in(d):
            counts["digitisation"][1] += 1
            counts["digitisation"][0] += components and (not paper or result)
            if paper:
                counts["electronic_result"][1] += 1
                counts["electronic_result"][0] += result
            counts["reuse"][1] += 1
            counts["reuse"][0] += d["reused"]
            counts["online"][1] += 1
            counts["online"][0] += d["channel"] == 2 and (not paper or result)
        processing = d["received"] is not None and d["received"].date() <= end and (
            received_in(d) or d["finished"] is None or d["finished"].date() >= start)
        if processing:
            counts["on_time"][1] += 1
            finish = d["finished"] if d["finished"] and d["finished"] <= end_moment else end_moment
            waiting = dt.timedelta()
            if d["requested"] and d["requested"] <= finish:
                resumed = d["done"] if d["done"] and d["done"] <= finish else finish
                waiting = max(dt.timedelta(), resumed - d["requested"])
            counts["on_time"][0] += d["supplements"] <= 1 and finish - waiting <= d["due"]
    return {k: {"numerator": n, "denominator": m, "rate": round(100 * n / m, 2) if m else None}
            for k, (n, m) in counts.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dossiers", type=int, default=3000)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--seed", type=int, default=766)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    table = procedures()
    dossiers = make_dossiers(rng, args.dossiers, args.year)
    args.out.mkdir(parents=True, exist_ok=True)
    write_register(args.out / "register.csv", dossiers)
    pages = write_documents(args.out / "documents", dossiers, table)
    quarters = {f"{args.year}-Q{q}": (dt.date(args.year, 3 * q - 2, 1),
                                      (dt.date(args.year + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)))
                for q in range(1, 5)}
    quarters[str(args.year)] = (dt.date(args.year, 1, 1), dt.date(args.year, 12, 31))
    expected = {label: expected_rates(dossiers, table, a, b) for label, (a, b) in quarters.items()}
    (args.out / "expected.json").write_text(json.dumps(expected, indent=1), encoding="utf-8")
    print(f"make-register: {len(dossiers)} dossiers, {pages} document pages in {args.out}")


if __name__ == "__main__":
    main()
