"""Write ranked leads to CSV: one COPY statement, every text cell safe to open in a sheet.

Cells starting with `=`, `+`, `-`, `@`, tab or CR would run as formulas in Excel or
LibreOffice (CSV injection): they get a leading apostrophe. A cell longer than Excel's
limit (32,767 characters) is cut with a marker instead of breaking the sheet: the rules
of `warehouse.sheets`, here in SQL. The export carries each source's attribution duty,
the user's own note and follow-up, why a lead is left out (`--all`), and no contact
emails or phone numbers.

With `decimal_comma` the file is what a spreadsheet in a decimal-comma locale (French,
German, Spanish, Italian, Portuguese, Dutch...) opens in columns: ";" between fields
and "," in the fractional numbers only; text, dates and times are written as always.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import duckdb

from warehouse.sheets import BOM, CELL_LIMIT, CUT

# (column, is text) in export order; lists are joined with " | "; hourly_min and
# hourly_max are the rate per hour in your [profile] currency, which hourly_currency
# names: the warehouse's names, so a query copied from a sheet's header runs
_COLUMNS: tuple[tuple[str, bool], ...] = (
    ("rank", False), ("lead_id", True), ("score", False), ("title", True),
    ("company", True), ("url", True), ("apply_url", True), ("sources", True),
    ("posted_at", False), ("date_basis", True), ("first_seen", False),
    ("engagement", True), ("ir35", True), ("tax_terms", True),
    ("remote", True), ("location", True),
    ("languages_required", True), ("languages_preferred", True),
    ("rate_min", False), ("rate_max", False), ("rate_period", True), ("currency", True),
    ("hourly_min", False), ("hourly_max", False), ("hourly_currency", True),
    ("legitimacy", False), ("red_flags", True), ("network_path", True), ("why", True),
    ("status", True), ("note", True), ("follow_up", False), ("is_new", False),
    ("excluded_reason", True), ("urls", True), ("attribution", True),
)  # fmt: skip
_LISTS = {"sources", "red_flags", "urls", "languages_required", "languages_preferred"}
# times in UTC without an offset: "2026-11-18 10:12:26+00" is text to Excel and Calc
_TIMES = {"posted_at", "first_seen"}
# the columns holding fractional numbers: the only cells a decimal comma changes
_DECIMALS = {"score", "rate_min", "rate_max", "hourly_min", "hourly_max", "legitimacy"}
# what a cell starting a formula starts with: = + - @ tab CR
_FORMULA_START = r"^([=+\-@\t\r])"


def _value(column: str, decimal_comma: bool) -> str:
    if decimal_comma and column in _DECIMALS:  # as COPY writes it, "." made ","
        return f"replace(cast({column} as varchar), '.', ',') as {column}"
    if column in _TIMES:
        return f"strftime(timezone('UTC', {column}), '%Y-%m-%d %H:%M:%S') as {column}"
    return f"array_to_string({column}, ' | ') as {column}" if column in _LISTS else column


def _escaped(column: str, text: bool) -> str:
    if not text or column in _TIMES:
        return column
    # one anchored replace: `ord(x) in (...)` is planned as a join a column, a third of
    # the export's time (200,000 postings: 0.36 s, now 0.27 s)
    return f"regexp_replace({column}, '{_FORMULA_START}', '''\\1') as {column}"


def _cut(column: str, text: bool) -> str:
    if not text or column in _TIMES:
        return column
    keep = CELL_LIMIT - len(CUT)
    return (
        f"case when length({column}) > {CELL_LIMIT} then left({column}, {keep}) || '{CUT}' "
        f"else {column} end as {column}"
    )


def _query(where: str, decimal_comma: bool) -> str:
    """The export's select in three layers (lists joined and times written, formulas
    escaped, long cells cut), so each cell's value is written once: nested in one
    expression it was written up to five times, and DuckDB took twice as long to plan
    the query (28 ms of CPU at every export) and longer to run it."""
    values = ", ".join(_value(column, decimal_comma) for column, _ in _COLUMNS)
    escaped = ", ".join(_escaped(column, text) for column, text in _COLUMNS)
    cut = ", ".join(_cut(column, text) for column, text in _COLUMNS)
    return (
        f"select {cut} from (select {escaped} from "
        f"(select {values} from marts.ranked_leads {where})) "
        "order by rank nulls last, score desc"
    )


def export_csv(
    con: duckdb.DuckDBPyConnection,
    path: str | Path,
    *,
    include_unranked: bool = False,
    excel: bool = False,
    decimal_comma: bool = False,
) -> int:
    """Write ranked_leads (ranked ones only unless asked) to `path`; returns the rows.
    With `excel` the file starts with a UTF-8 byte-order mark, which Excel needs; with
    `decimal_comma` fields are separated by ";" and numbers written with ",".
    """
    where = "" if include_unranked else "where rank is not null"
    query = _query(where, decimal_comma)
    delimiter = ";" if decimal_comma else ","
    path = Path(path)
    if not excel:
        return _copy(con, query, path, delimiter)
    handle, plain = tempfile.mkstemp(suffix=".csv", dir=path.parent)
    os.close(handle)
    try:  # COPY writes no BOM: it writes beside the target, the BOM goes in front
        count = _copy(con, query, Path(plain), delimiter)
        with path.open("wb") as out, open(plain, "rb") as body:
            out.write(BOM)
            shutil.copyfileobj(body, out)
    finally:
        Path(plain).unlink(missing_ok=True)
    return count


def _copy(con: duckdb.DuckDBPyConnection, query: str, path: Path, delimiter: str) -> int:
    target = str(path).replace("'", "''")
    # COPY answers with the number of rows it wrote; it quotes a cell holding the delimiter
    copy = f"copy ({query}) to '{target}' (header, delimiter '{delimiter}')"  # noqa: S608
    row = con.execute(copy).fetchone()
    return int(row[0]) if row else 0
