"""The reference: the same dedupe and ranking as a plain DuckDB + rapidfuzz script would do.

What a competent engineer writes in an afternoon, to say what the build should cost:
normalise in SQL (company: lower case, legal suffixes, punctuation and spaces gone;
title: role segment, spam words and qualifiers dropped, "developer" read as "engineer";
level and city as part of the block), link exact URLs, score titles with rapidfuzz
`process.cdist` (all cores) inside each block of one company, level and place, join the
links with union-find, and rank leads by skill hits and freshness in SQL with scams left
out. It reads no rates, eligibility or network, which warmleads does: the ratio says what
those and the rest of the build cost on top of the same dedupe.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from benchmarks.storage import OFFLINE

TITLE_MIN = 88  # token_sort_ratio at which two titles of one block are one job
_LEGAL = (
    r"gmbh & co\.? kg|gmbh|inc|incorporated|ltd|llc|limited|corp|corporation|b\.?v|ag|sas"
    r"|s\.?l|oy|ab|pty ltd|pty|plc|co"
)
_SPAM = (
    r"\((?:m/w/d|m/f/d|remote|urgent|100% remote)\)|\b(?:urgent|hiring now|apply today"
    r"|immediate start|top pay)\b|\s-\s(?:remote|contract|freelance|full-time|part-time).*$"
)
_PREFIX = r"\[hiring\]|#hiring|urgent:|hiring now:|\[remote\]"
_REMOTE = r"remote|anywhere|worldwide|europe|\beu\b|emea|apac|americas|\busa?\b|\buk\b|only"
_SCAM = r"registration fee|telegram|whatsapp|bank details|send you a check|earn \$"

_NORMALISE = f"""
create or replace temp table ref as
with base as (
    select ordinal as i, source, url, apply_url, coalesce(kind, 'demand') as kind,
           lower(coalesce(company, '')) as company, text, posted_at,
           lower(case when title like '%|%' then split_part(title, '|', 2) else title end)
               as title,
           lower(coalesce(location, '')) as location
    from corpus.postings
    where batch = 'base'
),

keyed as (
    select *,
        regexp_replace(regexp_replace(regexp_replace(company, '^the\\s+', ''),
            '(,?\\s*({_LEGAL})\\.?)+$', ''), '[^a-z0-9]+', '', 'g') as company_key,
        trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
            regexp_replace(title, '^\\s*({_PREFIX})', ''),
            '{_SPAM}', ' ', 'g'),
            '\\bdeveloper\\b', 'engineer', 'g'), '\\bsr\\b\\.?', 'senior', 'g'),
            '\\bjr\\b\\.?', 'junior', 'g'), '[^a-z0-9+#]+', ' ', 'g')) as title_key,
        case when location = '' or regexp_matches(location, '{_REMOTE}') then 'remote'
             else trim(regexp_replace(split_part(regexp_replace(
                 regexp_replace(location, 'hybrid|on-?site|[()]', ' ', 'g'),
                 '[;/|]| or ', ',', 'g'), ',', 1), '[^a-zà-ÿ ]+', '', 'g'))
        end as place
    from base
)

select i, source, url, apply_url, kind, company_key, title_key, posted_at,
       kind || '/' || company_key || '/' || coalesce(regexp_extract(title_key,
           '\\b(senior|junior|lead|staff|principal|intern|head)\\b', 1), '') || '/' || place
           as block,
       regexp_matches(lower(text), '{_SCAM}') as scam,
       ({{skills}}) as skill_hits
from keyed
"""

_RANK = """
create or replace temp table ref_ranked as
with leads as (
    select l.lead, max(r.skill_hits) as skill_hits, max(r.posted_at) as posted_at,
           bool_or(r.scam) as scam, count(*) as postings
    from ref as r
    join ref_leads as l using (i)
    group by l.lead
)

select lead, postings,
       0.7 * skill_hits / ?
           + 0.3 * exp(-greatest(0, date_diff('day', posted_at, ?::timestamptz)) / 14) as score,
       case when not scam then row_number() over (partition by scam order by score desc) end
           as rank
from leads
"""


def run(corpus: Path, skills: tuple[str, ...], now: object) -> dict[tuple[str, str], int]:
    """Dedupe and rank the base postings of `corpus`; each posting's lead."""
    con = duckdb.connect(config=OFFLINE)
    con.execute(f"attach '{corpus}' as corpus (read_only)")
    hits = (
        " + ".join(f"regexp_matches(lower(text), '\\b{skill}\\b')::int" for skill in skills) or "0"
    )
    con.execute(_NORMALISE.replace("{skills}", hits))
    count = con.execute("select coalesce(max(i) + 1, 0) from ref").fetchone()
    parent = list(range(count[0] if count else 0))
    links = con.execute(
        """
        select a.i, b.i from ref as a join ref as b using (kind, url) where a.i < b.i
        union
        select a.i, b.i from ref as a join ref as b on a.kind = b.kind and a.apply_url = b.url
        where a.i <> b.i
        """
    ).fetchall()
    for a, b in [*links, *_fuzzy_links(con)]:
        _union(parent, a, b)
    roots = [_find(parent, i) for i in range(len(parent))]
    con.register("ref_leads", pd.DataFrame({"i": range(len(parent)), "lead": roots}))
    con.execute(_RANK, [max(1, len(skills)), now])
    leads = con.execute(
        "select r.source, p.source_id, l.lead from ref as r join ref_leads as l using (i) "
        "join corpus.postings as p on p.ordinal = r.i"
    ).fetchall()
    con.close()
    return {(source, source_id): lead for source, source_id, lead in leads}


def _fuzzy_links(con: duckdb.DuckDBPyConnection) -> Iterator[tuple[int, int]]:
    """Pairs of one block (company, level, place, kind) from two sources whose titles
    score at least TITLE_MIN; blocks of one source are skipped in SQL."""
    rows = con.execute(
        """
        select block, i, source, title_key from ref
        where company_key <> ''
        qualify count(*) over (partition by block) > 1
            and min(source) over (partition by block) <> max(source) over (partition by block)
        order by block, i
        """
    ).fetchall()
    for _, members in groupby(rows, key=lambda row: row[0]):
        block = list(members)
        titles = [row[3] for row in block]
        if len(block) == 2:
            if fuzz.token_sort_ratio(*titles) >= TITLE_MIN:
                yield block[0][1], block[1][1]
            continue
        scores = process.cdist(
            titles, titles, scorer=fuzz.token_sort_ratio, score_cutoff=TITLE_MIN, workers=-1
        )
        for a, b in zip(*np.nonzero(np.triu(scores, 1)), strict=True):
            if block[a][2] != block[b][2]:  # one source lists two openings as two
                yield block[a][1], block[b][1]


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], a: int, b: int) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)
