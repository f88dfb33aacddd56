"""What makes a CSV cell safe to open in a spreadsheet (no DuckDB: `leads check` uses it).

A cell starting with `=`, `+`, `-`, `@`, tab or CR runs as a formula in Excel or
LibreOffice (CSV injection): it gets a leading apostrophe. A cell longer than Excel's
limit (32,767 characters) is cut and ends with CUT. Excel reads a CSV as UTF-8 only
when it starts with a byte-order mark (`--excel`).
"""

from __future__ import annotations

CELL_LIMIT = 32_767  # Excel's maximum characters in one cell
CUT = " [cut]"  # ends a cell that was longer than CELL_LIMIT
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff".encode()


def sheet_cell(value: object) -> object:
    """A value safe in a sheet: text escaped against formulas and cut to CELL_LIMIT;
    numbers, dates and None as they are (a negative number is no formula)."""
    if not isinstance(value, str):
        return value
    text = f"'{value}" if value.startswith(FORMULA_START) else value
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - len(CUT)] + CUT
