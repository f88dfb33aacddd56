"""`leads sql`: one read-only query over the warehouse, as a table, CSV, JSON or Markdown.

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
from rich.text import Text

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
_WRAPPED = 8  # the narrowest a wrapped column stays readable; narrower, rows become records


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


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
    if excel and format in (Format.json, Format.markdown):
        raise fail(f"--excel writes CSV for Excel: leave out --format {format}")
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
            raise fail(f"query failed: {first_line(error, query)}") from error
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
    elif format is Format.markdown:
        sys.stdout.write(_markdown(columns, rows))
    elif format is Format.json:
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        document = json.dumps(records, default=str, ensure_ascii=False, indent=1)
        sys.stdout.write(json_text(document) + "\n")
    else:
        cells = [[cell(v) for v in row] for row in rows]
        whole = [_whole([row[i].plain for row in cells]) for i in range(len(columns))]
        if len(columns) > 1 and _width(columns, cells, whole) > console.width:
            _records(columns, cells)
        else:
            _table(columns, cells, whole)


def _markdown(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """A pipe table to paste into an issue or a notebook: each value on one line, its
    pipes escaped, so a cell never splits a row; text as the terminal would show it."""

    def escaped(value: object) -> str:
        text = clean(value, None)
        return " ".join(text.split()).replace("|", "\\|")

    lines = [[escaped(c) for c in columns], ["---"] * len(columns)]
    lines += [[escaped(v) for v in row] for row in rows]
    return "".join(f"| {' | '.join(line)} |\n" for line in lines)


def _whole(values: list[str]) -> bool:
    """Whether a column holds only short values without spaces (ids, dates, numbers)."""
    return all(len(v) <= _WHOLE and not any(c.isspace() for c in v) for v in values)


def _width(columns: list[str], cells: list[list[Text]], whole: list[bool]) -> int:
    """The narrowest a readable table of these columns is: whole columns at their widest,
    wrapped ones at `_WRAPPED` (or their widest, if less), with the borders."""
    width = 3 * len(columns) + 1
    for index, keep in enumerate(whole):
        widest = max((len(row[index].plain) for row in cells), default=0)
        width += widest if keep else min(widest, _WRAPPED)
    return width


def _table(columns: list[str], cells: list[list[Text]], whole: list[bool]) -> None:
    table = Table(show_lines=False)
    for index, column in enumerate(columns):
        if whole[index]:
            # ids are copied into `leads mark`: one line, whole, however narrow the screen
            widest = max((len(row[index].plain) for row in cells), default=0)
            table.add_column(cell(column), no_wrap=True, min_width=widest)
        else:
            table.add_column(cell(column), overflow="fold")  # wrapped, never cut
    for row in cells:
        table.add_row(*row)
    console.print(table)


def _records(columns: list[str], cells: list[list[Text]]) -> None:
    """One block per row, a column a line (psql's expanded display): what a result too
    wide for the terminal reads as, its values wrapped, never cut."""
    names = [cell(column) for column in columns]
    for number, row in enumerate(cells, 1):
        console.rule(f"record {number}", align="left", characters="─")
        block = Table.grid(padding=(0, 1))
        block.add_column(style="bold", no_wrap=True)
        block.add_column(overflow="fold")
        for name, value in zip(names, row, strict=True):
            block.add_row(name, value)
        console.print(block)


def _text(value: object) -> object:
    """Text without control characters (a CSV lands on a terminal too); others as is."""
    return clean(value, None) if isinstance(value, str) else value
