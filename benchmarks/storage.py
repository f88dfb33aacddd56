"""The corpus on disk: a DuckDB file beside the warehouse, postings and truth apart.

`corpus.duckdb` holds `postings` (the Posting fields, the generation order and the batch)
and `truth` (which postings are one job). The warehouse never sees `truth`; the
reference reads `postings` from here, warmleads loads them through its own load path.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import duckdb
import pandas as pd

from benchmarks.corpus import Corpus, Truth
from extractors._contract import Posting

POSTING_FIELDS = [f.name for f in fields(Posting)]
TRUTH_FIELDS = [f.name for f in fields(Truth)]
# a missing extension fails at once rather than being fetched (engineering notes)
OFFLINE: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}

_SCHEMA = """
create table postings (
    ordinal bigint primary key, batch varchar not null,
    source varchar not null, source_id varchar not null, url varchar not null,
    title varchar, company varchar, poster varchar, text varchar not null, html varchar,
    posted_at timestamptz, location varchar, remote boolean, workplace_raw varchar,
    engagement varchar, engagement_raw varchar, rate_min double, rate_max double,
    rate_period varchar, currency varchar, salary_raw varchar, tags varchar[],
    kind varchar, apply_url varchar, requisition_id varchar, language varchar, extra json
);
create table truth (
    source varchar not null, source_id varchar not null, job_id bigint not null,
    role varchar not null, edits varchar not null, trap_of bigint, trap_kind varchar,
    batch varchar not null, primary key (source, source_id)
);
"""


def connect(path: Path, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=read_only, config=OFFLINE)


def write_corpus(corpus: Corpus, path: Path) -> dict[str, int]:
    """Generate the corpus into `path` chunk by chunk; counts of what it holds."""
    con = connect(path, read_only=False)
    con.execute(_SCHEMA)
    start = 0
    for chunk in corpus.chunks():
        postings = [posting for posting, _ in chunk]
        frame = pd.DataFrame(
            {name: [getattr(p, name) for p in postings] for name in POSTING_FIELDS}
        )
        frame["tags"] = [list(p.tags) for p in postings]
        frame["extra"] = [json.dumps(p.extra) for p in postings]
        frame["ordinal"] = range(start, start + len(chunk))
        frame["batch"] = [truth.batch for _, truth in chunk]
        truth = pd.DataFrame([[getattr(t, n) for n in TRUTH_FIELDS] for _, t in chunk],
                             columns=TRUTH_FIELDS)  # fmt: skip
        truth = truth.astype({"trap_of": "Int64"})
        con.register("chunk_postings", frame)
        con.register("chunk_truth", truth)
        con.execute("insert into postings by name select * from chunk_postings")
        con.execute("insert into truth by name select * from chunk_truth")
        con.unregister("chunk_postings")
        con.unregister("chunk_truth")
        start += len(chunk)
    counts = con.execute(
        """
        select count(*), count(*) filter (where role = 'repost'),
               count(*) filter (where trap_kind is not null and role = 'original'),
               count(*) filter (where batch = 'new'), count(distinct job_id)
        from truth
        """
    ).fetchone() or (0, 0, 0, 0, 0)
    con.close()
    return dict(zip(("postings", "reposts", "traps", "held_back", "jobs"), counts, strict=True))


def read_postings(path: Path, batch: str, size: int = 20_000) -> Iterator[list[Posting]]:
    """The postings of one batch as the extractors would hand them over, in chunks."""
    con = connect(path)
    cursor = con.execute(
        f"select {', '.join(POSTING_FIELDS)} from postings where batch = ? order by ordinal",  # noqa: S608
        [batch],
    )
    while rows := cursor.fetchmany(size):
        chunk = []
        for row in rows:
            values = dict(zip(POSTING_FIELDS, row, strict=True))
            values["tags"] = tuple(values["tags"] or ())
            values["extra"] = json.loads(values["extra"] or "{}")
            chunk.append(Posting(**values))
        yield chunk
    con.close()


def read_truth(path: Path, batches: tuple[str, ...] = ("base",)) -> list[Truth]:
    con = connect(path)
    rows = con.execute(
        f"select {', '.join(TRUTH_FIELDS)} from truth "  # noqa: S608
        "where batch in (select unnest(?::varchar[]))",
        [list(batches)],
    ).fetchall()
    con.close()
    return [Truth(*row) for row in rows]
