"""Rebuild the ranking for a config: what the config adds to the warehouse's build.

Every writer (a run, `leads rebuild`, `leads network import`) builds through here, so
the profile, the filters and the companies the config names for boards that state none
reach the build the same way.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from extractors import sources
from flows.config import Config
from warehouse.build import build
from warehouse.db import replace_rows


def board_companies(config: Config) -> pd.DataFrame:
    """(source, scope, company) for each board the config names a company for."""
    rows = [
        (name, scope, company)
        for name, settings in config.sources.items()
        if (companies := getattr(sources()[name], "companies", None))
        for scope, company in companies(settings).items()
    ]
    return pd.DataFrame(rows, columns=["source", "scope", "company"])


def build_from_config(con: duckdb.DuckDBPyConnection, config: Config) -> None:
    """Record the config's board companies, then derive features, leads and marts."""
    replace_rows(con, "main.board_companies", board_companies(config))
    build(con, config.profile, config.ranking, config.filters)
