"""`leads sql`: one read-only query over the warehouse, as a table, CSV or JSON.

The query runs on a sandboxed connection (no files, no network, no other database, no
SET) after `warehouse.sandbox` has checked it is one read statement. Text in the answer
comes from postings: on the terminal it passes through `leads._terminal`, in CSV it is
made safe for sheets.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from enum import StrEnum
from typing import Annotated, Any

import duckdb
import typer
from rich.table import Table

from leads._common import ConfigOption, WaitOption, config_or_exit, console, fail, warehouse
from leads._terminal import cell, clean, json_text
from warehouse.sandbox import QueryRefused, check_query, first_line
from warehouse.sheets import BOM, sheet_cell

# DuckDB's SHOW TABLES names a table once per schema that holds one, and not the schema
_SHOW_TABLES = re.compile(r"\s*show\s+tables\s*;?\s*", re.IGNORECASE)
_TABLES = """
select schema_name as schema, table_name as name, 'table' as kind
from duckdb_tables() where not internal
union all
select schema_name, view_name, 'view' from duckdb_views() where not internal
order by schema, name
"""
_WHOLE = 40  # a value without spaces up to this long (an id, a date, a number) is never cut


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def sql(
    query: Annotated[str, typer.Argument(help="A SQL query, e.g. SELECT * FROM ranked_leads.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    excel: Annotated[
        bool,
        typer.Option(
            "--excel", help="CSV for Excel (so --format csv): starts with a UTF-8 byte-order mark."
        ),
    ] = False,
    include_contacts: Annotated[
        bool,
        typer.Option(
            "--include-contacts", help="Allow state.network_contacts (e-mails and phone numbers)."
        ),
    ] = False,
    wait: WaitOption = False,
    config: ConfigOption = None,
) -> None:
    """Run one read-only SQL query (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN,
    PIVOT) on the warehouse; nothing outside the warehouse can be read or written.

    SHOW TABLES lists each table and view with its schema.

    Example:
        leads sql "SELECT rank, title FROM ranked_leads ORDER BY rank LIMIT 5"
    """
    if excel and format is Format.json:
        raise fail("--excel writes CSV for Excel: leave out --format json")
    settings = config_or_exit(config)
    if _SHOW_TABLES.fullmatch(query):
        query = _TABLES
    with warehouse(settings, wait=wait, sandbox=True) as con:
        try:
            check_query(con, query, contacts=include_contacts)
            cursor = con.execute(query)
            columns = [d[0] for d in cursor.description or []]
            rows = cursor.fetchall()
        except QueryRefused as error:
            raise fail(f"query refused: {error}") from error
        except duckdb.Error as error:
            raise fail(f"query failed: {first_line(error)}") from error
    write(columns, rows, Format.csv if excel else format, excel=excel)


def write(
    columns: list[str], rows: list[tuple[Any, ...]], format: Format, *, excel: bool = False
) -> None:
    """Render query results in the chosen format on stdout."""
    if format is Format.csv:
        if excel:
            sys.stdout.flush()
            sys.stdout.buffer.write(BOM)
            sys.stdout.buffer.flush()
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([sheet_cell(clean(c, None)) for c in columns])
        writer.writerows([sheet_cell(_text(v)) for v in row] for row in rows)
    elif format is Format.json:
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        document = json.dumps(records, default=str, ensure_ascii=False, indent=1)
        sys.stdout.write(json_text(document) + "\n")
    else:
        cells = [[cell(v) for v in row] for row in rows]
        table = Table(show_lines=False)
        for index, column in enumerate(columns):
            values = [row[index].plain for row in cells]
            if all(len(v) <= _WHOLE and not any(c.isspace() for c in v) for v in values):
                # ids are copied into `leads mark`: one line, whole, however narrow the screen
                widest = max((len(v) for v in values), default=0)
                table.add_column(cell(column), no_wrap=True, min_width=widest)
            else:
                table.add_column(cell(column), overflow="fold")  # wrapped, never cut
        for row in cells:
            table.add_row(*row)
        console.print(table)


def _text(value: object) -> object:
    """Text without control characters (a CSV lands on a terminal too); others as is."""
    return clean(value, None) if isinstance(value, str) else value
