"""Rebuild everything derived from the postings: features, leads, paths, marts.

Runs after every load, in one transaction, so readers never see a half-built ranking.
Python does what needs Python (reading text, fuzzy matching); the rest is the `.sql`
models under staging/ and marts/, applied in file-name order.
"""

from __future__ import annotations

from dataclasses import asdict

import duckdb
import pandas as pd

from extractors._asks import SOURCE as ASKS
from warehouse.db import replace_rows, sql_files
from warehouse.dedupe import cluster
from warehouse.features import refresh_features
from warehouse.network.identity import Person
from warehouse.network.paths import PostingRef, network_senders, referral_paths
from warehouse.network.store import refresh_people
from warehouse.ranking.profile import Profile, RankingSettings

_DEDUPE_COLUMNS = """
    select source, source_id, url, apply_url, title, company, location, requisition_id,
           remote_scope, posted_at, first_seen, kind
    from staging.stg_postings
"""


_PATH_COLUMNS = """
    select m.lead_id, p.source, p.poster, p.company, p.url, p.apply_url,
           coalesce(p.extra ->> 'identity_join' = 'forbidden', false), p.extra ->> 'sender'
    from staging.postings as p
    inner join staging.lead_members as m using (source, source_id)
"""


def query_frame(con: duckdb.DuckDBPyConnection, query: str) -> pd.DataFrame:
    """A query's rows as a DataFrame (DuckDB's own `.df()` trips a pandas 3 deprecation)."""
    cursor = con.execute(query)
    return pd.DataFrame(cursor.fetchall(), columns=[d[0] for d in cursor.description or []])


def leads_frame(con: duckdb.DuckDBPyConnection, people: list[Person]) -> pd.DataFrame:
    """Each posting's lead; an ask from someone outside the network is no lead."""
    postings = query_frame(con, _DEDUPE_COLUMNS)
    senders = network_senders(people)
    asks = con.execute(
        "select source_id, extra ->> 'sender' from staging.postings where source = ?", [ASKS]
    ).fetchall()
    strangers = {source_id for source_id, sender in asks if sender not in senders}
    keep = ~((postings["source"] == ASKS) & postings["source_id"].isin(strangers))
    return cluster(postings[keep])


def paths_frame(con: duckdb.DuckDBPyConnection, people: list[Person]) -> pd.DataFrame:
    """Referral paths of every lead through the people of the user's network."""
    postings = [PostingRef(*row) for row in con.execute(_PATH_COLUMNS).fetchall()]
    return pd.DataFrame([asdict(path) for path in referral_paths(postings, people)])


def run_models(con: duckdb.DuckDBPyConnection, folder: str) -> None:
    """Apply the `.sql` models of one layer folder in file-name order."""
    for _, sql in sql_files(folder):
        con.execute(sql)


def write_settings(
    con: duckdb.DuckDBPyConnection, profile: Profile, settings: RankingSettings
) -> None:
    weights = {f"w_{k}": [v] for k, v in settings.weights.items()}
    frame = pd.DataFrame(
        {
            **weights,
            "freshness_half_life_days": [settings.freshness_half_life_days],
            "legitimacy_floor": [settings.legitimacy_floor],
            "engagements": [list(profile.engagements)],
            "min_hourly_rate": [profile.min_hourly_rate],
            "currency": [profile.currency],
        }
    )
    replace_rows(con, "marts.ranking_settings", frame)


def build(con: duckdb.DuckDBPyConnection, profile: Profile, settings: RankingSettings) -> None:
    """Derive features, group duplicates into leads, join the network, rebuild marts."""
    con.execute("begin transaction")
    try:
        refresh_features(con, profile, settings)
        run_models(con, "staging")
        people = refresh_people(con)
        replace_rows(con, "staging.lead_members", leads_frame(con, people))
        replace_rows(con, "staging.lead_paths", paths_frame(con, people))
        write_settings(con, profile, settings)
        run_models(con, "marts")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
