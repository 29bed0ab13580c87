"""The people, communes and numbers that fill the papers: Vietnamese names, valid CCCD numbers
(province of birth registration, century and sex, birth year, six digits), dossier codes, dates
written the Nghị định 30 way. Dev and heldout families draw from different communes, so that a
rule cannot learn a commune's name."""
import datetime as dt

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý", "Trương", "Đinh", "Lương", "Tạ", "Châu", "Quách"]
MIDDLE = {True: ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Ngọc", "Đình", "Trọng", "Thế"],
          False: ["Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim", "Thị Thanh", "Hoài", "Thị Mỹ", "Bích", "Diệu"]}
GIVEN = {True: ["An", "Bình", "Cường", "Dũng", "Hùng", "Long", "Nam", "Phúc", "Quang", "Sơn", "Tuấn", "Hậu", "Đạt",
                "Khoa", "Thắng", "Lộc", "Trọng", "Việt", "Nghĩa", "Thuận", "Lực", "Hưng", "Tường", "Khánh"],
         False: ["Hà", "Hạnh", "Hương", "Lan", "Mai", "Nga", "Thảo", "Vy", "Yến", "Ánh", "Trâm", "Nhung", "Quyên",
                 "Diệp", "Tuyết", "Loan", "Phượng", "Oanh", "Thủy", "Trinh", "Hằng"]}
ETHNIC = ["Kinh", "Kinh", "Kinh", "Kinh", "Tày", "Mường", "Hoa", "Chăm"]

# province (as printed), district, commune (kind + name), agency code of the commune's one-stop desk
COMMUNES = {
    "dev": [
        ("Bình Định", "Tây Sơn", "xã", "Tây Thuận", "000.21.37.H08", "052"),
        ("Bình Định", "Phù Mỹ", "xã", "Mỹ Lợi", "000.14.22.H08", "052"),
        ("Hà Tĩnh", "Đức Thọ", "xã", "Đức Lạng", "000.09.41.H42", "042"),
        ("Nghệ An", "Nghi Lộc", "xã", "Nghi Trung", "000.27.30.H40", "040"),
    ],
    "heldout": [
        ("Quảng Ngãi", "Tư Nghĩa", "xã", "Nghĩa Kỳ", "000.12.35.H55", "051"),
        ("Thừa Thiên Huế", "Phú Vang", "thị trấn", "Thuận An", "000.05.33.H46", "046"),
        ("Đồng Tháp", "Cao Lãnh", "phường", "Mỹ Phú", "000.03.29.H29", "087"),
        ("Thái Bình", "Vũ Thư", "xã", "Song Lãng", "000.18.26.H57", "034"),
    ],
}
VILLAGES = ["Hòa Hiệp", "Thuận Hạnh", "Đông Phú", "Tân Lập", "Phú Hữu", "Vĩnh Lộc", "An Điềm", "Trung Hòa",
            "Mỹ Thạnh", "Phước Sơn", "Xuân Đài", "Bắc Sơn"]


class Commune:
    def __init__(self, row):
        self.province, self.district, self.kind, self.name, self.agency, self.province_code = row
        self.kind_caps = self.kind.upper()
        self.district_kind = "thành phố" if self.kind == "phường" else "huyện"

    @property
    def caps(self):
        return f"{self.kind_caps} {self.name.upper()}"  # XÃ TÂY THUẬN

    @property
    def ubnd_short(self):
        return f"UBND {self.caps}"

    @property
    def ubnd_long(self):
        return f"ỦY BAN NHÂN DÂN {self.caps}"

    @property
    def parent(self):
        return f"UBND {self.district_kind.upper()} {self.district.upper()}"

    @property
    def titled(self):
        return f"Ủy ban nhân dân {self.kind} {self.name}"


class People:
    def __init__(self, rng, province_codes):
        self.rng = rng
        self.codes = province_codes

    def name(self, male):
        r = self.rng
        return f"{r.choice(FAMILY)} {r.choice(MIDDLE[male])} {r.choice(GIVEN[male])}"

    def cccd(self, born, male, province=None):
        century = (born.year // 100 - 19) * 2 + (0 if male else 1)
        code = province or self.rng.choice(self.codes)
        return f"{code}{century}{born.year % 100:02d}{self.rng.randrange(10**6):06d}"

    def person(self, born_from, born_to, male=None, commune=None):
        r = self.rng
        male = r.random() < 0.5 if male is None else male
        born = dt.date(r.randint(born_from, born_to), r.randint(1, 12), r.randint(1, 28))
        province = commune.province_code if commune and r.random() < 0.7 else None
        person = {"name": self.name(male), "born": born, "male": male, "sex": "Nam" if male else "Nữ",
                  "cccd": self.cccd(born, male, province), "ethnic": r.choice(ETHNIC),
                  "phone": f"0{r.choice('389')}{r.randrange(10**8):08d}"}
        if commune:
            person["village"] = r.choice(VILLAGES)
            person["address"] = f"Thôn {person['village']}, {commune.kind} {commune.name}, {commune.district_kind} " \
                                f"{commune.district}, tỉnh {commune.province}"
            person["origin"] = f"{commune.kind.capitalize()} {commune.name}, {commune.district_kind} {commune.district}," \
                               f" {commune.province}"
        return person


def date_words(d, place=None):
    """`ngày 05 tháng 02 năm 2025`: leading zero for days below 10 and months 1-2 (Nghị định 30)."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    text = f"ngày {d.day:02d} tháng {month} năm {d.year}"
    return f"{place}, {text}" if place else text


def month_text(d):
    return f"{d.month:02d}" if d.month <= 2 else str(d.month)
