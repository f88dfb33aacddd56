"""Rebuild everything derived from the state: features, leads, paths, marts.

Runs after every load, in one transaction, so readers never see a half-built ranking.
The steps and their order are declared in `warehouse.pipeline`.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from warehouse.pipeline import Build, run
from warehouse.ranking.profile import Filters, Profile, RankingSettings


def build(
    con: duckdb.DuckDBPyConnection,
    profile: Profile,
    settings: RankingSettings,
    filters: Filters | None = None,
    companies: Sequence[tuple[str, str, str]] = (),
) -> dict[str, float]:
    """Derive features, group duplicates into leads, join the network, rebuild marts; the
    seconds each step took.

    `companies` are (source, board, company) for boards whose source states no company.
    """
    build = Build(con, profile, settings, filters or Filters(), list(companies))
    return _in_transaction(con, build)


def create_models(con: duckdb.DuckDBPyConnection) -> None:
    """Every derived table and view, empty where a build has not filled it yet."""
    _in_transaction(con, Build(con, Profile(), RankingSettings(), Filters()), fill=False)


def _in_transaction(
    con: duckdb.DuckDBPyConnection, build: Build, *, fill: bool = True
) -> dict[str, float]:
    con.execute("begin transaction")
    try:
        seconds = run(build, fill=fill)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return seconds
