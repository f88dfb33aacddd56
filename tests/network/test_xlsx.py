"""Exports a spreadsheet re-saved as an Excel workbook (.xlsx) are read as the CSV they were."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime
from xml.sax.saxutils import escape

from network_helpers import utc

from extractors.network import import_paths
from extractors.network._xlsx import XlsxError, to_csv

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_DAY_ZERO = datetime(1899, 12, 30, tzinfo=UTC)
_QUOTE = {'"': "&quot;"}
_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/data.xml" Type="worksheet"/></Relationships>'
)


def workbook(rows: list[list[object]], date_format: str = "dd mmm yyyy") -> bytes:
    """An .xlsx as Excel writes one: shared strings, dates as day numbers in a date style,
    the sheet found through the workbook's relationships."""
    strings: list[str] = []
    lines = []
    for number, row in enumerate(rows, start=1):
        cells = []
        for column, value in enumerate(row):
            ref = f"{chr(65 + column)}{number}"
            if isinstance(value, date):
                moment = value if isinstance(value, datetime) else utc(*value.timetuple()[:3])
                days = (moment - _DAY_ZERO).total_seconds() / 86400
                cells.append(f'<c r="{ref}" s="1"><v>{days!r}</v></c>')
            elif isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif value:
                strings.append(str(value))
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        lines.append(f'<row r="{number}">{"".join(cells)}</row>')
    shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    styles = (
        f'<styleSheet {_NS}><numFmts><numFmt numFmtId="164" '
        f'formatCode="{escape(date_format, _QUOTE)}"/></numFmts>'
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(
            "xl/workbook.xml",
            f'<workbook {_NS} {_R}><sheets><sheet name="S" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>",
        )
        book.writestr("xl/_rels/workbook.xml.rels", _RELS)
        book.writestr(
            "xl/worksheets/data.xml",
            f"<worksheet {_NS}><sheetData>{''.join(lines)}</sheetData></worksheet>",
        )
        book.writestr("xl/sharedStrings.xml", f"<sst {_NS}>{shared}</sst>")
        book.writestr("xl/styles.xml", styles)
    return buffer.getvalue()


HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]


def test_connections_resaved_as_xlsx_keep_the_preamble_names_and_dates(tmp_path):
    maya = "https://www.linkedin.com/in/maya-okafor"
    jonas = "https://www.linkedin.com/in/jonas-weber"
    rows = [["Notes:"], ["(a sentence)"], [], HEADER,
            ["Maya", "Okafor", maya, None, "Baobab", "Founder", date(2026, 2, 8)],
            [None, None, None, None, None, None, date(2025, 6, 7)],
            ["Jonas", "Weber", jonas, "j@example.org", "Kiefer", "CTO", "1 Jul 2025"]]  # fmt: skip
    (tmp_path / "Connections.xlsx").write_bytes(workbook(rows))
    result = import_paths([tmp_path / "Connections.xlsx"])
    assert result.problems == []
    assert result.files == [("Connections.xlsx", "linkedin_connections", 2)]
    assert [(c.name, c.handle, c.since, c.line) for c in result.contacts] == [
        ("Maya Okafor", "maya-okafor", utc(2026, 2, 8), 5),
        ("Jonas Weber", "jonas-weber", utc(2025, 7, 1), 7),
    ]


def test_a_date_and_time_cell_is_written_as_iso_and_read_by_the_jobs_file(tmp_path):
    rows = [["Saved Date", "Job Url", "Job Title", "Company Name"],
            [utc(2026, 1, 29, 14, 37), "https://www.linkedin.com/jobs/view/4382380620/",
             "Data Engineer", "Gleam"]]  # fmt: skip
    data = workbook(rows, date_format='m/d/yy h:mm "Uhr"')
    assert to_csv(data, 1 << 20).splitlines()[1].startswith(b"2026-01-29 14:37:00,")
    (tmp_path / "jobs.zip").write_bytes(_zipped({"Jobs/Saved Jobs.xlsx": data}))
    result = import_paths([tmp_path / "jobs.zip"])
    assert [(p.title, p.posted_at) for p in result.postings] == [
        ("Data Engineer", utc(2026, 1, 29, 14, 37))
    ]


def test_a_number_in_a_plain_style_is_not_taken_for_a_date():
    csv = to_csv(workbook([["Phone 1 - Value", "Count"], ["+41 44 000 00 00", 46061]]), 1 << 20)
    assert csv == b"Phone 1 - Value,Count\n+41 44 000 00 00,46061\n"


def test_a_csv_only_named_xlsx_is_read_as_csv(tmp_path):
    text = "\n".join(
        [",".join(HEADER), "Ana,Rui,https://www.linkedin.com/in/ana-rui,,Sol,Dev,08 Feb 2026"]
    )
    (tmp_path / "Connections.xlsx").write_text(text)
    assert [c.name for c in import_paths([tmp_path]).contacts] == ["Ana Rui"]


def test_unreadable_workbooks_are_named_with_what_to_do_and_the_rest_loads(tmp_path):
    (tmp_path / "a.xlsx").write_bytes(b"PK\x03\x04" + bytes(200))
    (tmp_path / "b.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200))
    (tmp_path / "c.xlsx").write_bytes(_zipped({"xl/worksheets/sheet1.xml": "<!DOCTYPE x><x/>"}))
    (tmp_path / "Connections.xlsx").write_bytes(
        workbook([HEADER, ["Bo", "Li", None, None, None, None, "8 Feb 2026"]])
    )
    result = import_paths([tmp_path])
    assert [c.name for c in result.contacts] == ["Bo Li"]
    folder = tmp_path.name
    problems = {p.file.removeprefix(f"{folder}/"): p.message for p in result.problems}
    assert problems.keys() == {"a.xlsx", "b.xls", "c.xlsx"}
    assert all(
        m.endswith("save it as CSV UTF-8 (File > Save As) and import that file")
        for m in problems.values()
    )
    assert problems["a.xlsx"].startswith("unreadable Excel workbook")
    assert problems["b.xls"].startswith("an Excel 97-2003 workbook (.xls) is not read")
    assert "declares a document type" in problems["c.xlsx"]


def test_a_sheet_over_the_file_limit_is_refused():
    big = workbook([["x" * 100] for _ in range(50)])
    try:
        to_csv(big, 1000)
    except XlsxError as error:
        assert "unpacks to over 1,000 bytes" in str(error)
    else:
        raise AssertionError("not refused")


def _zipped(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _one_sheet(sheet: str, styles: str | None = None, head: str = "") -> bytes:
    """A workbook as LibreOffice or a script writes one: no shared strings, no content types."""
    members = {
        "xl/workbook.xml": f'<workbook {_NS} {_R}><sheets><sheet name="S" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": _RELS,
        "xl/worksheets/data.xml": f"{head}<worksheet {_NS}>{sheet}</worksheet>",
    }
    if styles:
        members["xl/styles.xml"] = f"<styleSheet {_NS}><cellXfs>{styles}</cellXfs></styleSheet>"
    return _zipped(members)


def test_inline_strings_a_stale_dimension_and_missing_rows_as_libreoffice_writes_them():
    cell = '<c r="{}" t="inlineStr"><is><t>{}</t></is></c>'
    rows = (
        '<row r="1">' + cell.format("A1", "Notes:") + "</row>"
        '<row r="3">' + cell.format("A3", "First Name") + cell.format("C3", "Company") + "</row>"
    )
    data = _one_sheet(f'<dimension ref="A1:A1"/><sheetData>{rows}</sheetData>')
    assert to_csv(data, 1 << 20) == b"Notes:\n\nFirst Name,,Company\n"


def test_whole_floats_lose_their_point_and_a_time_only_cell_is_a_time():
    rows = (
        '<row r="1"><c r="A1"><v>7.0</v></c><c r="B1"><v>0.30000000000000004</v></c>'
        '<c r="C1" t="b"><v>0</v></c><c r="D1" s="1"><v>0.6097222222222223</v></c></row>'
    )
    data = _one_sheet(f"<sheetData>{rows}</sheetData>", '<xf numFmtId="0"/><xf numFmtId="20"/>')
    assert to_csv(data, 1 << 20) == b"7,0.3,FALSE,14:38:00\n"


def test_an_entity_declared_past_the_head_of_a_part_is_refused():
    padding = "<!--" + "x" * 5000 + "-->"
    data = _one_sheet("<sheetData/>", head=f'{padding}<!DOCTYPE w [<!ENTITY a "aa">]>')
    try:
        to_csv(data, 1 << 20)
    except XlsxError as error:
        assert "declares a document type" in str(error)
    else:
        raise AssertionError("not refused")
