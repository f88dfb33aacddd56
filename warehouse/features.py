"""Read each posting's text: what it offers, where, for how much, whether it looks real.

The reading itself lives in `warehouse.ranking`; this module decides what to read.
A posting is read again only when its content or the profile and ranking settings
changed, so a daily run costs what is new, not the whole history.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import fields
from functools import cache
from importlib import resources

import duckdb
import pandas as pd

from extractors import is_summary, provenance
from extractors._contract import Posting
from warehouse.ranking.features import Features, understand
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import Profile, RankingSettings

_POSTING_FIELDS = [f.name for f in fields(Posting)]
_FEATURE_FIELDS = [f.name for f in fields(Features)]


# the [ranking] settings the readers use; weights, floors and the half-life only weigh
# what was read, in SQL, so changing them re-reads nothing
_READER_SETTINGS = ("hours_per_day", "hours_per_week", "hours_per_month", "hours_per_year")


@cache
def readers_version() -> str:
    """A fingerprint of the readers' own rules (the code of `warehouse.ranking`), so an
    upgrade that changes how a posting is read re-reads the stored postings."""
    folder = resources.files("warehouse.ranking")
    digest = hashlib.sha256()
    for name in sorted(p.name for p in folder.iterdir() if p.name.endswith(".py")):
        digest.update(name.encode() + (folder / name).read_bytes())
    return digest.hexdigest()


def settings_hash(profile: Profile, settings: RankingSettings) -> str:
    """A fingerprint of everything the reading depends on besides the posting."""
    used = [(name, getattr(settings, name)) for name in _READER_SETTINGS]
    fx = sorted(settings.fx_usd.items())
    return hashlib.sha256(repr((readers_version(), profile, used, fx)).encode()).hexdigest()


def stale_postings(
    con: duckdb.DuckDBPyConnection, fingerprint: str
) -> Iterator[tuple[Posting, str]]:
    """(posting, content hash) of each posting whose features are missing, or were read
    from other content or under other settings."""
    columns = ", ".join(f"p.{name}" for name in _POSTING_FIELDS)
    cursor = con.execute(
        f"""
        select {columns}, p.content_hash
        from state.postings as p
        left join staging.posting_features as f using (source, source_id)
        where f.source is null or f.content_hash <> p.content_hash or f.settings_hash <> ?
        """,  # noqa: S608 - our own column names
        [fingerprint],
    )
    while batch := cursor.fetchmany(5000):
        for *row, content_hash in batch:
            values = dict(zip(_POSTING_FIELDS, row, strict=True))
            values["tags"] = tuple(values["tags"] or ())
            values["extra"] = json.loads(values["extra"] or "{}")
            yield Posting(**values), content_hash


def _row(posting: Posting, profile: Profile, settings: RankingSettings) -> dict[str, object]:
    features = understand(posting, profile, settings)
    row: dict[str, object] = {name: getattr(features, name) for name in _FEATURE_FIELDS}
    verdict = assess(
        title=posting.title,
        company=posting.company,
        text=posting.text,
        url=posting.url,
        apply_url=posting.apply_url,
        poster=posting.poster,
        provenance=provenance(posting.source),
        summary=is_summary(posting.source),
    )
    row.update(
        source=posting.source,
        source_id=posting.source_id,
        legitimacy=verdict.legitimacy,
        red_flags=[f"{flag.code}: {flag.reason}" for flag in verdict.flags],
        has_hard_flag=any(flag.hard for flag in verdict.flags),
    )
    return {k: list(v) if isinstance(v, tuple) else v for k, v in row.items()}


def refresh_features(
    con: duckdb.DuckDBPyConnection, profile: Profile, settings: RankingSettings
) -> int:
    """Read the postings whose features are stale and store what they say; how many."""
    fingerprint = settings_hash(profile, settings)
    rows = [
        {**_row(posting, profile, settings), "content_hash": content_hash}
        for posting, content_hash in stale_postings(con, fingerprint)
    ]
    if not rows:
        return 0
    frame = pd.DataFrame(rows)
    frame["settings_hash"] = fingerprint
    con.register("fresh_features", frame)
    con.execute(
        "delete from staging.posting_features where (source, source_id) in "
        "(select (source, source_id) from fresh_features)"
    )
    con.execute("insert into staging.posting_features by name select * from fresh_features")
    con.unregister("fresh_features")
    return len(rows)
