"""`leads check`: score postings found elsewhere for scam risk, without the warehouse.

It needs neither DuckDB nor Prefect, so it starts fast and works before `leads init`.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypedDict

import typer
from rich.console import Console
from rich.table import Table

from leads._check_input import CheckRow, read_postings
from leads._terminal import cell, clean, json_text
from warehouse.ranking.legitimacy import assess
from warehouse.sheets import sheet_cell


class Row(TypedDict):
    id: str
    company: str | None  # the company read (given, or from a text's first line), or none
    legitimacy: float
    red_flags: list[str]


COLUMNS = ("id", "company", "legitimacy", "red_flags")


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def check(
    file: Annotated[
        str, typer.Argument(help="JSONL, CSV or plain-text postings; '-' reads stdin.")
    ] = "-",
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="How to print the scores.")
    ] = OutputFormat.table,
) -> None:
    """Score postings found elsewhere for scam risk: legitimacy (0-1) and red flags.

    Reads JSONL, CSV (with a text or description column) or plain text (postings
    split by a line holding only ---) and prints one row per posting, in order.
    A hard flag (a fee to start, a chat-app interview, a request for your SSN)
    keeps legitimacy at 0.10 or below.

    Example:
        leads check saved.jsonl --format csv > scored.csv
    """
    rows = [_score(number, row) for number, row in enumerate(_read(file), start=1)]
    _WRITERS[output](rows)


def _read(file: str) -> list[CheckRow]:
    """The postings in `file` (or stdin); unreadable input is a usage error (exit 2)."""
    try:
        data = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
        return read_postings(data, name=file)
    except UnicodeDecodeError:
        message = f"{file}: not UTF-8 text"
    except OSError as error:
        message = f"{file}: cannot read it ({error.strerror or error})"
    except ValueError as error:
        message = str(error)
    typer.echo(f"error: {clean(message)}", err=True)  # as every other command says it
    raise typer.Exit(2)


def _score(number: int, row: CheckRow) -> Row:
    result = assess(
        title=row.title,
        company=row.company,
        text=row.text,
        url=row.url,
        apply_url=row.apply_url,
        poster=row.poster,
    )
    return {
        "id": row.id or str(number),
        "company": row.company,
        "legitimacy": round(result.legitimacy, 2),
        "red_flags": [flag.label for flag in result.flags],
    }


def _flags(row: Row) -> str:
    """The red flags on one line, for the table and CSV (JSON keeps the list)."""
    return "; ".join(row["red_flags"])


def _print_table(rows: list[Row]) -> None:
    table = Table(*COLUMNS)
    for row in rows:  # Text, not markup: evidence may hold "[Hiring]"
        table.add_row(
            cell(row["id"]), cell(row["company"] or ""), f"{row['legitimacy']:.2f}",
            cell(_flags(row)),
        )  # fmt: skip
    Console().print(table)


def _print_csv(rows: list[Row]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(
        (
            sheet_cell(clean(row["id"], None)),
            sheet_cell(clean(row["company"] or "", None)),
            f"{row['legitimacy']:.2f}",
            sheet_cell(clean(_flags(row), None)),
        )
        for row in rows
    )
    typer.echo(buffer.getvalue(), nl=False)


def _print_json(rows: list[Row]) -> None:
    typer.echo(json_text(json.dumps(rows, ensure_ascii=False, indent=2)))


_WRITERS: dict[OutputFormat, Callable[[list[Row]], None]] = {
    OutputFormat.table: _print_table,
    OutputFormat.csv: _print_csv,
    OutputFormat.json: _print_json,
}
