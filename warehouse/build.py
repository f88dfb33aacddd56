"""Rebuild everything derived from the postings: features, leads, paths, marts.

Runs after every load, in one transaction, so readers never see a half-built ranking.
Python does what needs Python (reading text, fuzzy matching); the rest is the `.sql`
models under staging/ and marts/, and `marts.lead_signals`, rendered from the signals
registry.
"""

from __future__ import annotations

import re
from dataclasses import asdict

import duckdb
import pandas as pd

from extractors._asks import SOURCE as ASKS
from extractors._orgs import normalize_org
from warehouse.db import replace_rows, sql_files
from warehouse.dedupe import Key, Texts, cluster
from warehouse.features import refresh_features
from warehouse.network.identity import Person
from warehouse.network.paths import PostingRef, network_senders, referral_paths
from warehouse.network.store import refresh_people
from warehouse.ranking.profile import Filters, Profile, RankingSettings
from warehouse.ranking.signals import SIGNALS, lead_signals_sql

# the marts in the order they read each other; lead_signals is rendered from SIGNALS
_MARTS = (
    "_macros", "leads", "lead_contacts", "lead_context", "lead_signals", "lead_scores",
    "leads_scored", "ranked_leads", "postings", "network_people", "organisations",
    "zz_aliases",
)  # fmt: skip

_DEDUPE_COLUMNS = """
    select source, source_id, url, apply_url, title, company, location, requisition_id,
           remote_scope, posted_at, first_seen, kind
    from staging.stg_postings
"""


_PATH_COLUMNS = """
    select m.lead_id, p.source, p.poster, s.company, p.url, p.apply_url,
           coalesce(p.extra ->> 'identity_join' = 'forbidden', false), p.extra ->> 'sender'
    from staging.postings as p
    inner join staging.stg_postings as s using (source, source_id)
    inner join staging.lead_members as m using (source, source_id)
"""


def query_frame(con: duckdb.DuckDBPyConnection, query: str) -> pd.DataFrame:
    """A query's rows as a DataFrame (DuckDB's own `.df()` trips a pandas 3 deprecation)."""
    cursor = con.execute(query)
    return pd.DataFrame(cursor.fetchall(), columns=[d[0] for d in cursor.description or []])


def posting_texts(con: duckdb.DuckDBPyConnection) -> Texts:
    """Read the texts of some postings, for dedupe to tell a repost from a second opening."""

    def read(keys: list[Key]) -> dict[Key, str]:
        con.register("wanted_keys", pd.DataFrame(keys, columns=["source", "source_id"]))
        rows = con.execute(
            "select source, source_id, text from staging.postings "
            "inner join wanted_keys using (source, source_id)"
        ).fetchall()
        con.unregister("wanted_keys")
        return {(source, source_id): text for source, source_id, text in rows}

    return read


def leads_frame(con: duckdb.DuckDBPyConnection, people: list[Person]) -> pd.DataFrame:
    """Each posting's lead; an ask from someone outside the network is no lead."""
    postings = query_frame(con, _DEDUPE_COLUMNS)
    senders = network_senders(people)
    asks = con.execute(
        "select source_id, extra ->> 'sender' from staging.postings where source = ?", [ASKS]
    ).fetchall()
    strangers = {source_id for source_id, sender in asks if sender not in senders}
    keep = ~((postings["source"] == ASKS) & postings["source_id"].isin(strangers))
    return cluster(postings[keep], posting_texts(con))


def paths_frame(con: duckdb.DuckDBPyConnection, people: list[Person]) -> pd.DataFrame:
    """Referral paths of every lead through the people of the user's network."""
    postings = [PostingRef(*row) for row in con.execute(_PATH_COLUMNS).fetchall()]
    return pd.DataFrame([asdict(path) for path in referral_paths(postings, people)])


def run_models(con: duckdb.DuckDBPyConnection, folder: str) -> None:
    """Apply the `.sql` models of one layer folder in file-name order."""
    for _, sql in sql_files(folder):
        con.execute(sql)


def run_marts(con: duckdb.DuckDBPyConnection) -> None:
    """Apply the marts in the order they read each other."""
    models = {name.removesuffix(".sql"): sql for name, sql in sql_files("marts")}
    models["lead_signals"] = lead_signals_sql()
    for name in _MARTS:
        con.execute(models[name])


def keyword_pattern(keywords: tuple[str, ...]) -> str | None:
    """One RE2 pattern for the excluded keywords, as whole words of lower-cased text."""
    escaped = [re.sub(r"([\\.^$|?*+()\[\]{}])", r"\\\1", k.lower().strip()) for k in keywords]
    alternatives = "|".join(e for e in escaped if e)
    return rf"(?:^|[^\w])({alternatives})(?:[^\w]|$)" if alternatives else None


def write_settings(
    con: duckdb.DuckDBPyConnection,
    profile: Profile,
    settings: RankingSettings,
    filters: Filters,
) -> None:
    """The profile, filters and weights the marts read, as two small tables."""
    excluded = sorted({org for name in filters.exclude_companies if (org := normalize_org(name))})
    frame = pd.DataFrame(
        {
            "freshness_half_life_days": [settings.freshness_half_life_days],
            "legitimacy_floor": [settings.legitimacy_floor],
            "below_floor": [settings.below_floor],
            "engagements": [list(profile.engagements)],
            "min_hourly_rate": [profile.min_hourly_rate],
            "currency": [profile.currency],
            "exclude_companies": [excluded],
            "exclude_pattern": [keyword_pattern(filters.exclude_keywords)],
        }
    )
    weights = pd.DataFrame(
        {
            "signal": [signal.name for signal in SIGNALS],
            "weight": [float(settings.weights.get(s.name, s.weight)) for s in SIGNALS],
        }
    )
    for table, data in (("ranking_settings", frame), ("signal_weights", weights)):
        con.register("settings_frame", data)
        con.execute(f"create or replace table marts.{table} as select * from settings_frame")
        con.unregister("settings_frame")


def create_models(
    con: duckdb.DuckDBPyConnection,
    profile: Profile,
    settings: RankingSettings,
    filters: Filters,
) -> None:
    """The settings tables, staging views and marts over whatever the tables hold now."""
    write_settings(con, profile, settings, filters)
    run_models(con, "staging")
    run_marts(con)


def build(
    con: duckdb.DuckDBPyConnection,
    profile: Profile,
    settings: RankingSettings,
    filters: Filters | None = None,
) -> None:
    """Derive features, group duplicates into leads, join the network, rebuild marts."""
    con.execute("begin transaction")
    try:
        refresh_features(con, profile, settings)
        run_models(con, "staging")
        people = refresh_people(con)
        replace_rows(con, "staging.lead_members", leads_frame(con, people))
        replace_rows(con, "staging.lead_paths", paths_frame(con, people))
        create_models(con, profile, settings, filters or Filters())
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
