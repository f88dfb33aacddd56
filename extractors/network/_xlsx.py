"""An Excel workbook (.xlsx) as the CSV it was before a spreadsheet re-saved it.

Users open `Connections.csv` or a contacts export in Excel and save it as a workbook;
the importers read CSV, so the first sheet is written back as UTF-8 CSV here, with the
standard library only (an .xlsx is a zip of XML). Excel turns dates it recognises
(`08 Feb 2026`, `1/29/26 2:37 PM`) into day numbers formatted as dates: those cells are
written as ISO dates (`2026-02-08`, `2026-01-29 14:37:00`), which every date reader
takes. Each part is read within the file limit, and an XML document type is refused
(no entity expansion). A workbook that cannot be read raises `XlsxError` with why.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from datetime import UTC, datetime, time, timedelta
from xml.etree.ElementTree import Element, ParseError, fromstring

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PACKAGE = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# built-in number formats that show a date or time (ECMA-376 part 1, 18.8.30)
_DATE_FORMATS = frozenset([*range(14, 23), 45, 46, 47])
# a custom format is a date one when, outside quotes, brackets and escapes, it has d, m or y
_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
_EPOCH = datetime(1899, 12, 30, tzinfo=UTC)  # Excel's day 0, its 1900 leap-year bug included
_COLUMN = re.compile(r"[A-Z]+")
SAVE_AS_CSV = "save it as CSV UTF-8 (File > Save As) and import that file"
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls): not read


class XlsxError(ValueError):
    """The workbook could not be read as a table."""


def is_workbook(name: str) -> bool:
    return name.lower().endswith((".xlsx", ".xlsm", ".xls"))


def to_csv(data: bytes, most: int) -> bytes:
    """The first sheet as UTF-8 CSV; no part may unpack to over `most` bytes. A file
    named as a workbook that is none (a CSV renamed) comes back as it is."""
    if data.startswith(_OLE):
        raise XlsxError(f"an Excel 97-2003 workbook (.xls) is not read; {SAVE_AS_CSV}")
    if not data.startswith(_ZIP):
        return data
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            sheet = _xml(book, _first_sheet(book), most)
            strings = _shared_strings(book, most)
            dates = _date_styles(book, most)
    except (zipfile.BadZipFile, zlib.error, KeyError, ParseError, OSError) as error:
        raise XlsxError(f"unreadable Excel workbook ({error}); {SAVE_AS_CSV}") from error
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in sheet.iter(f"{_MAIN}row"):
        cells: dict[int, str] = {}
        for item in row.iter(f"{_MAIN}c"):
            column = _column(item.get("r", ""), len(cells) and max(cells) + 1)
            cells[column] = _value(item, strings, dates)
        writer.writerow([cells.get(i, "") for i in range(max(cells, default=-1) + 1)])
    return out.getvalue().encode()


def _xml(book: zipfile.ZipFile, part: str, most: int) -> Element:
    with book.open(part) as stream:
        data = stream.read(most + 1)
    if len(data) > most:
        raise XlsxError(f"its part {part} unpacks to over {most:,} bytes; {SAVE_AS_CSV}")
    if b"<!DOCTYPE" in data[:4096]:
        raise XlsxError(f"its part {part} declares a document type; {SAVE_AS_CSV}")
    return fromstring(data)


def _first_sheet(book: zipfile.ZipFile) -> str:
    """The part of the workbook's first sheet, by its relationship (Excel's own names
    are `xl/worksheets/sheet1.xml`, other tools' differ)."""
    names = set(book.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return "xl/worksheets/sheet1.xml"
    with book.open("xl/workbook.xml") as stream:
        sheet = next(fromstring(stream.read()).iter(f"{_MAIN}sheet"), None)
    with book.open("xl/_rels/workbook.xml.rels") as stream:
        targets = {
            rel.get("Id"): rel.get("Target", "")
            for rel in fromstring(stream.read()).iter(f"{_PACKAGE}Relationship")
        }
    target = targets.get(sheet.get(_REL) if sheet is not None else None, "")
    if not target:
        return "xl/worksheets/sheet1.xml"
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def _shared_strings(book: zipfile.ZipFile, most: int) -> list[str]:
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    root = _xml(book, "xl/sharedStrings.xml", most)
    return [_text(item) for item in root.iter(f"{_MAIN}si")]


def _date_styles(book: zipfile.ZipFile, most: int) -> frozenset[int]:
    """Indexes of the cell styles whose number format shows a date."""
    if "xl/styles.xml" not in book.namelist():
        return frozenset()
    root = _xml(book, "xl/styles.xml", most)
    custom = {
        int(fmt.get("numFmtId", "0")): fmt.get("formatCode", "")
        for fmt in root.iter(f"{_MAIN}numFmt")
    }
    xfs = root.find(f"{_MAIN}cellXfs")
    found = set()
    for index, xf in enumerate(xfs if xfs is not None else []):
        number = int(xf.get("numFmtId", "0"))
        code = _LITERALS.sub("", custom.get(number, "")).lower()
        if number in _DATE_FORMATS or any(letter in code for letter in "dmy"):
            found.add(index)
    return frozenset(found)


def _text(item: Element) -> str:
    """A string item's text: its runs joined, phonetic guides (`rPh`) left out."""
    return "".join(
        t.text or "" for run in [item, *item.findall(f"{_MAIN}r")]
        for t in run.findall(f"{_MAIN}t")
    )  # fmt: skip


def _column(reference: str, default: int) -> int:
    """0-based column of a cell reference (`C7` -> 2); cells may omit it."""
    letters = _COLUMN.match(reference)
    if not letters:
        return default
    number = 0
    for letter in letters.group():
        number = number * 26 + ord(letter) - 64
    return number - 1


def _value(item: Element, strings: list[str], dates: frozenset[int]) -> str:
    kind, raw = item.get("t", "n"), item.findtext(f"{_MAIN}v") or ""
    if kind == "s":
        index = int(raw) if raw.isdigit() else -1
        return strings[index] if 0 <= index < len(strings) else ""
    if kind == "inlineStr":
        found = item.find(f"{_MAIN}is")
        return _text(found) if found is not None else ""
    if kind == "b":
        return "TRUE" if raw == "1" else "FALSE"
    if kind == "n" and raw and int(item.get("s", "0")) in dates:
        return _day(raw)
    return raw


def _day(raw: str) -> str:
    """A day number as an ISO date, with its time when it has one."""
    try:
        moment = _EPOCH + timedelta(days=float(raw))
    except (ValueError, OverflowError):
        return raw
    moment = moment.replace(microsecond=0) + timedelta(seconds=round(moment.microsecond / 1e6))
    return moment.strftime("%Y-%m-%d" if moment.time() == time() else "%Y-%m-%d %H:%M:%S")
