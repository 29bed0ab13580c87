"""Clean Vietnamese text from the corpus ($SOHOA_CORPUS, README "The corpus") for typesetting test pages (all NFC)."""
import re
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def nfc(text):
    return unicodedata.normalize("NFC", text)


def docx_paragraphs(path):
    """Paragraph texts of a Word file, in order (w:t runs joined, tabs as spaces)."""
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read("word/document.xml"))
    out = []
    for paragraph in root.iter(W + "p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == W + "t" and node.text:
                parts.append(node.text)
            elif node.tag == W + "tab":
                parts.append(" ")
        text = re.sub(r"\s+", " ", nfc("".join(parts))).strip()
        if text:
            out.append(text)
    return out


def reform_plan_paragraphs(path):
    """Body paragraphs of the Markdown transcription of the reform plan (no header, no tables)."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = nfc(line).strip()
        if not line or line.startswith("|") or line.startswith("Số:") or "ngày 31 tháng 12" in line:
            continue
        line = re.sub(r"[*#_]+", "", line).strip()
        line = re.sub(r"\s+", " ", line)
        if line:
            out.append(line)
    return out


def detokenise(sentence):
    s = nfc(sentence.strip())
    s = re.sub(r" ([,.;:!?%)\]])", r"\1", s)
    s = re.sub(r"([(\[]) ", r"\1", s)
    s = re.sub(r'" ([^"]*?) "', r'"\1"', s)
    return s


def ud_sentences(path):
    return [detokenise(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
