"""Rebuild the ranking for a config: what the config adds to the warehouse's build.

Every writer (a run, `leads rebuild`, `leads network import`) builds through here, so
the profile, the filters and the companies the config names for boards that state none
reach the build the same way.
"""

from __future__ import annotations

import duckdb

from extractors import source
from flows.config import Config
from warehouse.build import build


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
