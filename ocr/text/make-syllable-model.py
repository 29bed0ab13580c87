#!/usr/bin/python3
"""Builds the Vietnamese syllable model the OCR's mark correction uses, at build time, from
text on the machine, into a C++ source file of the build tree (nothing derived is committed).

  ocr/text/make-syllable-model.py OUT.cpp [--shared DIR] [--stats]

What it holds:
- every valid syllable: hunspell-vi's list, plus what Vietnamese phonotactics allows (an onset,
  a rhyme attested after that kind of onset, and a stop coda -p -t -c -ch only with the sắc or
  nặng tone), so valid syllables the dictionary lacks are known too;
- syllable unigram and bigram counts (lower case) from Vietnamese text: LibreOffice's help
  (libreoffice-help-vi), the Vietnamese man pages (manpages-vi) and, when the corpus is given (--shared),
  the treebank's train and dev splits and Nghị định 30's annexes (forms, admin vocabulary).
  Never what the evaluations typeset: the reform plan, the decree's main text, the treebank's
  test split, the real-scan transcriptions.

Output text (embedded in the library as a string): a line `A n` (tokens of news and
administrative text read: without them, LibreOffice's `tính` outweighs `tỉnh` and the
correction does more harm than good, so it stays off), a line `V n`, then n lines `syllable count`
(the most frequent written form: the tone's place varies, `hoà`/`hòa`), then `B m` and m lines
`i j count` (ids in the V list; ids 0, 1 and 2 are the boundary `<s>`, a number `<num>` and any
other token `<unk>`).
"""
import argparse
import collections
import glob
import gzip
import html
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

DICTIONARY = Path("/usr/share/hunspell/vi_VN.dic")
HELP_PAGES = "/usr/share/libreoffice/help/vi/**/*.html"
MAN_PAGES = "/usr/share/man/vi/**/*.gz"

TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}  # huyền sắc hỏi ngã nặng
TONE_MARKS = {v: k for k, v in TONES.items()}
VOWELS = set("aăâeêioôơuưy")
ONSETS = sorted(["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
                 "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"], key=len, reverse=True)
FRONT = ("i", "e", "ê", "y")  # k, gh, ngh only before these; c, g, ng never
STOP_CODAS = ("p", "t", "c", "ch")
BOUNDARY, NUMBER, UNKNOWN = "<s>", "<num>", "<unk>"
SHARED_SOURCE = "the shared corpus (treebank train+dev, Nghị định 30 annexes)"


def nfc(text):
    return unicodedata.normalize("NFC", text)


def split_tone(syllable):
    """(letters with vowel marks, tone 0-5) of a lower-case syllable."""
    tone, kept = 0, []
    for c in unicodedata.normalize("NFD", syllable):
        if c in TONES:
            tone = TONES[c] if tone == 0 else -1  # two tones: not a syllable
        else:
            kept.append(c)
    return nfc("".join(kept)), tone


def onset_class(onset):
    return onset if onset in ("", "gi", "qu") else "other"


def parse(letters):
    """(onset, rhyme) of toneless letters, or None."""
    for onset in ONSETS:
        if letters.startswith(onset):
            rhyme = letters[len(onset):]
            if onset == "gi" and (not rhyme or rhyme[0] not in VOWELS):
                rhyme = "i" + rhyme  # gì, gìn: the i is the vowel
            if rhyme and rhyme[0] in VOWELS and all(c in VOWELS or c in "cghmnpt" for c in rhyme):
                return onset, rhyme
    return None


def spelling_allows(onset, rhyme):
    if onset in ("k", "gh", "ngh"):
        return rhyme.startswith(FRONT)
    if onset in ("c", "g", "ng"):
        return not rhyme.startswith(FRONT)
    return True


class Phonotactics:
    """Rhymes attested in the dictionary, per kind of onset; the rules above for the rest."""

    def __init__(self, syllables):
        self.rhymes = collections.defaultdict(set)
        for s in syllables:
            letters, tone = split_tone(s)
            parsed = parse(letters) if tone >= 0 else None
            if parsed:
                self.rhymes[onset_class(parsed[0])].add(parsed[1])

    def valid(self, syllable):
        letters, tone = split_tone(syllable)
        parsed = parse(letters) if tone >= 0 else None
        if not parsed:
            return False
        onset, rhyme = parsed
        if rhyme not in self.rhymes[onset_class(onset)] or not spelling_allows(onset, rhyme):
            return False
        return tone in (2, 5) if rhyme.endswith(STOP_CODAS) else True

    def all_valid(self):
        """Every syllable the rules allow (about 17,000), tone placed by the usual rule."""
        for onset in ONSETS:
            for rhyme in self.rhymes[onset_class(onset)]:
                if not spelling_allows(onset, rhyme):
                    continue
                for tone in ((2, 5) if rhyme.endswith(STOP_CODAS) else range(6)):
                    yield place_tone(onset, rhyme, tone)


def place_tone(onset, rhyme, tone):
    """The tone on the vowel that carries it: a marked vowel (the ơ of ươ), else the vowel
    before a final consonant, else the middle of three vowels, the second of oa, oe, uy
    (hoà, thuỷ), the first of other pairs (của, gửi)."""
    if tone == 0:
        return onset + rhyme
    vowels = [i for i, c in enumerate(rhyme) if c in VOWELS]
    marked = [i for i in vowels if rhyme[i] in "ăâêôơư"]
    if marked:
        at = marked[-1]
    elif vowels[-1] < len(rhyme) - 1 or len(vowels) == 1:
        at = vowels[-1]
    elif len(vowels) == 3:
        at = vowels[1]
    elif rhyme[vowels[0]:vowels[0] + 2] in ("oa", "oe", "uy"):
        at = vowels[1]
    else:
        at = vowels[0]
    return onset + rhyme[:at] + nfc(rhyme[at] + TONE_MARKS[tone]) + rhyme[at + 1:]


# --- Vietnamese text on the machine -------------------------------------------------------
TOKEN = re.compile(r"\S+")
LEADING = re.compile(r"^[\"'“‘(\[«]+")
TRAILING = re.compile(r"[\"'”’)\]».,;:!?…]+$")
ENDS_SEGMENT = re.compile(r"[.,;:!?…)\]\"”»]$")


def vietnamese_enough(words):
    """A segment of LibreOffice's help is Vietnamese when a fair share of its words carry
    Vietnamese letters; the English left untranslated carries none."""
    marked = sum(1 for w in words if any(ord(c) > 0x7f and c.isalpha() for c in w))
    return len(words) >= 3 and marked * 4 >= len(words)


def help_texts():
    for path in sorted(glob.glob(HELP_PAGES, recursive=True)):
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        text = re.sub(r"(?s)<(script|style)[^>]*>.*?</\1>", "\n", text)
        # Each paragraph, heading or table cell is its own segment.
        text = re.sub(r"(?i)</?(p|h\d|td|th|li|div|br|title|tr|table)[^>]*>", "\n", text)
        for segment in html.unescape(re.sub(r"<[^>]+>", " ", text)).split("\n"):
            if vietnamese_enough(segment.split()):
                yield segment


def man_texts():
    for path in sorted(glob.glob(MAN_PAGES, recursive=True)):
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as page:
            for line in page:
                if line.startswith((".", "'")):
                    continue
                line = re.sub(r"\\f[BIRP]|\\f\(..|\\[/,&]|\\\(..|\\-|\\e", lambda m: "-" if m[0] == "\\-" else "",
                              line)
                if vietnamese_enough(line.split()):
                    yield line


def shared_texts(shared):
    corpus = shared / "corpus"
    for split in ("train", "dev"):  # never the test split: evaluations typeset it
        path = corpus / "ud-vietnamese-vtb" / f"vi_vtb-ud-{split}.sentences.txt"
        if path.exists():
            yield from path.read_text(encoding="utf-8").splitlines()
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for path in sorted((corpus / "nd30-2020").glob("Phuluc*.docx")):  # the annexes, not 30_2020_ND_CP.docx
        with zipfile.ZipFile(path) as archive:
            root = ET.fromstring(archive.read("word/document.xml"))
        for paragraph in root.iter(w + "p"):
            yield "".join(node.text or "" for node in paragraph.iter(w + "t"))


def tokens(segment):
    """Lower-case syllables, NUMBER, UNKNOWN and BOUNDARY, as the correction sees OCR words."""
    out = [BOUNDARY]
    for raw in TOKEN.findall(nfc(segment)):
        lead = LEADING.match(raw)
        if lead and out[-1] != BOUNDARY:
            out.append(BOUNDARY)
        core = TRAILING.sub("", LEADING.sub("", raw)).lower()
        if core:
            out.append(core if core.isalpha() else NUMBER if re.fullmatch(r"[\d.,/-]*\d[\d.,/-]*", core) else UNKNOWN)
        if ENDS_SEGMENT.search(raw) and out[-1] != BOUNDARY:
            out.append(BOUNDARY)
    if out[-1] != BOUNDARY:
        out.append(BOUNDARY)
    return out


def build(shared):
    if not DICTIONARY.exists():
        sys.exit(f"make-syllable-model: {DICTIONARY} is missing (install hunspell-vi)")
    dictionary = [nfc(w.strip()) for w in DICTIONARY.read_text(encoding="utf-8").splitlines()[1:]]
    dictionary = [w for w in dictionary if w and w.islower()]
    rules = Phonotactics(dictionary)
    valid = set(rules.all_valid()) | {w for w in dictionary if rules.valid(w)}
    sources = {"libreoffice-help-vi": help_texts(), "manpages-vi": man_texts()}
    if shared and (shared / "corpus").is_dir():
        sources[SHARED_SOURCE] = shared_texts(shared)
    surfaces = collections.defaultdict(collections.Counter)  # key -> written forms
    unigrams, bigrams, counted = collections.Counter(), collections.Counter(), {}
    for name, texts in sources.items():
        before = sum(unigrams.values())
        for segment in texts:
            seq = tokens(segment)
            seq = [t if t in (BOUNDARY, NUMBER) or rules.valid(t) else UNKNOWN for t in seq]
            for t in seq:
                if t not in (BOUNDARY, NUMBER, UNKNOWN):
                    surfaces[split_tone(t)][t] += 1
            unigrams.update(seq)
            bigrams.update(zip(seq, seq[1:]))
        counted[name] = sum(unigrams.values()) - before
        if counted[name] == 0:
            sys.exit(f"make-syllable-model: no Vietnamese text read from {name} (is the package installed?)")
    for w in valid:
        surfaces[split_tone(w)][w] += 0  # valid syllables never seen stay candidates
    # One written form per syllable: the most frequent (the dictionary's when unseen).
    form = {key: max(forms, key=lambda f: (forms[f], f in dictionary)) for key, forms in surfaces.items()}
    key_count = collections.Counter()
    for t, n in unigrams.items():
        if t not in (BOUNDARY, NUMBER, UNKNOWN):
            key_count[split_tone(t)] += n
    names = [BOUNDARY, NUMBER, UNKNOWN] + sorted(set(form.values()))
    ids = {name: i for i, name in enumerate(names)}
    count_of = {BOUNDARY: unigrams[BOUNDARY], NUMBER: unigrams[NUMBER], UNKNOWN: unigrams[UNKNOWN]}
    count_of.update({form[key]: key_count[key] for key in form})
    pairs = collections.Counter()
    for (a, b), n in bigrams.items():
        a = a if a in ids else form[split_tone(a)]
        b = b if b in ids else form[split_tone(b)]
        pairs[ids[a], ids[b]] += n
    ordered = sorted(pairs.items())
    lines = [f"A {counted.get(SHARED_SOURCE, 0)}", f"V {len(names)}"]
    lines += [f"{name} {count_of[name]}" for name in names]
    lines += [f"B {len(ordered)}"] + [f"{a} {b} {n}" for (a, b), n in ordered]
    return "\n".join(lines) + "\n", counted, len(valid), len(dictionary)


def cpp_source(model, counted):
    chunks = [model[i:i + 30000] for i in range(0, len(model), 30000)]
    literal = "\n".join(f'R"sohoa({chunk})sohoa"' for chunk in chunks)
    summary = ", ".join(f"{name}: {n} tokens" for name, n in counted.items())
    return ("// Generated at build time by ocr/text/make-syllable-model.py; do not edit.\n"
            f"// Text read: {summary}.\n"
            '#include "ocr/text/SyllableModelText.hpp"\n\n'
            "namespace sohoa::ocr {\n\n"
            f"std::string_view syllableModelText() {{\n  static const char text[] =\n{literal};\n"
            "  return {text, sizeof text - 1};\n}\n\n}  // namespace sohoa::ocr\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, help="the corpus folder (SOHOA_SHARED_DIR at build time); skipped when absent")
    parser.add_argument("--text", action="store_true", help="write the model text, not C++")
    args = parser.parse_args()
    model, counted, valid, dictionary = build(args.shared)
    args.out.write_text(model if args.text else cpp_source(model, counted), encoding="utf-8")
    print(f"make-syllable-model: {valid} valid syllables ({dictionary} in hunspell-vi); "
          + ", ".join(f"{name} {n} tokens" for name, n in counted.items()))


if __name__ == "__main__":
    main()
