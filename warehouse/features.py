"""Read each posting's text: what it offers, where, for how much, whether it looks real.

The reading itself lives in `warehouse.ranking`; this module decides what to read and
where. A posting is read again only when its content, the profile or the readers
changed, so a daily run costs what is new, not the whole history. Reading is per
posting Python, so a large batch (a first run, an upgrade) is read on every core by
worker processes, and a daily run's few with a fork of this process; the warehouse has
one writer, this process, which stores each batch as it comes back.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import operator
import os
import pickle
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import fields
from functools import cache
from importlib import resources
from typing import Any

import duckdb
import pandas as pd

from extractors._contract import JobIds, Posting
from warehouse.dedupe_keys import KEY_COLUMNS, JobIdFinder, Keys, posting_keys
from warehouse.dedupe_keys import version as keys_version
from warehouse.ranking.features import Features, understand
from warehouse.ranking.legitimacy import assess
from warehouse.ranking.profile import Profile, RankingSettings

# what the readers read of a posting (never its HTML or timestamps, which are large or
# slow to bring into Python), then what its source declares; `company` is as the build
# resolves it (a board's configured company beats the guess from its token)
_READ = (
    "source", "source_id", "url", "title", "company", "poster", "text", "location",
    "remote", "workplace_raw", "engagement", "engagement_raw", "rate_min", "rate_max",
    "rate_period", "currency", "salary_raw", "kind", "apply_url", "requisition_id",
)  # fmt: skip
_FEATURES = [f.name for f in fields(Features)]
_KEYS = [f.name for f in fields(Keys)]  # stored as KEY_COLUMNS, in this order
# each field's value in one call, not a getattr a field: 50 fields a posting
_feature_values = operator.attrgetter(*_FEATURES)
_key_values = operator.attrgetter(*_KEYS)
COLUMNS = (
    "source", "source_id", "content_hash", *_FEATURES, "legitimacy", "red_flags",
    "has_hard_flag", "company_read", *KEY_COLUMNS,
)  # fmt: skip
Declared = list[tuple[str, JobIds]]  # where each source's job ids stand in a URL
BATCH = 2000  # postings a worker reads at once
PARALLEL_FROM = 4000  # fewer stale postings are read here: workers cost a second to start
# a smaller batch is split with a fork of this process (a few ms to start, the readers
# already imported); below this many postings it is read here alone
FORK_FROM = 200
# postings read before the fork: the rules and phrase tables compile on first use
# (0.4 CPU-s of a re-run's), and a child forked after compiles them no more
WARM_UP = 50

# the [ranking] settings the readers use; weights, floors and the half-life only weigh
# what was read, in SQL, so changing them re-reads nothing
_READER_SETTINGS = ("hours_per_day", "hours_per_week", "hours_per_month", "hours_per_year")
# the modules of `warehouse.ranking` that read no posting
_NOT_READERS = frozenset({"signals.py"})
# the extractors' shared tables the readers and the dedupe keys import (a town added to
# `_places`, a legal form to `_orgs`): a change there reads stored postings again too
SHARED_RULES = (
    "_contract",
    "_errors",
    "_joburls",
    "_language",
    "_orgs",
    "_places",
    "_stack",
    "_terms",
)

Row = tuple[Any, ...]


@cache
def readers_version() -> str:
    """A fingerprint of the readers' own rules (the code of `warehouse.ranking` and the
    shared tables it reads), so an upgrade that changes how a posting is read re-reads
    the stored postings. The signals (`signals.py`) only weigh what was read, in SQL: a
    change there re-reads nothing."""
    folder, shared = resources.files("warehouse.ranking"), resources.files("extractors")
    names = (p.name for p in folder.iterdir() if p.name.endswith(".py"))
    files = [folder / name for name in sorted(names) if name not in _NOT_READERS]
    files += [shared / f"{name}.py" for name in SHARED_RULES]
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode() + file.read_bytes())
    return digest.hexdigest()


def settings_hash(
    profile: Profile,
    settings: RankingSettings,
    declared: Declared | None = None,
    kinds: list[Row] | None = None,
) -> str:
    """A fingerprint of everything the reading depends on besides the posting: the
    readers, the rules of dedupe's keys (stored beside the features), the profile, the
    hours and rates, where sources' job ids stand, and what each source's postings are
    (`kinds`: its provenance, whether its texts are summaries, whether it lists remote
    jobs only)."""
    used = [(name, getattr(settings, name)) for name in _READER_SETTINGS]
    fx = sorted(settings.fx_usd.items())
    state = (readers_version(), keys_version(), profile, used, fx, declared or [], kinds or [])
    return hashlib.sha256(repr(state).encode()).hexdigest()


def declarations(con: duckdb.DuckDBPyConnection) -> tuple[Declared, list[Row]]:
    """What the sources declare that the reading depends on: (source, JobIds) where
    their job ids stand in a URL, and (source, provenance, summary, remote_board) of each."""
    rows = con.execute(
        "select source, job_ids, provenance, coalesce(summary, false), "
        "coalesce(remote_board, false) from staging.sources order by source"
    ).fetchall()
    declared = [
        (source, JobIds(item["pattern"], item["param"], tuple(item["hosts"]), item["per_host"]))
        for source, found, *_ in rows
        for item in json.loads(found)
    ]
    return declared, [(source, *kinds) for source, _, *kinds in rows]


def read_rows(
    rows: Sequence[Row], profile: Profile, settings: RankingSettings, finder: JobIdFinder
) -> list[Row]:
    """Features and dedupe keys of stale postings ((_READ..., content_hash, provenance,
    summary, remote_board) each), as rows of COLUMNS. Pure: it runs in worker processes
    as well."""
    out = []
    n = len(_READ)
    for row in rows:
        posting = Posting(**dict(zip(_READ, row[:n], strict=True)))
        content_hash, provenance, summary, remote_board = row[n:]
        features = understand(
            posting, profile, settings, remote_board=bool(remote_board), summary=bool(summary)
        )
        verdict = assess(
            title=posting.title,
            company=posting.company,
            text=posting.text,
            url=posting.url,
            apply_url=posting.apply_url,
            poster=posting.poster,
            provenance=provenance,
            summary=bool(summary),
        )
        keys = posting_keys(
            posting.url, posting.apply_url, posting.title, posting.company, posting.location,
            posting.requisition_id, posting.text, finder,
            employer=provenance == "employer",
            poster=f"{posting.source}/{posting.poster}" if provenance == "community"
            and posting.poster else "",
        )  # fmt: skip
        values = (
            *_feature_values(features),
            verdict.legitimacy, [flag.label for flag in verdict.flags],
            any(flag.hard for flag in verdict.flags), posting.company,
            *_key_values(keys),
        )  # fmt: skip
        out.append(
            (posting.source, posting.source_id, content_hash,
             *[list(v) if isinstance(v, tuple) else v for v in values])  # DuckDB lists
        )  # fmt: skip
    return out


def refresh_features(
    con: duckdb.DuckDBPyConnection,
    profile: Profile,
    settings: RankingSettings,
    *,
    workers: int | None = None,
    parallel_from: int = PARALLEL_FROM,
    commit_batches: bool = False,
) -> int:
    """Read the postings whose features are stale and store what they say; how many.
    `workers`: processes to read with (default: every core) once `parallel_from` or more
    postings are stale; fewer are split with a fork when more than one may read.
    `commit_batches`: commit the caller's transaction after each batch stored and go on
    in a new one, as DuckDB holds what a transaction adds in memory (3.9 GiB for a
    first read of 1,000,000 postings); a batch committed is a valid cache entry, kept if
    the build fails later."""
    declared, kinds = declarations(con)
    fingerprint = settings_hash(profile, settings, declared, kinds)
    con.execute(
        """
        create or replace temp table stale_postings as
        select p.source, p.source_id, p.rowid as row_id, row_number() over (order by p.rowid) as n
        from state.postings as p
        left join staging.posting_features as f using (source, source_id)
        left join staging.board_companies as b on b.source = p.source and b.scope = p.scope
        where f.source is null or f.content_hash <> p.content_hash or f.settings_hash <> ?
           or f.company_read is distinct from coalesce(b.company, p.company)
        """,
        [fingerprint],
    )
    row = con.execute("select count(*) from stale_postings").fetchone()
    total = int(row[0]) if row else 0
    if total:
        con.execute(
            "delete from staging.posting_features where (source, source_id) in "
            "(select (source, source_id) from stale_postings)"
        )
        processes = workers if workers is not None else (os.cpu_count() or 1)
        parallel = processes > 1 and total >= parallel_from
        finder = JobIdFinder(declared)
        fork_from = FORK_FROM if processes > 1 else None
        with _readers(processes if parallel else 0, profile, settings, declared) as pool:
            batches = _batches(con, total)
            for rows in _read(pool, batches, profile, settings, finder, fork_from):
                _store(con, rows, fingerprint)
                if commit_batches:
                    con.execute("commit")
                    con.execute("begin transaction")
    con.execute("drop table stale_postings")
    return total


def _batches(con: duckdb.DuckDBPyConnection, total: int) -> Iterator[list[Row]]:
    """The stale postings, BATCH at a time, with what their source declares. A batch is
    numbered in storage order and read within its span of row ids, so each reads its own
    stretch of the postings, not all of them (at 200,000: 0.05 s a batch, not 0.3 s)."""
    columns = ", ".join(
        "coalesce(b.company, p.company)" if name == "company" else f"p.{name}" for name in _READ
    )
    query = f"""
        select {columns}, p.content_hash, c.provenance, coalesce(c.summary, false),
               coalesce(c.remote_board, false)
        from stale_postings as s
        inner join state.postings as p using (source, source_id)
        left join staging.sources as c on c.source = p.source
        left join staging.board_companies as b on b.source = p.source and b.scope = p.scope
        where s.n > ? and s.n <= ? and p.rowid between ? and ?
        order by s.n
    """  # noqa: S608 - our own column names
    spans = con.execute(
        f"select min(row_id), max(row_id) from stale_postings group by (n - 1) // {BATCH} "  # noqa: S608
        "order by 1"
    ).fetchall()
    for start, (low, high) in zip(range(0, total, BATCH), spans, strict=True):
        yield con.execute(query, [start, start + BATCH, low, high]).fetchall()


def _read(
    pool: Executor | None,
    batches: Iterator[list[Row]],
    profile: Profile,
    settings: RankingSettings,
    finder: JobIdFinder,
    fork_from: int | None,
) -> Iterator[list[Row]]:
    """Each batch read, in order: here (with a fork), or on the pool with a few batches
    in flight."""
    if pool is None:
        yield from (read_halves(b, profile, settings, finder, fork_from) for b in batches)
        return
    pending = []
    for batch in batches:
        pending.append(pool.submit(_read_in_worker, batch))
        if len(pending) > 2 * (getattr(pool, "_max_workers", 1) or 1):
            yield pending.pop(0).result()
    yield from (future.result() for future in pending)


def read_halves(
    rows: list[Row],
    profile: Profile,
    settings: RankingSettings,
    finder: JobIdFinder,
    fork_from: int | None,
) -> list[Row]:
    """`read_rows` of a batch, its first `WARM_UP` read here, then the rest split with a
    fork of this process on another core, which inherits the rules and tables those
    first compiled (a re-run's 2,000 new postings: a second instead of two, where a
    pool's workers take a second to start). The child only reads rows and pickles them
    back through a pipe, then leaves with `os._exit`: it never touches DuckDB, whose
    threads (and Prefect's) are not in it, nor runs the parent's exit handlers. A child
    that fails leaves its half to be read here. `fork_from`: the fewest rows worth a fork (None:
    never). Linux only: elsewhere a fork of a process with threads is not safe (macOS's
    system libraries abort in its child)."""
    if fork_from is None or len(rows) < max(fork_from, 2) or sys.platform != "linux":
        return read_rows(rows, profile, settings, finder)
    # the first few, read before the fork, compile the rules and tables most postings
    # use: the child inherits them rather than compiling them again
    warm = min(WARM_UP, len(rows) // 4)
    first = read_rows(rows[:warm], profile, settings, finder)
    rows = rows[warm:]
    half = len(rows) // 2
    inbound, outbound = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child's exit code is checked below
        os.close(inbound)
        code = 1
        try:
            data = pickle.dumps(read_rows(rows[half:], profile, settings, finder), protocol=5)
            with os.fdopen(outbound, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(outbound)
    try:
        mine = read_rows(rows[:half], profile, settings, finder)
    finally:
        with os.fdopen(inbound, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(child, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        return first + mine + read_rows(rows[half:], profile, settings, finder)
    theirs: list[Row] = pickle.loads(data)  # noqa: S301 - our own child's rows
    return first + mine + theirs


@contextmanager
def _readers(
    processes: int, profile: Profile, settings: RankingSettings, declared: Declared
) -> Iterator[Executor | None]:
    """Worker processes with the readers imported once (a fork server that preloads
    them), or None to read here."""
    if processes < 2:
        yield None
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["warehouse.features"])
    with ProcessPoolExecutor(
        processes,
        mp_context=context,
        initializer=_start_worker,
        initargs=(profile, settings, declared),
    ) as pool:
        yield pool


_WORKER: dict[str, Any] = {}


def _start_worker(profile: Profile, settings: RankingSettings, declared: Declared) -> None:
    _WORKER.update(profile=profile, settings=settings, finder=JobIdFinder(declared))


def _read_in_worker(rows: list[Row]) -> list[Row]:
    return read_rows(rows, _WORKER["profile"], _WORKER["settings"], _WORKER["finder"])


def _store(con: duckdb.DuckDBPyConnection, rows: list[Row], fingerprint: str) -> None:
    """One batch of features into the cache, in one statement."""
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    frame["settings_hash"] = fingerprint
    con.register("fresh_features", frame)
    con.execute("insert into staging.posting_features by name select * from fresh_features")
    con.unregister("fresh_features")
