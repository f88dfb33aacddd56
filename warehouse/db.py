"""Open the DuckDB warehouse and keep its schema current.

DuckDB allows one writing process per file, so a busy file becomes a clear message
instead of a lock traceback; readers open it read-only. Migrations are numbered `.sql`
files applied in order, each in one transaction with its row in `_migrations`
(sqlite-utils' pattern), so an old warehouse file upgrades in place.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from warehouse import clock

if TYPE_CHECKING:  # pandas costs a second to import; `leads sql` and `top` need none
    import pandas as pd

# extensions that are not built in would be downloaded: fail at once offline instead
_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}
# DuckDB's clock functions (the keywords current_date, current_timestamp, localtime ...
# call them too) as casts of the loop's time: a temporary macro shadows a built-in
_CLOCK = {
    "now": "{at}",
    "get_current_timestamp": "{at}",
    "transaction_timestamp": "{at}",
    "current_date": "{at}::date",
    "today": "{at}::date",
    "get_current_time": "{at}::timetz",
    "current_localtimestamp": "{at}::timestamp",
    "current_localtime": "{at}::timestamp::time",
}
# `leads sql`: no file, network or other database, and no SET that would undo it (the
# configuration is locked once the connection is set up: `connect`)
_SANDBOX = {**_CONFIG, "enable_external_access": False}


class WarehouseError(Exception):
    """The warehouse cannot be opened as asked (missing, busy, not DuckDB)."""


class WarehouseBusy(WarehouseError):
    """Another process (a run) holds the warehouse's write lock."""


def missing(path: Path) -> str:
    """What to say of a warehouse that is not there yet."""
    return f"{path}: no warehouse yet; run `leads run` (or `leads demo`) first"


def connect(
    path: str | Path, *, read_only: bool = False, sandbox: bool = False
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; writers get every pending migration applied first.

    A `sandbox` connection (read-only) can read nothing but the warehouse and write
    nowhere: external access off, configuration locked (see warehouse.sandbox).
    """
    path = Path(path)
    read_only = read_only or sandbox
    if read_only and not path.exists():
        raise WarehouseError(missing(path))
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(
            str(path), read_only=read_only, config=_SANDBOX if sandbox else _CONFIG
        )
    except duckdb.IOException as error:
        message = str(error)
        busy = "lock" in message.lower()
        raise (WarehouseBusy if busy else WarehouseError)(_explain(path, message)) from error
    # DuckDB draws a progress bar on stdout for a query past two seconds, into a pipe too:
    # `leads sql ... > out.csv` would carry it, and it broke into `leads run`'s own bars
    con.execute("set enable_progress_bar = false")
    if sandbox:
        con.execute("set lock_configuration = true")
    pin_clock(con)
    if read_only:
        con.execute("set search_path = 'main,marts,staging,raw'")
    else:
        migrate(con)
        ensure_marts(con)
    return con


def pin_clock(con: duckdb.DuckDBPyConnection) -> None:
    """Under `LEADS_NOW`, SQL's now(), current_date and the rest answer the loop's time
    (in the session's time zone, as DuckDB's own do): a query or view that reads the
    clock agrees with the build of a replayed day. Without it, DuckDB's clock runs."""
    at = clock.fixed()
    if at is None:
        return
    literal = f"timestamptz '{at.isoformat()}'"
    for name, value in _CLOCK.items():
        con.execute(f"create or replace temp macro {name}() as {value.format(at=literal)}")


def _explain(path: Path, message: str) -> str:
    if "lock" in message.lower():
        pid = re.search(r"PID (\d+)", message)
        who = f" (PID {pid.group(1)})" if pid else ""
        return f"{path}: a run is writing the warehouse{who}; try again when it ends"
    return f"{path}: cannot open the warehouse: {message}"


def sql_files(folder_name: str) -> list[tuple[str, str]]:
    """(name, text) of the `.sql` files of one warehouse folder, in file-name order."""
    return _files(folder_name, (".sql",))


def _files(folder_name: str, suffixes: tuple[str, ...]) -> list[tuple[str, str]]:
    folder = resources.files("warehouse") / folder_name
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(suffixes))
    return [(name, (folder / name).read_text(encoding="utf-8")) for name in names]


def migrations() -> list[tuple[str, str]]:
    """(name, text) of every migration in order: `.sql`, or `.py` with a `migrate(con)`
    where data must be moved rather than declared (sqlite-utils' Python migrations)."""
    return _files("migrations", (".sql", ".py"))


def _apply(con: duckdb.DuckDBPyConnection, name: str, text: str) -> None:
    if name.endswith(".sql"):
        con.execute(text)
        return
    namespace: dict[str, object] = {"__name__": f"warehouse.migrations.{name[:-3]}"}
    exec(compile(text, name, "exec"), namespace)  # noqa: S102 - our own migration file
    migrate = namespace["migrate"]
    assert callable(migrate), f"{name}: no migrate(con)"
    migrate(con)


def pending(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations not yet applied to this warehouse (read-only)."""
    exists = con.execute(
        "select count(*) from information_schema.tables "
        "where table_schema = 'main' and table_name = '_migrations'"
    ).fetchone()
    applied: set[str] = set()
    if exists and exists[0]:
        applied = {row[0] for row in con.execute("select name from _migrations").fetchall()}
    return [name for name, _ in migrations() if name not in applied]


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending migrations in order; a no-op when none is pending."""
    con.execute(
        "create table if not exists main._migrations "
        "(name varchar primary key, applied_at timestamptz not null)"
    )
    todo = set(pending(con))
    done: list[str] = []
    for name, text in migrations():
        if name not in todo:
            continue
        con.execute("begin transaction")
        try:
            _apply(con, name, text)
            con.execute("insert into main._migrations values (?, ?)", [name, datetime.now(UTC)])
            con.execute("commit")
        except duckdb.Error:
            con.execute("rollback")
            raise
        done.append(name)
    return done


def ensure_marts(con: duckdb.DuckDBPyConnection) -> None:
    """Create the staging views and marts from their models when they are missing (a
    new warehouse, or a first run killed before its build), so that every read command
    works: they are empty until a build fills the tables they read."""
    # fetched to the end: a result left open holds a transaction on this connection,
    # and `leads run` keeps it open beside the flow's (whose build then cannot checkpoint)
    ((found,),) = con.execute(
        "select count(*) from information_schema.tables where table_name = 'ranked_leads'"
    ).fetchall()
    if found:
        return
    from warehouse.build import create_models  # pandas: only a warehouse without marts

    create_models(con)


def replace_rows(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """Swap a derived table's rows for `frame`'s, matching columns by name."""
    con.execute(f"delete from {table}")  # noqa: S608 - our own table names
    if not frame.empty:
        con.register("replacement", frame)
        con.execute(f"insert into {table} by name select * from replacement")  # noqa: S608
        con.unregister("replacement")
