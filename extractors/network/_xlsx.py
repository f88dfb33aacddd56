"""An Excel workbook (.xlsx) as the CSV it was before a spreadsheet re-saved it.

Users open `Connections.csv` or a contacts export in Excel and save it as a workbook;
the importers read CSV, so the first sheet is written back as UTF-8 CSV here, read with
openpyxl (imported only when a workbook is read: it costs the CLI's start). Cells Excel
turned into dates (`08 Feb 2026`, `1/29/26 2:37 PM`) are written as ISO dates
(`2026-02-08`, `2026-01-29 14:37:00`), which every date reader takes; numbers as Excel
shows them. Before openpyxl opens the zip, no member may declare it unpacks to over the
file limit (zipfile holds each member to its declared size) and no XML part may declare a
document type in its head; defusedxml, which openpyxl parses with, refuses an entity
declared further down. A workbook that cannot be read raises `XlsxError` with why.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from datetime import date, datetime, time, timedelta

SAVE_AS_CSV = "save it as CSV UTF-8 (File > Save As) and import that file"
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls): not read
_CONTENT_TYPES = "[Content_Types].xml"
_SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


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
    from openpyxl import load_workbook

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check(archive, most)
            source = io.BytesIO(data if _CONTENT_TYPES in archive.namelist() else _typed(archive))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of styles it leaves out
            book = load_workbook(source, read_only=True, data_only=True)
            try:
                sheet = book.worksheets[0]
                sheet.reset_dimensions()  # tools leave a stale <dimension>: read every cell
                for row in sheet.iter_rows(values_only=True):
                    writer.writerow([_text(value) for value in row])
            finally:
                book.close()
    except XlsxError:
        raise
    except Exception as error:  # openpyxl fails on a broken part with any error type
        raise _unreadable(error) from error
    return out.getvalue().encode()


def _check(archive: zipfile.ZipFile, most: int) -> None:
    """Refuse a member over the limit or an XML part with a document type."""
    for info in archive.infolist():
        if info.file_size > most:
            raise XlsxError(
                f"its part {info.filename} unpacks to over {most:,} bytes; {SAVE_AS_CSV}"
            )
        if info.filename.endswith((".xml", ".rels")):
            with archive.open(info) as stream:
                if b"<!DOCTYPE" in stream.read(4096):
                    raise XlsxError(
                        f"its part {info.filename} declares a document type; {SAVE_AS_CSV}"
                    )


def _unreadable(error: BaseException) -> XlsxError:
    """Why, from the first error in the chain (openpyxl wraps it in a generic one)."""
    from defusedxml import DefusedXmlException

    while (cause := error.__cause__ or error.__context__) is not None:
        error = cause
    if isinstance(error, DefusedXmlException):
        return XlsxError(f"a part declares a document type ({error}); {SAVE_AS_CSV}")
    return XlsxError(f"unreadable Excel workbook ({error}); {SAVE_AS_CSV}")


def _typed(archive: zipfile.ZipFile) -> bytes:
    """The workbook with the content-type list openpyxl finds its parts by, for a zip
    written without one (a script's, not Excel's)."""
    strings = "xl/sharedStrings.xml" in archive.namelist()
    types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="xml" ContentType="{_SHEET_MAIN}"/>'
        + (f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SHARED_STRINGS}"/>'
           if strings else "")
        + "</Types>"
    )  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        copy.writestr(_CONTENT_TYPES, types)
        for info in archive.infolist():
            copy.writestr(info, archive.read(info))
    return out.getvalue()


def _text(value: object) -> str:
    """A cell as Excel shows it: dates in ISO, whole numbers without `.0`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, datetime):
        moment = value.replace(microsecond=0) + timedelta(seconds=round(value.microsecond / 1e6))
        return moment.strftime("%Y-%m-%d" if moment.time() == time() else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, date | time):
        return value.isoformat(timespec="seconds") if isinstance(value, time) else value.isoformat()
    return str(value)
