"""Read every posting's text once per build: what it offers, where, for how much, and
whether it looks legitimate. The reading itself lives in `warehouse.ranking`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, fields

import duckdb
import pandas as pd

from extractors._contract import Posting
from warehouse.ranking.features import understand
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import Profile, RankingSettings

_POSTING_FIELDS = [f.name for f in fields(Posting)]


def read_postings(con: duckdb.DuckDBPyConnection) -> Iterator[Posting]:
    """Every posting in staging, back as the extractors' `Posting` records."""
    cursor = con.execute(f"select {', '.join(_POSTING_FIELDS)} from staging.postings")  # noqa: S608
    while batch := cursor.fetchmany(5000):
        for row in batch:
            values = dict(zip(_POSTING_FIELDS, row, strict=True))
            values["tags"] = tuple(values["tags"] or ())
            values["extra"] = json.loads(values["extra"] or "{}")
            yield Posting(**values)


def features_frame(
    postings: Iterator[Posting], profile: Profile, settings: RankingSettings
) -> pd.DataFrame:
    """One row of derived fields per posting, in staging.posting_features' columns."""
    rows = []
    for posting in postings:
        row = asdict(understand(posting, profile, settings))
        verdict = assess(
            title=posting.title,
            company=posting.company,
            text=posting.text,
            url=posting.url,
            apply_url=posting.apply_url,
            poster=posting.poster,
            source=posting.source,
        )
        row.update(
            source=posting.source,
            source_id=posting.source_id,
            legitimacy=verdict.legitimacy,
            red_flags=[f"{flag.code}: {flag.reason}" for flag in verdict.flags],
            has_hard_flag=any(flag.hard for flag in verdict.flags),
        )
        rows.append({k: list(v) if isinstance(v, tuple) else v for k, v in row.items()})
    return pd.DataFrame(rows)
