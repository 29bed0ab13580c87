"""The template families, and THE ONE PLACE where each is assigned to a set:

- `dev`: rules (extraction, OCR preparation) may be written against these; look at them freely.
- `heldout`: never looked at by rule writers (no page, no crop, no error list studied to write
  a rule); they are only scored. A rule that helps only on `dev` is tuned to the generator.

A family is one way the same kinds of paper are laid out and filled in: fonts and sizes, label
wording, leaders (dotted, ruled, cells, printed ellipses), typed or handwritten values, the
issuing body on one line or two, QR position, seal colour and size, ID card model and layout.
The dev families also use dev communes and dev handwriting (digits.png columns 50–74); the
heldout families heldout communes and columns 75–99 (columns 0–49 are sohoa's training data)."""
from dataclasses import dataclass

ANDIKA_ITALIC = "/usr/share/fonts/truetype/andika/Andika-Italic.ttf"
CHORUS = "/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyrechorus-mediumitalic.otf"
DEJAVU_OBLIQUE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


@dataclass(frozen=True)
class Family:
    name: str
    set: str
    about: str
    fonts: str = "liberation-serif"
    pt: float = 13
    name_label: str = "Họ, chữ đệm, tên"        # + " người yêu cầu", " người chết"…
    id_label: str = "Giấy tờ tùy thân"
    pid_label: str = "Số định danh cá nhân"
    leader: str = "dots"          # dots | underline | cells | ellipsis | none
    values: str = "typed"         # typed | hand | bold
    organ_long: bool = False      # ỦY BAN NHÂN DÂN … rather than UBND …
    organ_two_lines: bool = False  # the issuing body on two lines (ỦY BAN NHÂN DÂN / XÃ …)
    qr: str = "top-left"          # top-left | top-right | bottom-left | none
    seal_colour: tuple = (205, 30, 40)
    seal_radius: float = 17
    hand_font: str = ANDIKA_ITALIC
    ink: str = "blue"
    card: str = "cccd"            # cccd (2021 chip card) | cancuoc (2024 card)
    cards: str = "stacked"        # stacked | side (front and back on the A4 sheet)
    hand_numbers: float = 0.3     # share of ND30 documents with number and day written by hand
    receipt_table: bool = True
    caps_names: bool = False      # names of people typed in capitals on forms
    left: float = 25              # left margin, mm

    @property
    def writer_set(self):
        return self.set


FAMILIES = [
    Family("legacy", "dev", "the generator sohoa's rules were first tuned on (scripts/lib/commune_forms.py): "
           "ReportLab, Liberation Serif, labels and values typed on one line without leaders, QR top left, "
           "seal over the signer"),
    Family("tt04-dots", "dev", "Liberation Serif 13 pt, `Họ, chữ đệm, tên`, dotted leaders with values typed "
           "over the dots, issuing body `UBND XÃ …` on one line, QR top left, components in a ruled table, "
           "CCCD 2021 cards stacked", fonts="liberation-serif", pt=13, leader="dots", values="typed"),
    Family("sans-hand", "dev", "DejaVu Sans 11 pt, `Họ và tên`, ruled leaders with values handwritten "
           "(Andika Italic jittered, blue), body `ỦY BAN NHÂN DÂN` / `XÃ …` on two lines, QR top right, "
           "dark red seal, CĂN CƯỚC 2024 cards side by side", fonts="dejavu-sans", pt=11, name_label="Họ và tên",
           leader="underline", values="hand", organ_long=True, organ_two_lines=True, qr="top-right",
           seal_colour=(170, 25, 45), card="cancuoc", cards="side", receipt_table=False, hand_numbers=0.5),
    Family("termes-cells", "heldout", "TeX Gyre Termes 14 pt, `Họ tên`, `Số CCCD`, values typed bold in "
           "ruled two-column tables, parent line then a two-line body, QR bottom left, large orange-red seal, "
           "names in capitals, CCCD 2021 cards side by side", fonts="termes", pt=14, name_label="Họ tên",
           id_label="Số CCCD/Hộ chiếu", pid_label="Mã số định danh", leader="cells", values="bold",
           organ_long=True, organ_two_lines=True, qr="bottom-left", seal_colour=(225, 70, 40), seal_radius=19,
           card="cccd", cards="side", caps_names=True, left=30, hand_numbers=0.2),
    Family("heros-ellipsis", "heldout", "TeX Gyre Heros 12 pt, `Họ, chữ đệm và tên`, leaders printed as "
           "ellipsis characters `……`, values handwritten (TeX Gyre Chorus jittered, black), header `UBND XÃ …` "
           "one line, QR top left small, magenta seal, CĂN CƯỚC 2024 cards stacked", fonts="heros", pt=12,
           name_label="Họ, chữ đệm và tên", id_label="Giấy tờ tùy thân (CCCD/Hộ chiếu)", leader="ellipsis",
           values="hand", hand_font=CHORUS, ink="black", qr="top-left", seal_colour=(200, 40, 110),
           card="cancuoc", cards="stacked", receipt_table=False, hand_numbers=0.7, left=22),
    Family("pagella-plain", "heldout", "TeX Gyre Pagella 12.5 pt, `Họ và tên`, no leaders: values typed "
           "right after the label, several fields on one line, header `ỦY BAN NHÂN DÂN XÃ …` one line, no QR, "
           "violet seal, blank numbers written by hand (DejaVu Oblique hand)", fonts="pagella", pt=12.5,
           name_label="Họ và tên", id_label="CMND/CCCD số", pid_label="Số ĐDCN", leader="none", values="typed",
           organ_long=True, qr="none", seal_colour=(110, 50, 160), hand_font=DEJAVU_OBLIQUE, ink="violet",
           card="cccd", cards="stacked", hand_numbers=0.8, left=28),
]
BY_NAME = {f.name: f for f in FAMILIES}
SETS = {s: [f.name for f in FAMILIES if f.set == s] for s in ("dev", "heldout")}


def select(spec):
    """`dev`, `heldout`, `all` or a comma-separated list of family names → families."""
    if spec in ("dev", "heldout"):
        return [BY_NAME[n] for n in SETS[spec]]
    if spec == "all":
        return list(FAMILIES)
    names = [n.strip() for n in spec.split(",") if n.strip()]
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        raise ValueError(f"unknown families {unknown}; known: {', '.join(BY_NAME)}")
    return [BY_NAME[n] for n in names]
