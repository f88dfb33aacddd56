"""Rebuild the ranking for a config: what the config adds to the warehouse's build.

Every writer (a run, `leads rebuild`, `leads network import`) builds through here, so
the profile, the filters and the companies the config names for boards that state none
reach the build the same way; a run and a rebuild read the `[network] files` here too.
"""

from __future__ import annotations

import duckdb

from extractors import source
from flows.config import Config
from warehouse.build import build
from warehouse.network.store import ConfiguredRead, import_configured


def board_companies(config: Config) -> list[tuple[str, str, str]]:
    """(source, board, company) for each board the config names a company for."""
    return [
        (name, scope, company)
        for name, settings in config.sources.items()
        if (companies := getattr(source(name), "companies", None))
        for scope, company in companies(settings).items()
    ]


def build_from_config(con: duckdb.DuckDBPyConnection, config: Config) -> None:
    """Derive features, leads and marts with the config's profile, filters and boards."""
    build(con, config.profile, config.ranking, config.filters, board_companies(config))


def read_network_files(
    con: duckdb.DuckDBPyConnection, config: Config, *, run_id: str | None = None
) -> ConfiguredRead:
    """Read the config's `[network] files` that are new or changed since last read."""
    return import_configured(
        con,
        [config.resolve(f) for f in config.network.files],
        config.network.limits,
        run_id=run_id,
        scan_messages=config.network.scan_messages,
    )
