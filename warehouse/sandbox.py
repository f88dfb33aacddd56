"""The door `leads sql` goes through: one read statement that cannot reach outside.

A `read_only=True` DuckDB connection still runs `COPY ... TO`, `ATTACH`, `EXPORT
DATABASE`, `read_csv('/etc/passwd')` and `SET`. So `leads sql` opens the warehouse
with external access off and the configuration locked (`connect(..., sandbox=True)`),
and before running anything checks here that the text is one statement of a read kind.

Raw contact details (`state.network_contacts`: e-mails, phones) stay out of reach unless
the user asks: DuckDB has no grants, so the parsed statement (its JSON serialization)
is searched for that table and for the functions that run SQL given as text (`query`,
`query_table`), which could name it without naming it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import duckdb

CONTACTS = "network_contacts"
_INDIRECT = frozenset({"query", "query_table"})  # table functions that run SQL text
# a simplified PIVOT parses as several statements (an enum type, then the select)
_PIVOT = re.compile(r"^\s*(?:(?:--[^\n]*\n|/\*.*?\*/)\s*)*(?:un)?pivot\b", re.I | re.S)
_EXPLAIN = re.compile(r"^\s*explain\s+(?:analyze\s+)?", re.I)
# what names a table without the parser seeing it: the text check of last resort
_SUSPECT = re.compile(rf"{CONTACTS}|\bquery(?:_table)?\s*\(|\bu&", re.I)
READ_KINDS = "SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, PIVOT"


class QueryRefused(Exception):
    """The query is not one read statement, or reaches raw contact details."""


def check_query(con: duckdb.DuckDBPyConnection, query: str, *, contacts: bool = False) -> None:
    """Raise QueryRefused unless `query` is one statement of a read kind (and, without
    `contacts`, reads nothing of state.network_contacts)."""
    try:
        statements = con.extract_statements(query)
    except duckdb.Error as error:
        raise QueryRefused(f"not valid SQL: {first_line(error, query)}") from error
    if not statements:
        raise QueryRefused("no statement to run")
    if len(statements) > 1:
        raise QueryRefused("one statement at a time")
    kind = statements[0].type
    pivot = kind == duckdb.StatementType.MULTI and bool(_PIVOT.match(query))
    if kind not in (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN) and not pivot:
        raise QueryRefused(
            f"{kind.name} is not a read statement; leads sql is read-only ({READ_KINDS})"
        )
    if not contacts and _reads_contacts(con, _EXPLAIN.sub("", query, count=1)):
        raise QueryRefused(
            f"state.{CONTACTS} holds e-mails and phone numbers; pass --include-contacts "
            "to query it (or query network_people)"
        )


def _reads_contacts(con: duckdb.DuckDBPyConnection, select: str) -> bool:
    """Whether a statement names the contacts table or runs SQL given as text."""
    row = con.execute("select json_serialize_sql(?::varchar)", [select]).fetchone()
    tree = json.loads(row[0]) if row else {"error": True}
    if tree.get("error"):  # not a plain SELECT (a PIVOT): judge the text itself
        return bool(_SUSPECT.search(select))
    for node in _nodes(tree):
        if node.get("type") == "BASE_TABLE" and str(node.get("table_name")).lower() == CONTACTS:
            return True
        if str(node.get("function_name", "")).lower() in _INDIRECT:
            return True
    return False


def _nodes(value: object) -> Iterator[dict[str, object]]:
    """Every JSON object in a parsed tree, depth first."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


# DuckDB's line after a misspelt column or table: the names it could have meant
_HINTS = ("Candidate bindings:", "Did you mean")
# DuckDB's pointer into the query: `LINE 3: WHER rank < 3` (a long line cut to `...`
# around the spot), then a line of carets under it
_POINTER = re.compile(r"^LINE (\d+): (.*)\n( *)\^", re.MULTILINE)


def first_line(error: Exception, query: str | None = None) -> str:
    """The first line of a DuckDB error, with the names it suggests for a misspelt column
    or table ("Candidate bindings: "title""), and, given the query, where in it DuckDB
    points ("(line 3, column 1)"): its own pointer is a second and third line that a
    one-line error drops."""
    lines = str(error).strip().splitlines()
    if not lines:
        return type(error).__name__
    hints = [line.strip() for line in lines[1:] if line.strip().startswith(_HINTS)]
    where = _position(str(error), query) if query is not None else None
    return " ".join([lines[0], *hints[:1], *([where] if where else [])])


def _position(message: str, query: str) -> str | None:
    """`(line N, column M)` of the spot DuckDB's caret points at in `query`."""
    match = _POINTER.search(message)
    if match is None:
        return None
    number, shown = int(match.group(1)), match.group(2)
    caret = len(match.group(3)) - len(f"LINE {number}: ")
    query_lines = query.splitlines()
    if not 0 < number <= len(query_lines) or caret < 0:
        return None
    # a long line is shown cut: find the part shown in the whole line
    cut = 3 if shown.startswith("...") else 0
    start = query_lines[number - 1].find(shown[cut:].removesuffix("..."))
    if start < 0:
        return f"(line {number})"
    return f"(line {number}, column {start + caret - cut + 1})"
