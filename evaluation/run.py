"""Run the real extractors over the served files into a temporary warehouse, then build
it once per profile and read back what the readers and the ranking concluded.

Nothing is imitated: each source's own `Settings` (with its base URL pointed at the
loopback server), `run_source`, `load.store_result` and `warehouse.build.build`, as a
`leads run` would, only without Prefect.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from evaluation.formats import Plan, serve_folder
from evaluation.labels import EvalProfile
from extractors import Source, sources
from extractors._runner import SourceResult, run_source
from flows.config import build as settings_for
from leads.demo.server import SnapshotServer
from warehouse import build, load
from warehouse.db import connect
from warehouse.ranking.profile import RankingSettings

RUN_ID = "evaluation"
SourceKey = tuple[str, str]  # (source, source_id)
_POSTINGS = """
    select source, source_id, kind, engagement, remote_scope, remote_regions,
           rate_min, rate_max, rate_period, currency, legitimacy, has_hard_flag, red_flags
    from staging.stg_postings
"""


@dataclass
class SourceRun:
    source: str
    status: str
    postings: int
    errors: list[str]
    skipped: dict[str, int]


@dataclass
class LeadRow:
    lead_id: str
    rank: int | None
    reason: str | None
    members: list[SourceKey]


@dataclass
class Measured:
    """What the warehouse says, keyed by (source, source_id)."""

    plan: Plan
    sources: list[SourceRun] = field(default_factory=list)
    postings: dict[SourceKey, dict[str, Any]] = field(default_factory=dict)
    eligibility: dict[str, dict[SourceKey, str | None]] = field(default_factory=dict)
    leads: dict[str, list[LeadRow]] = field(default_factory=dict)


def measure(data: Path, profiles: list[EvalProfile], ranking: RankingSettings) -> Measured:
    """Serve `data` on loopback, run every source it feeds, build once per profile."""
    with tempfile.TemporaryDirectory(prefix="warmleads-eval-") as folder:
        root = Path(folder) / "served"
        plan = serve_folder(data, root)
        measured = Measured(plan)
        con = connect(Path(folder) / "evaluation.duckdb")
        try:
            with SnapshotServer(root=root) as server:
                _load(con, measured, server.base_url)
            for entry in profiles:
                build.build(con, entry.profile, ranking)
                if not measured.postings:
                    measured.postings = _rows(con, _POSTINGS)
                measured.eligibility[entry.name] = dict(
                    con.execute(
                        "select (source, source_id), eligibility from staging.stg_postings"
                    ).fetchall()
                )
                measured.leads[entry.name] = lead_rows(con)
        finally:
            con.close()
    return measured


def run_sources(plan: Plan, base_url: str) -> Iterator[tuple[Source, SourceResult]]:
    """Each served source's module and what its real extractor made of the loopback
    server at `base_url`."""
    for served in plan.served:
        module = sources()[served.source]
        table = {**served.settings, served.url_key: base_url}
        settings = settings_for(module.Settings, table, f"sources.{served.source}")
        options = {"min_interval": 0, "max_retries": 0}
        yield module, run_source(module, settings, client_options=options)


def _load(con: duckdb.DuckDBPyConnection, measured: Measured, base_url: str) -> None:
    load.start_run(con, RUN_ID, "evaluation")
    for module, result in run_sources(measured.plan, base_url):
        counts = load.store_result(con, RUN_ID, result, windowed=module.WINDOWED)
        skipped = {
            key.removeprefix("skipped/"): n
            for key, n in result.stats.items()
            if key.startswith("skipped/")
        }
        measured.sources.append(
            SourceRun(result.source, result.status, counts.fetched, result.errors, skipped)
        )
    load.finish_run(con, RUN_ID)


def _rows(con: duckdb.DuckDBPyConnection, query: str) -> dict[SourceKey, dict[str, Any]]:
    cursor = con.execute(query)
    names = [d[0] for d in cursor.description or []]
    rows = (dict(zip(names, row, strict=True)) for row in cursor.fetchall())
    return {(row["source"], row["source_id"]): row for row in rows}


def lead_rows(con: duckdb.DuckDBPyConnection) -> list[LeadRow]:
    """Every lead with its rank, why it is out of the ranking, and its postings."""
    rows = con.execute(
        """
        select r.lead_id, r.rank, r.excluded_reason, list([m.source, m.source_id])
        from main.ranked_leads as r
        inner join staging.lead_members as m using (lead_id)
        group by all
        """
    ).fetchall()
    return [
        LeadRow(lead_id, rank, why, [(source, source_id) for source, source_id in members])
        for lead_id, rank, why, members in rows
    ]
