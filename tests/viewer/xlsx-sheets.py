#!/usr/bin/env python3
"""Reads an .xlsx file as the tests need it, with nothing but the standard library: each sheet
by name, its rows as lists of cells. A text cell is its string; a number is a number; a number
whose style is a date format is the date as "YYYY-MM-DD HH:MM" (so dates are checked to be
dates, not text); a number in a percent format is {"percent": value}. Prints JSON."""
import datetime as dt
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def column_index(reference):
    letters = re.match(r"[A-Z]+", reference).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def main(path):
    book = zipfile.ZipFile(path)
    strings = []
    if "xl/sharedStrings.xml" in book.namelist():
        for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS):
            strings.append("".join(t.text or "" for t in item.iter(f"{{{NS['m']}}}t")))
    styles = ET.fromstring(book.read("xl/styles.xml"))
    formats = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iterfind("m:numFmts/m:numFmt", NS)}
    kinds = []  # per cell style: "date", "percent" or None
    for xf in styles.find("m:cellXfs", NS).findall("m:xf", NS):
        code = formats.get(int(xf.get("numFmtId", 0)), "")
        kinds.append("percent" if "%" in code else "date" if "yy" in code else None)
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(book.read("xl/_rels/workbook.xml.rels")).iter(f"{REL}Relationship")}
    sheets = {}
    for sheet in ET.fromstring(book.read("xl/workbook.xml")).iterfind("m:sheets/m:sheet", NS):
        target = rels[sheet.get(f"{{{NS['r']}}}id")]
        root = ET.fromstring(book.read("xl/" + target.lstrip("/").removeprefix("xl/")))
        rows = []
        for row in root.iterfind("m:sheetData/m:row", NS):
            cells = []
            for cell in row.findall("m:c", NS):
                index = column_index(cell.get("r"))
                cells.extend([None] * (index - len(cells)))
                value = cell.find("m:v", NS)
                kind = kinds[int(cell.get("s", 0))]
                if cell.get("t") == "s":
                    cells.append(strings[int(value.text)])
                elif cell.get("t") == "inlineStr":
                    cells.append("".join(t.text or "" for t in cell.iter(f"{{{NS['m']}}}t")))
                elif value is None:
                    cells.append(None)
                elif kind == "date":
                    moment = dt.datetime(1899, 12, 30) + dt.timedelta(days=float(value.text))
                    cells.append((moment + dt.timedelta(seconds=30)).strftime("%Y-%m-%d %H:%M"))
                elif kind == "percent":
                    cells.append({"percent": float(value.text)})
                else:
                    cells.append(float(value.text))
            rows.append(cells)
        sheets[sheet.get("name")] = rows
    json.dump(sheets, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
