"""What every command shares: the --config option, the console, and error exits.

Library errors become one readable line and an exit code here, in one place:
2 for bad usage, config or an unusable warehouse (sqlite-utils' ClickException idea).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.markup import escape

from extractors._contract import ConfigError
from flows.config import Config, load_config
from warehouse.db import WarehouseError, connect

console = Console()
errors = Console(stderr=True)

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="Config file (default: ./leads.toml, then $LEADS_CONFIG).",
        show_default=False,
    ),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print an error line on stderr and return the Exit to raise."""
    errors.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def config_or_exit(path: Path | None) -> Config:
    try:
        return load_config(path)
    except ConfigError as error:
        raise fail(str(error)) from error


@contextmanager
def warehouse(config: Config, *, read_only: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
    """The warehouse of a config, read-only unless the command writes."""
    try:
        con = connect(config.warehouse_path, read_only=read_only)
    except WarehouseError as error:
        raise fail(str(error)) from error
    try:
        yield con
    finally:
        con.close()


def quiet_prefect(home: Path | None = None) -> None:
    """Settings that keep Prefect fast and silent offline (see engineering notes)."""
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    if home is not None:
        os.environ.setdefault("PREFECT_HOME", str(home))
