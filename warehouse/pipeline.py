"""The build as one declared list of steps, each naming the tables it reads and writes.

The order comes from the declarations (a step runs after every step that writes what it
reads), not from file names, and a test checks that every step reads only tables a step
before it writes or that the warehouse keeps as state. State tables (schema `state`)
change only through migrations; everything else is derived and rebuilt here from its
declared definition: the `.sql` models of `staging/` and `marts/` (each with a `-- reads:`
header), and Python steps, whose tables are declared in `tables/*.sql` and filled in
Python (`warehouse.steps`). `python -m warehouse.pipeline` prints the graph the README
shows.
"""

from __future__ import annotations

import importlib
import re
import sys
import time
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

import duckdb

from warehouse.db import sql_files

if TYPE_CHECKING:
    from warehouse.ranking.profile import Filters, Profile, RankingSettings

# what the warehouse keeps across runs (warehouse/migrations)
STATE = frozenset(
    f"state.{table}"
    for table in (
        "bodies", "responses", "postings", "runs", "source_runs", "verdicts",
        "verdict_history", "digests", "digest_postings", "digest_follow_ups",
        "network_contacts", "network_files", "network_reads",
    )
)  # fmt: skip
_CREATES = re.compile(
    r"^create\s+(?:or\s+replace\s+)?(view|table|macro)\s+(?:if\s+not\s+exists\s+)?([\w.]+)",
    re.IGNORECASE | re.MULTILINE,
)
_READS = re.compile(r"^-- reads: (.+)$", re.MULTILINE)
_CACHE = re.compile(r"^create\s+table\s+if\s+not\s+exists\b", re.IGNORECASE | re.MULTILINE)
# the cache's declaration: a step may go on to fill it in SQL, which the probe of its
# columns (`_keep_cache_if_declared_alike`) does not run
_CACHE_TABLE = re.compile(
    r"^create\s+table\s+if\s+not\s+exists\s+([\w.]+)\s*\(.*?^\);",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)
# a table written whole each build and read little: compressing it cost about as much
# as making it (at 200,000 leads 0.25 s of lead_ranking's 0.75 s, for 60 MiB)
_UNCOMPRESSED = re.compile(r"^-- written uncompressed\b", re.MULTILINE)


@dataclass
class Build:
    """What one build knows besides the warehouse: the user's settings, and the objects
    its Python steps hand on (the resolved people)."""

    con: duckdb.DuckDBPyConnection
    profile: Profile
    settings: RankingSettings
    filters: Filters
    companies: list[tuple[str, str, str]] = field(default_factory=list)  # source, scope, name
    people: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class Step:
    """One step: SQL that creates its tables or views, and for a Python step the code
    that fills them."""

    name: str
    reads: frozenset[str]
    writes: frozenset[str]
    sql: str
    fill: Callable[[Build], None] | None = None

    @property
    def kind(self) -> str:
        return "python" if self.fill else "sql"

    @property
    def cache(self) -> bool:
        """Whether its table is kept across builds (created only if missing)."""
        return bool(_CACHE.search(self.sql))


def creates(sql: str) -> frozenset[str]:
    """The tables, views and macros a SQL text creates."""
    return frozenset(name.lower() for _, name in _CREATES.findall(sql))


def _model(name: str, sql: str) -> Step:
    """A `.sql` model; it reads what its `-- reads:` header names."""
    found = _READS.search(sql)
    reads = frozenset(t.strip() for t in found.group(1).split(",")) if found else frozenset()
    return Step(name.removesuffix(".sql"), reads, creates(sql), sql)


def _python(name: str, reads: Iterable[str]) -> Step:
    """A Python step: its tables declared in `tables/<name>.sql`, filled by
    `warehouse.steps.fill_<name>`, imported only when it runs (so the list is cheap to
    read: `leads mark` re-runs SQL steps only)."""
    sql = dict(sql_files("tables"))[f"{name}.sql"]

    def fill(build: Build) -> None:
        from warehouse import steps as python

        getattr(python, f"fill_{name}")(build)

    return Step(name, frozenset(reads), creates(sql), sql, fill)


@cache
def steps() -> tuple[Step, ...]:
    """Every step of the build, in an order that respects what each reads."""
    from warehouse.ranking.signals import (
        lead_scores_sql,
        lead_signal_values_sql,
        lead_signals_sql,
    )

    declared = [
        _python("sources", ()),
        _python("board_companies", ()),
        _python("ranking_settings", ()),
        _python(
            "posting_features", ("state.postings", "staging.sources", "staging.board_companies")
        ),
        _python("people", ("state.network_contacts",)),
        _python(
            "lead_members",
            (
                "staging.posting_features",
                "state.postings",
                "staging.people",
                "staging.sources",
                "staging.source_credits",
                "staging.board_companies",
            ),
        ),
        _python(
            "lead_content",
            (
                "staging.lead_members",
                "staging.stg_postings",
                "state.postings",
                "staging.posting_features",
                "staging.board_companies",
                "staging.sources",
                "marts.ranking_settings",
                "marts.firsts",
                "marts.dated_at",
            ),
        ),
        _python(
            "lead_paths",
            (
                "staging.stg_postings",
                "state.postings",
                "staging.lead_members",
                "staging.people",
                "staging.sources",
            ),
        ),  # fmt: skip
        _model("lead_signal_values", lead_signal_values_sql()),
        _model("lead_signals", lead_signals_sql()),
        _model("lead_scores", lead_scores_sql()),
        *(_model(name, sql) for folder in ("staging", "marts") for name, sql in sql_files(folder)),
    ]
    return ordered(declared)


def ordered(declared: list[Step]) -> tuple[Step, ...]:
    """The steps so that each comes after those writing what it reads (Kahn's order, by
    name among equals); a read of something nothing writes and no state holds, or a
    cycle, is an error."""
    writer = {table: step.name for step in declared for table in step.writes}
    missing = sorted(
        f"{step.name} reads {table}"
        for step in declared
        for table in step.reads
        if table not in writer and table not in STATE
    )
    if missing:
        raise ValueError(f"undeclared tables: {'; '.join(missing)}")
    after = {s.name: {writer[t] for t in s.reads if t in writer} - {s.name} for s in declared}
    by_name = {step.name: step for step in declared}
    done: list[Step] = []
    while after:
        ready = sorted(name for name, needs in after.items() if not needs)
        if not ready:
            raise ValueError(f"a cycle among {sorted(after)}")
        for name in ready:
            done.append(by_name[name])
            del after[name]
        for needs in after.values():
            needs.difference_update(ready)
    return tuple(done)


def run(
    build: Build, *, fill: bool = True, until: str | None = None, after: str | None = None
) -> dict[str, float]:
    """Every step in order (or those up to step `until`, or those after step `after`), in
    the caller's transaction; the seconds each took. Without `fill`, Python steps only
    create their (empty) tables, so a warehouse gets every view before its first build."""
    seconds = _import_python_steps() if fill else {}
    names = [step.name for step in steps()]
    first = names.index(after) + 1 if after else 0
    for step in steps()[first : names.index(until) + 1 if until else None]:
        started = time.perf_counter()
        try:
            if step.cache:
                _keep_cache_if_declared_alike(build.con, step.sql)
            _execute(build.con, step)
            if fill and step.fill is not None:
                step.fill(build)
        except duckdb.Error as error:
            error.add_note(f"in build step {step.name}")
            raise
        seconds[step.name] = time.perf_counter() - started
    return seconds


def _import_python_steps() -> dict[str, float]:
    """Import the Python steps' code, timed as `imports`, once a process. It brings the
    readers and matching rules, whose tables take some 0.6 CPU-s to import: timed inside
    the first Python step, it made board_companies (a few rows) look 0.6 s slow at any
    size."""
    if "warehouse.steps" in sys.modules:
        return {}
    started = time.perf_counter()
    importlib.import_module("warehouse.steps")
    return {"imports": time.perf_counter() - started}


def refresh(con: duckdb.DuckDBPyConnection, changed: str) -> None:
    """Rebuild, in the caller's transaction, the steps that read a state table a command
    changed between builds (`leads mark` and the verdicts), so readers see it at once."""
    for step in downstream(changed):
        if step.fill is not None:
            raise ValueError(f"{step.name} is filled in Python: {changed} needs a build")
        _execute(con, step)


def downstream(table: str) -> tuple[Step, ...]:
    """The steps that read `table`, directly or through other steps, in build order."""
    changed, found = {table}, []
    for step in steps():
        if step.reads & changed:
            found.append(step)
            changed |= step.writes
    return tuple(found)


def _execute(con: duckdb.DuckDBPyConnection, step: Step) -> None:
    """Run a step's SQL; a view it now declares as a table (or the reverse) is dropped
    first, as DuckDB replaces an object only with one of its own kind. A model marked
    `-- written uncompressed` is written so."""
    for kind, name in _CREATES.findall(step.sql):
        other = {"view": "table", "table": "view"}.get(kind.lower())
        schema, _, table = name.lower().partition(".")
        if (
            other
            and con.execute(
                f"select 1 from duckdb_{other}s() where schema_name = ? and {other}_name = ?",  # noqa: S608 - our own kinds
                [schema, table],
            ).fetchone()
        ):
            con.execute(f"drop {other} {name}")
    if not _UNCOMPRESSED.search(step.sql):
        con.execute(step.sql)
        return
    con.execute("set force_compression = 'uncompressed'")
    try:
        con.execute(step.sql)
    finally:
        # a failed step leaves the transaction aborted, where no SET runs: its own error,
        # not this one, must reach the build (out of memory is done again, wider)
        with suppress(duckdb.TransactionException):
            con.execute("reset force_compression")


def _keep_cache_if_declared_alike(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """A cache (the features, the lead members and their links) is kept across builds:
    dropped when its declared columns are no longer those of its tables (an upgrade
    added a reader), or when one of the tables a step fills together is missing (an
    upgrade added it), so it is filled anew."""
    import duckdb

    caches = list(_CACHE_TABLE.finditer(sql))
    if not caches:
        raise ValueError(f"no cache table declared in: {sql[:80]!r}")
    tables = sorted(declaration.group(1).lower() for declaration in caches)
    probe = duckdb.connect()
    for schema in {table.partition(".")[0] for table in tables}:
        probe.execute(f"create schema {schema}")
    for declaration in caches:  # the declarations alone: a step may go on to fill them
        probe.execute(declaration.group(0))
    declared = {table: _columns(probe, table) for table in tables}
    probe.close()
    found = {table: _columns(con, table) for table in tables}
    if any(found.values()) and found != declared:
        for table in tables:
            if found[table]:
                con.execute(f"drop table {table}")


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    """A table's columns and their types, in order; none if it is missing. From DuckDB's
    own catalog function: `information_schema.columns` gives the same rows some 50 ms
    later, and a build asks eight times."""
    schema, _, name = table.partition(".")
    return con.execute(
        "select column_name, data_type from duckdb_columns() "
        "where schema_name = ? and table_name = ? order by column_index",
        [schema, name],
    ).fetchall()


def diagram() -> str:
    """The build as a Mermaid flowchart: the state tables (cylinders), the Python steps
    (boxes) and the SQL models (rounded), each arrow a table one step reads of another."""
    writer = {table: step.name for step in steps() for table in step.writes}
    lines = ["flowchart LR"]
    for step in steps():
        shape = f"{step.name}[[{step.name}]]" if step.fill else f"{step.name}({step.name})"
        sources = sorted(
            {f"{t.replace('.', '_')}[({t})]" if t in STATE else writer[t] for t in step.reads}
        )
        lines.extend(f"    {source} --> {shape}" for source in sources)
        if not sources:
            lines.append(f"    {shape}")
    return "\n".join(lines)


if __name__ == "__main__":
    from warehouse import pipeline  # the module the steps import, not this __main__ copy

    print(pipeline.diagram())  # noqa: T201 - the README's diagram, on stdout
