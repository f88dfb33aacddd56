"""What every command shares: the --config option, the console, and error exits.

Library errors become one readable line and an exit code here, in one place:
2 for bad usage, config or an unusable warehouse (sqlite-utils' ClickException idea).
`console` and `errors` are rich consoles made at first use: importing rich.console
costs `leads export`, which prints one plain line, a tenth of its start.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import duckdb
import typer
from typer._click.globals import get_current_context  # typer vendors click

from extractors._errors import ConfigError
from flows.config import Config, load_config
from leads._terminal import markup
from warehouse.db import WarehouseBusy, WarehouseError, connect, missing
from warehouse.sandbox import first_line

if TYPE_CHECKING:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from rich.console import Console

    console: Console
    errors: Console


@cache
def _console(stderr: bool) -> Console:
    """No emoji codes: a posting's ":rocket:" or Mastodon ":verified:" prints as written
    (and rich's table of codes, a tenth of `leads top`'s own work, stays unloaded)."""
    from rich.console import Console

    return Console(stderr=stderr, emoji=False)


def __getattr__(name: str) -> Console:
    """`console` (stdout) and `errors` (stderr), made when a command first names them."""
    if name in ("console", "errors"):
        return _console(stderr=name == "errors")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="Config file (default: ./leads.toml, then $LEADS_CONFIG).",
        show_default=False,
    ),
]


WaitOption = Annotated[
    bool,
    typer.Option("--wait", help="If a run is writing the warehouse, wait until it ends."),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print an error line on stderr and return the Exit to raise."""
    _console(stderr=True).print(
        f"[bold red]error:[/] {markup(message, 1000)}", highlight=False, soft_wrap=True
    )
    return typer.Exit(code)


def known_leads(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[str]:
    """The stored lead id each typed one names (in any case), in order; an error naming
    every typed id that names no lead."""
    from warehouse.lead_ids import find_leads

    found = find_leads(con, ids)
    unknown = [typed for typed in ids if found.get(typed.strip()) is None]
    if unknown:
        raise fail(f"no lead {', '.join(map(repr, unknown))}; `leads top` lists lead ids")
    return [lead for typed in ids if (lead := found[typed.strip()])]


def config_or_exit(path: Path | None) -> Config:
    """The config, or its problems as the command's error. Without the command's own
    --config, the one given before the command (`leads -c PATH mark ...`, the form the
    digest and the report print) counts."""
    try:
        return load_config(path if path is not None else _config_before_command())
    except ConfigError as error:
        raise fail(str(error)) from error


def _config_before_command() -> Path | None:
    context = get_current_context(silent=True)
    return context.find_root().params.get("config") if context else None


def warn_unplaced(config: Config) -> None:
    """Say each `[profile] locations` entry the readers read as no place, before a
    command ranks with it; a warning, as a town the place table lacks is no error."""
    from warehouse.ranking.eligibility import unplaced  # the place tables: ranking only

    for line in unplaced(config.profile.locations):
        _console(stderr=True).print(
            f"[bold yellow]warning:[/] {markup(line, 1000)}", highlight=False, soft_wrap=True
        )


@contextmanager
def warehouse(
    config: Config,
    *,
    read_only: bool = True,
    wait: bool | None = None,
    sandbox: bool = False,
    create: bool = False,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """The warehouse of a config, read-only unless the command writes; with `wait`, a
    warehouse that a run is writing is opened when the run ends (None: the command
    takes no --wait, so the refusal does not offer it). Only a command that
    may start one (`create`: a network import) makes a missing warehouse: `leads mark`
    pasted in the wrong folder would leave an empty one there. A warehouse whose first
    run never built its marts is one line, not a traceback."""
    if not create and not config.warehouse_path.exists():
        found = "" if config.path else " (no ./leads.toml here and no $LEADS_CONFIG: --config?)"
        raise fail(missing(config.warehouse_path) + found)
    con = _open(config.warehouse_path, read_only=read_only, wait=wait, sandbox=sandbox)
    try:
        yield con
    except duckdb.CatalogException as error:
        if not _has_marts(con):
            raise fail(f"{config.warehouse_path}: no ranked leads yet; run `leads run`") from error
        raise _earlier(config, error) from error  # a table or view this version adds
    except duckdb.BinderException as error:  # a column this version's models add
        raise _earlier(config, error) from error
    finally:
        con.close()


def _has_marts(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether a build ever made the ranking: then a missing table is an older version's."""
    ((found,),) = con.execute(
        "select count(*) from information_schema.tables "
        "where table_schema = 'marts' and table_name = 'ranked_leads'"
    ).fetchall()
    return bool(found)


def _earlier(config: Config, error: duckdb.Error) -> typer.Exit:
    return fail(
        f"{config.warehouse_path}: built by an earlier warmleads ({first_line(error)}); "
        "run `leads rebuild` (no requests) or `leads run` to build it anew"
    )


def _open(
    path: Path, *, read_only: bool, wait: bool | None, sandbox: bool
) -> duckdb.DuckDBPyConnection:
    told = False
    while True:
        try:
            return connect(path, read_only=read_only, sandbox=sandbox)
        except WarehouseBusy as error:
            if not wait:
                hint = "" if wait is None else " (or pass --wait)"
                raise fail(f"{error}{hint}") from error
            if not told:
                busy = str(error).split("; ", 1)[0]
                _console(stderr=True).print(
                    f"{markup(busy)}; waiting for it to end (--wait)", highlight=False
                )
                told = True
            time.sleep(1)
        except WarehouseError as error:
            raise fail(str(error)) from error


VerboseOption = Annotated[
    bool,
    typer.Option("--verbose", "-v", help="Show Prefect's log and tracebacks on the terminal."),
]


def prefect_api_or_exit() -> None:
    """Fail in one line when PREFECT_API_URL names a server that does not answer (not
    started yet, or stopped): Prefect's client would end in a page of traceback."""
    url = os.environ.get("PREFECT_API_URL", "").rstrip("/")
    if not url:
        return
    import requests

    try:  # any answer will do: Prefect Cloud wants a key even for /health
        requests.get(f"{url}/health", timeout=5)
    except requests.RequestException as error:
        cause = "timed out" if isinstance(error, requests.Timeout) else "cannot connect"
        raise fail(
            f"PREFECT_API_URL={url}: no Prefect server answers ({cause}); "
            "start one (`prefect server start`) or unset it"
        ) from error


def quiet_prefect(home: Path | None = None, *, verbose: bool = False) -> None:
    """Settings that keep Prefect fast and silent offline (see engineering notes).

    Unless `verbose`, nothing of Prefect's log reaches the terminal (its console
    handler takes only CRITICAL): the run summary says what went wrong in one line per
    source, and warnings and tracebacks still go to Prefect's own log (the API).
    """
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    quiet = "NOTSET" if verbose else "CRITICAL"  # a name: Prefect's logging setup fails on "0"
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", quiet)
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_DEBUG_LEVEL", quiet)
    if home is not None:
        os.environ.setdefault("PREFECT_HOME", str(home))


def local_time(at: datetime, zone: ZoneInfo) -> str:
    """A time in the user's zone (`[schedule] timezone`), named ("2026-12-07 08:00 CET"),
    as every command states times."""
    return f"{at.astimezone(zone):%Y-%m-%d %H:%M %Z}"
