"""`leads sql`: a read-only query over the warehouse, as a table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import duckdb
import typer
from rich.table import Table

from leads._common import ConfigOption, config_or_exit, console, fail, warehouse


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def sql(
    query: Annotated[str, typer.Argument(help="A SQL query, e.g. SELECT * FROM ranked_leads.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    config: ConfigOption = None,
) -> None:
    """Run a read-only SQL query on the warehouse.

    Example:
        leads sql "SELECT rank, title, why FROM ranked_leads WHERE rank <= 5"
    """
    settings = config_or_exit(config)
    with warehouse(settings) as con:
        try:
            cursor = con.execute(query)
        except duckdb.Error as error:
            raise fail(f"query failed: {error}") from error
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
    write(columns, rows, format)


def write(columns: list[str], rows: list[tuple[Any, ...]], format: Format) -> None:
    """Render query results in the chosen format on stdout."""
    if format is Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif format is Format.json:
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        sys.stdout.write(json.dumps(records, default=str, ensure_ascii=False, indent=1) + "\n")
    else:
        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        console.print(table)
