"""The Python steps of the build: what needs Python (reading text, resolving people,
fuzzy matching) fills the tables `tables/*.sql` declares. Each step reads and writes
only what `warehouse.pipeline` declares for it.
"""

from __future__ import annotations

import gc
import json
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from operator import itemgetter

import duckdb
import pandas as pd

from extractors import declared, posting_sources
from extractors._asks import SOURCE as ASKS
from extractors._orgs import normalize_org
from warehouse import clock, reclustering
from warehouse.dedupe import SEP, Key, Texts, cluster
from warehouse.dedupe import version as dedupe_version
from warehouse.dedupe_keys import KEY_COLUMNS
from warehouse.features import refresh_features
from warehouse.lead_content import refresh_lead_content
from warehouse.network.paths import (
    PostingRef,
    alike_companies,
    employer_domains,
    kinded_paths,
    network_fingerprint,
    network_senders,
)
from warehouse.network.store import refresh_people
from warehouse.pipeline import Build
from warehouse.ranking.signals import SIGNALS

_LISTS = {"company_keys", "levels", "places", "place", "bloc", "job_ids"}
# whose copy of a job a lead shows first: the employer's own board, then job boards
RANK = {"employer": 1, "aggregator": 2, "community": 3}
_KEY_VALUES = {  # lists joined to text: far cheaper to bring into Python
    c: f"array_to_string(f.{c}, '{SEP}')" if c in _LISTS else f"f.{c}" for c in KEY_COLUMNS
}
_KEYS = ", ".join(_KEY_VALUES.values())
_KIND = "coalesce(f.kind, 'demand')"  # as staging.stg_postings reads a posting's kind
_THREAD = "case when c.threaded then p.scope end"
# the platform an alert relays a posting from, its id's first part ("jobberman:<id>"): a
# LinkedIn and a Jobberman alert of one job are two boards' copies, not one board's two
_PLATFORM = (
    "case when p.source in (select source from staging.source_credits)"
    " then split_part(p.source_id, ':', 1) end"
)
# when a closed posting was last listed: one listed again under a new id after it may be
# its repost (`dedupe._openings_at_once`); an open one's moves each run, so it is left out
_LAST_LISTED = "case when p.closed_at is not null then epoch_us(p.last_seen) end"
# the postings to place, an ask from a stranger left out; read from the postings and
# their features, not through staging.stg_postings, which joins the features again;
# numbered by the postings' row id, which a window numbering every posting took twice
# as long as the rest of the query to make (0.2 s at 200,000)
_NO_STRANGER = "where not (p.source = ? and list_contains(?::varchar[], p.source_id))"
_POSTINGS = f"""
    from state.postings as p
    inner join staging.posting_features as f using (source, source_id)
    left join staging.sources as c on c.source = p.source
    left join staging.board_companies as b on b.source = p.source and b.scope = p.scope
    {_NO_STRANGER}
"""
# every posting's fingerprint: what its keys are read from (its features' content and
# settings hashes and the company they read, as a features row is made again only when
# one of them moves) and what else matching reads; a fifth of the cost of hashing the
# keys themselves. And what its lead's row reads of it and the day it was last seen,
# which its member keeps (lead_content.INPUTS, staging.lead_seen)
_FINGERPRINTS = f"""
    select p.rowid as n, f.rowid as features_n, p.source, p.source_id,
           hash(?, {_KIND}, p.first_seen, {_THREAD}, {_LAST_LISTED}, f.content_hash,
                f.settings_hash, f.company_read)
               as fingerprint,
           hash(p.content_hash, f.settings_hash, b.company, p.first_seen, p.closed_at, p.extra)
               as content_inputs,
           p.last_seen
    {_POSTINGS}
"""  # noqa: S608 - our own column names
# the rows of the postings `recluster_wanted` numbers (n, features_n): found by row id
# first, as joined by key DuckDB reads every posting and its features
_FOUND = "select rowid as {n}, * from {table} where rowid in (select {n} from recluster_wanted)"
_DEDUPE_COLUMNS = f"""
    select p.n, p.source, p.source_id, {_KIND} as kind,
           epoch_us(p.first_seen) as first_seen_us, {_THREAD} as thread,
           {_PLATFORM} as platform, {_LAST_LISTED} as last_listed_us,
           {", ".join(f"{value} as {name}" for name, value in _KEY_VALUES.items())},
           hash(?, {_KIND}, p.first_seen, thread, last_listed_us, f.content_hash, {_KEYS})
               as input_hash
    from ({_FOUND.format(n="n", table="state.postings")}) as p
    inner join ({_FOUND.format(n="features_n", table="staging.posting_features")}) as f
        using (source, source_id)
    left join staging.sources as c on c.source = p.source
    {_NO_STRANGER}
"""  # noqa: S608 - our own column names
# the token of an employer's own board (a career page's scope is its URL): a name the
# company gives itself, kept when it renames ("intercom" for Fin's postings). Not an ATS
# link's in a post: it may be a VC's board of its portfolio, or a shorter name
_BOARD = "case when c.provenance = 'employer' and s.scope not like '%://%' then s.scope end"
# a posting's links' last two and three host labels: its domain as `org_domain` gives it
_LINK_DOMAINS = ", ".join(
    f"regexp_extract(regexp_extract(lower({link}), '://([^/:?#@]+)', 1), '{labels}')"
    for link in ("p.url", "p.apply_url")
    for labels in (r"[^.]+\.[^.]+$", r"[^.]+\.[^.]+\.[^.]+$")
)
# the postings whose paths are looked for: each lead member's, its inputs as the path
# code reads them
_PATH_ROWS = """
    from state.postings as p
    inner join staging.stg_postings as s using (source, source_id)
    inner join staging.lead_members as m using (source, source_id)
    left join staging.sources as c on c.source = p.source
"""
_PATH_INPUTS = f"""
    create or replace temp table path_inputs as
    select p.source, p.source_id,
           hash(?, p.source, p.poster, s.company, p.url, p.apply_url,
                p.extra ->> 'identity_join', p.extra ->> 'sender', c.posters, {_BOARD})
               as input_hash
    {_PATH_ROWS}
"""  # noqa: S608 - our own column names
# the kept postings whose inputs moved or are gone, and their paths, forgotten; what is
# left to look for, numbered
_PATH_STALE = """
    delete from staging.path_postings where rowid in (
        select rowid from staging.path_postings
        anti join path_inputs using (source, source_id, input_hash)
    );
    delete from staging.posting_paths where rowid in (
        select rowid from staging.posting_paths
        anti join staging.path_postings using (source, source_id)
    );
    create or replace temp table path_wanted as
    select source, source_id, input_hash, row_number() over () - 1 as n
    from (select * from path_inputs anti join staging.path_postings using (source, source_id));
    drop table path_inputs;
"""
_PATH_NAMES = f"""
    select distinct name from (
        select unnest([s.company, {_BOARD}]) as name {_PATH_ROWS}
        semi join path_wanted using (source, source_id)
    ) where name is not null
"""  # noqa: S608 - our own column names
# of those, the ones that may have a path (`alike_companies`, `employer_domains`): its
# id, then what `PostingRef` reads, its number the id its paths carry
_PATH_COLUMNS = f"""
    select p.source_id, w.n::varchar, p.source, p.poster, s.company, p.url, p.apply_url,
           coalesce(p.extra ->> 'identity_join' = 'forbidden', false), p.extra ->> 'sender',
           c.posters, {_BOARD} as board
    {_PATH_ROWS}
    inner join path_wanted as w using (source, source_id)
    where s.company in (select unnest(?::varchar[]))
       or {_BOARD} in (select unnest(?::varchar[]))
       or (p.poster is not null and c.posters is not null) or p.source = ?
       or list_has_any(?::varchar[], [{_LINK_DOMAINS}])
"""  # noqa: S608 - our own column names
# each (lead, person): its strongest path; of two as strong, the earlier kind's, then
# the posting's first by key
_LEAD_PATHS = """
    delete from staging.lead_paths;
    insert into staging.lead_paths
    select m.lead_id, t.person_id, t.network_path, t.network_via, t.network_strength,
           t.is_hiring
    from staging.posting_paths as t
    inner join staging.lead_members as m using (source, source_id)
    qualify row_number() over (
        partition by m.lead_id, t.person_id
        order by t.network_strength desc, t.kind, t.source, t.source_id, t.nth
    ) = 1
"""


def query_frame(con: duckdb.DuckDBPyConnection, query: str) -> pd.DataFrame:
    """A query's rows as a DataFrame (DuckDB's own `.df()` trips a pandas 3 deprecation)."""
    cursor = con.execute(query)
    return pd.DataFrame(cursor.fetchall(), columns=[d[0] for d in cursor.description or []])


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    con.register("step_rows", frame)
    con.execute(f"insert into {table} by name select * from step_rows")  # noqa: S608
    con.unregister("step_rows")


def fill_sources(build: Build) -> None:
    """What each source module declares, for the SQL models and the steps to read."""
    rows = [
        {
            "source": name,
            "provenance": module.PROVENANCE,
            "rank": RANK[module.PROVENANCE],
            "summary": bool(declared(module, "SUMMARY")),
            "remote_board": bool(declared(module, "REMOTE_BOARD")),
            "windowed": bool(getattr(module, "WINDOWED", False)),
            "states_company": bool(declared(module, "STATES_COMPANY")),
            "posters": declared(module, "POSTERS"),
            "threaded": bool(declared(module, "THREADED")),
            "job_ids": json.dumps([asdict(ids) for ids in declared(module, "JOB_IDS")]),
            "attribution": module.ATTRIBUTION,
        }
        for name, module in sorted(posting_sources().items())
    ]
    _insert(build.con, "staging.sources", pd.DataFrame(rows))
    credits = [
        {"source": name, "platform": platform, "attribution": attribution}
        for name, module in sorted(posting_sources().items())
        for platform, attribution in sorted(declared(module, "CREDITS").items())
    ]
    if credits:
        _insert(build.con, "staging.source_credits", pd.DataFrame(credits))


def fill_board_companies(build: Build) -> None:
    if build.companies:
        frame = pd.DataFrame(build.companies, columns=["source", "scope", "company"])
        _insert(build.con, "staging.board_companies", frame)


def keyword_pattern(keywords: tuple[str, ...]) -> str | None:
    """One RE2 pattern for the excluded keywords, as whole words of lower-cased text."""
    escaped = [re.sub(r"([\\.^$|?*+()\[\]{}])", r"\\\1", k.lower().strip()) for k in keywords]
    alternatives = "|".join(e for e in escaped if e)
    return rf"(?:^|[^\w])({alternatives})(?:[^\w]|$)" if alternatives else None


def fill_ranking_settings(build: Build) -> None:
    """The profile, filters and weights the marts read."""
    profile, settings, filters = build.profile, build.settings, build.filters
    excluded = sorted({org for name in filters.exclude_companies if (org := normalize_org(name))})
    frame = pd.DataFrame(
        {
            "as_of": [clock.now()],
            "freshness_half_life_days": [settings.freshness_half_life_days],
            "legitimacy_floor": [settings.legitimacy_floor],
            "below_floor": [settings.below_floor],
            "engagements": [list(profile.engagements)],
            "min_hourly_rate": [profile.min_hourly_rate],
            "rate_unit": [profile.rate_unit],
            "rate_unit_hours": [profile.rate_unit_hours],
            "currency": [profile.currency],
            "currency_sign": [profile.currency_sign],
            "exclude_companies": [excluded],
            "exclude_pattern": [keyword_pattern(filters.exclude_keywords)],
            "exclude_inside_ir35": [filters.exclude_inside_ir35],
            "exclude_payroll_only": [filters.exclude_payroll_only or filters.exclude_w2_only],
        }
    )
    weights = pd.DataFrame(
        {
            "signal": [signal.name for signal in SIGNALS],
            "weight": [float(settings.weights.get(s.name, s.weight)) for s in SIGNALS],
        }
    )
    _insert(build.con, "marts.ranking_settings", frame)
    _insert(build.con, "marts.signal_weights", weights)


def fill_posting_features(build: Build) -> None:
    refresh_features(build.con, build.profile, build.settings, commit_batches=True)


def fill_people(build: Build) -> None:
    build.people = refresh_people(build.con)


def posting_texts(con: duckdb.DuckDBPyConnection) -> Texts:
    """Read the texts of some postings, for dedupe to tell a repost from a second opening.
    Found by row id first: joined by key, DuckDB reads every posting's text (ten times
    as long at 200,000 postings)."""

    def read(keys: list[Key]) -> dict[Key, str]:
        con.register("wanted_keys", pd.DataFrame(keys, columns=["source", "source_id"]))
        rows = con.execute(
            "select source, source_id, text from state.postings where rowid in "
            "(select rowid from state.postings semi join wanted_keys using (source, source_id))"
        ).fetchall()
        con.unregister("wanted_keys")
        return {(source, source_id): text for source, source_id, text in rows}

    return read


def fill_lead_members(build: Build) -> None:
    """Each posting's lead; an ask from someone outside the network is no lead. Only
    the postings whose lead may have changed are clustered again (`reclustering`)."""
    con = build.con
    senders = network_senders(build.people)
    asks = con.execute(
        "select source_id, extra ->> 'sender' from state.postings where source = ?", [ASKS]
    ).fetchall()
    strangers = [source_id for source_id, sender in asks if sender not in senders]
    gone, batches = reclustering.stale(
        con, _FINGERPRINTS, _DEDUPE_COLUMNS, [dedupe_version(), ASKS, strangers]
    )
    texts = posting_texts(con)
    with _collector_paused():
        for rows in batches:
            if not rows:
                continue
            _forget(con, [row[:2] for row in rows])
            rows.sort(key=itemgetter(0, 1))  # the order of cluster's members
            members = cluster([row[:-1] for row in rows], texts)
            members["input_hash"] = [row[-1] for row in rows]
            _insert(con, "staging.lead_members", members)
    _forget(con, gone)  # once the batches are read: their groups say what gone ones held


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while postings are clustered: a batch makes millions
    of objects (rows, keys, links) that hold no cycles, and each collection walks them
    all again; at 200,000 postings it took a third of the clustering."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _forget(con: duckdb.DuckDBPyConnection, keys: list[tuple[str, str]]) -> None:
    """Delete the stored members of these postings."""
    if keys:
        con.register("forgotten", pd.DataFrame(keys, columns=["source", "source_id"]))
        con.execute(
            "delete from staging.lead_members where (source, source_id) in "
            "(select (source, source_id) from forgotten)"
        )
        con.unregister("forgotten")


def fill_lead_content(build: Build) -> None:
    refresh_lead_content(build.con)


def fill_lead_paths(build: Build) -> None:
    """Referral paths of every lead through the people of the user's network, kept per
    posting (`staging.posting_paths`) and looked for again only where a posting's
    inputs are new or changed, all of them when the network or the path code moves.
    Only the postings that may have one are read: none without a network, else those
    with a poster or a sender, a company alike a contact's organisation (at 200,000
    postings and 2,000 contacts, 46,000-odd of them), or a link at a contact's e-mail
    domain."""
    con = build.con
    if not build.people:
        for table in ("lead_paths", "path_postings", "posting_paths"):
            con.execute(f"delete from staging.{table}")  # noqa: S608 - our own names
        return
    con.execute(_PATH_INPUTS, [network_fingerprint(build.people)])
    con.execute(_PATH_STALE)
    names = [name for (name,) in con.execute(_PATH_NAMES).fetchall()]
    alike = sorted(alike_companies(names, build.people))
    domains = sorted(employer_domains(build.people))
    rows = con.execute(_PATH_COLUMNS, [alike, alike, ASKS, domains]).fetchall()
    keys = {n: (source, source_id) for source_id, n, source, *_ in rows}
    found: list[tuple[object, ...]] = []
    nth = Counter[tuple[str, int]]()  # the posting's paths of each kind so far
    for kind, path in kinded_paths([PostingRef(*row[1:]) for row in rows], build.people):
        nth[path.lead_id, kind] += 1
        found.append((
            *keys[path.lead_id], path.person_id, path.network_path, path.network_via,
            path.network_strength, path.is_hiring, kind, nth[path.lead_id, kind],
        ))  # fmt: skip
    con.execute(
        "insert into staging.path_postings select source, source_id, input_hash from path_wanted"
    )
    con.execute("drop table path_wanted")
    if found:
        columns = ["source", "source_id", "person_id", "network_path", "network_via",
                   "network_strength", "is_hiring", "kind", "nth"]  # fmt: skip
        _insert(con, "staging.posting_paths", pd.DataFrame(found, columns=columns))
    con.execute(_LEAD_PATHS)
