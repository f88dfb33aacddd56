"""Rebuild everything derived from the state: features, leads, paths, marts.

Runs after every load, in one transaction, so readers never see a half-built ranking
(the caches, features and lead members, are brought up to date just before, in a
transaction of their own).
The steps and their order are declared in `warehouse.pipeline`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import suppress

import duckdb

from warehouse.pipeline import Build, run
from warehouse.ranking.profile import Filters, Profile, RankingSettings
from warehouse.verdicts import name_leads

_log = logging.getLogger(__name__)
CACHES = "lead_members"  # the last step of the caches, which are committed first
FEATURES = "posting_features"  # the first of them, checkpointed before dedupe reads it
# DuckDB's memory during a build; it spills the rest to disk. Measured on 200,000
# postings: the build's peak fell from 1.6 GiB to 1.1 GiB, and it took no longer. A
# build that cannot spill enough is done again under a wider bound, and only then under
# DuckDB's own (80% of the machine): before the build checkpointed its caches, a first
# build of a million postings outgrew 600 MB, and its retry without a bound peaked at
# 5.8 GiB; with the checkpoints it keeps within 600 MB (1.4 GB resident).
BUILD_MEMORY = "600MB"
WIDER_MEMORY = "2GB"


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
    try:
        seconds = _within(con, build, [BUILD_MEMORY, WIDER_MEMORY, None])
    finally:
        con.execute("reset memory_limit")
    name_leads(con)  # an import's verdicts, stated before their postings had a lead
    return seconds


def _within(
    con: duckdb.DuckDBPyConnection, build: Build, limits: list[str | None]
) -> dict[str, float]:
    """The build under the first memory limit it fits (None: DuckDB's own). A step that
    cannot spill everything is done again under the next; the caches committed by then
    are not read or clustered again."""
    limit, *wider = limits
    con.execute(f"set memory_limit = '{limit}'" if limit else "reset memory_limit")
    try:
        return _build(con, build)
    except duckdb.OutOfMemoryException as error:
        if not wider:
            raise
        where = "; ".join(getattr(error, "__notes__", ())) or "in the build"
        _log.info("out of %s %s: done again under %s", limit, where, wider[0] or "no bound")
        return _within(con, build, wider)


def _build(con: duckdb.DuckDBPyConnection, build: Build) -> dict[str, float]:
    # the caches first, the features committed batch by batch: a first build's postings
    # read, or every lead member rewritten after an upgrade, are then on disk, not held
    # in memory while the ranking is built (at 1,000,000 postings the marts ran out of
    # the build's memory behind a million rewritten members)
    seconds = _in_transaction(con, build, until=FEATURES)
    _checkpoint(con)
    seconds |= _in_transaction(con, build, after=FEATURES, until=CACHES)
    _checkpoint(con)
    return seconds | _in_transaction(con, build, after=CACHES)


def _checkpoint(con: duckdb.DuckDBPyConnection) -> None:
    """Write the caches just changed to the data file: until a checkpoint DuckDB holds
    in memory what was appended and the key indexes changed, and it cannot spill them
    (a million postings' features left dedupe too little of 600 MB, and a re-run's
    lead members the marts). Not while another connection of this process is in a
    transaction: the build goes on without it."""
    with suppress(duckdb.TransactionException):  # DuckDB checkpoints at a later commit
        con.execute("checkpoint")


def create_models(con: duckdb.DuckDBPyConnection) -> None:
    """Every derived table and view, empty where a build has not filled it yet."""
    _in_transaction(con, Build(con, Profile(), RankingSettings(), Filters()), fill=False)


def _in_transaction(
    con: duckdb.DuckDBPyConnection,
    build: Build,
    *,
    fill: bool = True,
    until: str | None = None,
    after: str | None = None,
) -> dict[str, float]:
    con.execute("begin transaction")
    try:
        seconds = run(build, fill=fill, until=until, after=after)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return seconds
