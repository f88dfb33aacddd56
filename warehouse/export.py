"""Write ranked leads to CSV: one COPY statement, every text cell safe to open in a sheet.

Cells starting with `=`, `+`, `-`, `@`, tab or CR would run as formulas in Excel or
LibreOffice (CSV injection): they get a leading apostrophe. A cell longer than Excel's
limit (32,767 characters) is cut with a marker instead of breaking the sheet: the rules
of `warehouse.sheets`, here in SQL. The export carries each source's attribution duty,
the user's own note and follow-up, why a lead is left out (`--all`), and no contact
emails or phone numbers.
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
    ("engagement", True), ("ir35", True), ("remote", True), ("location", True),
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


def _cell(column: str, text: bool) -> str:
    if column in _TIMES:
        return f"strftime(timezone('UTC', {column}), '%Y-%m-%d %H:%M:%S') as {column}"
    value = f"array_to_string({column}, ' | ')" if column in _LISTS else column
    if not text:
        return column
    formula = f"regexp_matches({value}, '^[=+\\-@\\t\\r]')"
    safe = f"(case when {formula} then '''' || {value} else {value} end)"
    keep = CELL_LIMIT - len(CUT)
    return (
        f"case when length({safe}) > {CELL_LIMIT} then left({safe}, {keep}) || '{CUT}' "
        f"else {safe} end as {column}"
    )


def export_csv(
    con: duckdb.DuckDBPyConnection,
    path: str | Path,
    *,
    include_unranked: bool = False,
    excel: bool = False,
) -> int:
    """Write ranked_leads (ranked ones only unless asked) to `path`; returns the rows.
    With `excel` the file starts with a UTF-8 byte-order mark, which Excel needs."""
    where = "" if include_unranked else "where rank is not null"
    select = ", ".join(_cell(c, t) for c, t in _COLUMNS)
    query = f"select {select} from marts.ranked_leads {where} order by rank nulls last, score desc"
    path = Path(path)
    if not excel:
        return _copy(con, query, path)
    handle, plain = tempfile.mkstemp(suffix=".csv", dir=path.parent)
    os.close(handle)
    try:  # COPY writes no BOM: it writes beside the target, the BOM goes in front
        count = _copy(con, query, Path(plain))
        with path.open("wb") as out, open(plain, "rb") as body:
            out.write(BOM)
            shutil.copyfileobj(body, out)
    finally:
        Path(plain).unlink(missing_ok=True)
    return count


def _copy(con: duckdb.DuckDBPyConnection, query: str, path: Path) -> int:
    target = str(path).replace("'", "''")
    # COPY answers with the number of rows it wrote
    row = con.execute(f"copy ({query}) to '{target}' (header, delimiter ',')").fetchone()  # noqa: S608
    return int(row[0]) if row else 0
