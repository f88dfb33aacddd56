"""Which postings a build clusters again, worked out mostly in SQL: only those leave DuckDB.

A posting is stale when new, or when its keys, text, first sighting or the matching
rules changed since its lead was stored (`staging.lead_members.input_hash`).
`dedupe.cluster` stores each posting's link group: the postings joined by any link (a
URL, a job id, a requisition id, alike titles in a company's block), vetoed or not, so
no lead spans two groups. Links between postings that did not change stay as they were;
a change can only take away a stale posting's old links or give it new ones. So a build
clusters again the stale postings, the groups they and the postings gone were in, and the
groups of every posting a stale one now links to (exact keys matched in SQL, titles in
the blocks they share scored by `dedupe.title_neighbours`). These are closed under
links, so clustering them alone gives the leads a run over all postings would. When
every posting is stale (a first build, new matching rules), they go in batches of whole
components of the link keys, so Python never holds them all at once.

Reading and hashing every posting's keys, and making its link keys, took 0.65 CPU-s of
a re-run at 200,000 postings. So each stored member keeps its posting's fingerprint
(what its keys are read from), title key and link keys: a build reads in full only the
postings whose fingerprint moved, and the rows it clusters again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from typing import Any

import duckdb
import pandas as pd

from warehouse.dedupe import ROW_COLUMNS, SEP, title_neighbours
from warehouse.dedupe_keys import KEY_COLUMNS

# the postings that moved (fingerprint), in full: n, ROW_COLUMNS, KEY_COLUMNS,
# input_hash; n numbers the postings in no set order, which no lead depends on (in key
# order it took a third longer to make)
_ROWS = "recluster_rows"
_WANTED = "recluster_wanted"  # the postings whose rows the rows query reads
_KIND = "coalesce(kind, 'demand')"  # as staging.stg_postings reads a null kind
_BLOCK = "company"  # the tag of a company block's key: linked only by alike titles
_TEMPORARY = (
    "recluster_marks", "recluster_stored", "recluster_seeds", "recluster_clustered",
    _ROWS, _WANTED, "recluster_links", "recluster_keys",
    "recluster_near", "recluster_groups", "recluster_labels", "recluster_key_labels",
    "recluster_next", "recluster_batches", "recluster_gone",
)  # fmt: skip
# postings clustered at once when every posting is: at 1,000,000 postings one clustering
# of them all held 4.7 GiB of Python objects
BATCH_ROWS = 50_000
_COLUMNS = ", ".join(f"r.{c}" for c in (*ROW_COLUMNS, *KEY_COLUMNS, "input_hash"))


def _listed(column: str, tag: str, when: str = "true") -> str:
    """The link keys of a column holding SEP-joined keys, each tagged and kind-scoped."""
    return (
        f"case when coalesce({column}, '') <> '' and {when} then list_transform("
        f"string_split({column}, '{SEP}'), lambda v: {{'tag': '{tag}', "
        f"'key': hash('{tag}', {_KIND}, v)}}) else [] end"
    )


def _single(tag: str, *columns: str, space: str | None = None) -> str:
    """The link key of columns that link only together (a company's requisition id),
    in the name space of `space` if it shares one with another tag."""
    present = " and ".join(f"coalesce({c}, '') <> ''" for c in columns)
    key = f"hash('{space or tag}', {_KIND}, {', '.join(columns)})"
    return f"case when {present} then [{{'tag': '{tag}', 'key': {key}}}] else [] end"


# every key by which `dedupe._exact_links` or `dedupe._fuzzy_links` may link two postings
# of one kind; a URL and an apply link share one name space, as a posting's apply link
# may be another's page; a requisition id goes without the title dedupe also needs (a
# wider key only picks more postings to cluster again). Keys are hashed: joined as
# numbers, twice as fast as text, and two keys that hash alike are no more than a wider key
_LINKS = f"""list_concat(
    {_listed("company_keys", _BLOCK, "coalesce(title_key, '') <> ''")},
    {_single("url", "url_key")},
    {_single("apply", "apply_key", space="url")},
    {_listed("job_ids", "job id")},
    {_single("requisition", "company_key", "requisition_key")}
)"""
_IN_BLOCK = f"tag = '{_BLOCK}'"


def _link_keys(con: duckdb.DuckDBPyConnection, stored: str | None = None) -> None:
    """`recluster_links`: the link keys of the postings read in full, made now, and
    those of the members kept that `stored` picks of `staging.lead_links`. An apply
    link joins only a posting whose page it is, so one that is no posting's page is
    dropped (two apply links alike, a shared careers page, are no link)."""
    kept = (
        f"select s.n, l.tag, l.key, l.title_key from ({stored}) as l "  # noqa: S608 - our own names
        "inner join recluster_stored as s using (source, source_id) where s.kept union all "
        if stored
        else ""
    )
    con.execute(
        f"create or replace temp table recluster_links as {kept}"  # noqa: S608 - our own names
        f"select n, unnest(links, recursive := true), title_key from {_ROWS}"
    )
    con.execute(
        "delete from recluster_links where tag = 'apply' "
        "and key not in (select key from recluster_links where tag = 'url')"
    )


def stale(
    con: duckdb.DuckDBPyConnection, fingerprints: str, rows: str, parameters: list[Any]
) -> tuple[list[tuple[str, str]], Iterator[list[tuple[Any, ...]]]]:
    """Of the postings to place (`fingerprints` gives each its n, features_n, the row
    id of its features, fingerprint, and content_inputs and last_seen, which its member
    keeps as given; `rows`, those `recluster_wanted` numbers, in
    full: ROW_COLUMNS, KEY_COLUMNS, input_hash; both take `parameters`), the stored
    members that are gone, and those to cluster again in batches, each closed under
    links. Store each batch's members before taking the next, and iterate to the end:
    the members' kept columns are written then, and the temporary tables, which hold
    every posting's keys, dropped, as a build's later steps need that memory."""
    con.execute(f"create or replace temp table recluster_marks as {fingerprints}", parameters)
    # each posting's stored member, joined by key once: the later steps join by n; and
    # the members of no posting, in the same join
    con.execute(
        """
        create or replace temp table recluster_stored as
        select r.n, source, source_id, r.fingerprint, m.group_id, m.input_hash,
               m.fingerprint is not distinct from r.fingerprint as kept,
               r.content_inputs, r.last_seen,
               m.content_inputs is not distinct from r.content_inputs
                   and m.last_seen is not distinct from r.last_seen as seen_alike
        from recluster_marks as r
        full join staging.lead_members as m using (source, source_id)
        """
    )
    con.execute(
        "create or replace temp table recluster_gone as select source, source_id, group_id "
        "from recluster_stored where n is null"
    )
    con.execute("delete from recluster_stored where n is null")
    gone = con.execute("select source, source_id from recluster_gone order by all").fetchall()
    return gone, _batches(con, rows, parameters, bool(gone))


def _read_rows(
    con: duckdb.DuckDBPyConnection,
    rows: str,
    parameters: list[Any],
    which: str,
    *,
    add: bool = False,
) -> None:
    """`recluster_rows` (or `add` to it): the postings `which` numbers (a query of n),
    in full, with the link keys they have now."""
    con.execute(
        f"create or replace temp table {_WANTED} as "  # noqa: S608 - our own names
        f"select n, features_n from recluster_marks semi join ({which}) using (n)"
    )
    into = f"insert into {_ROWS}" if add else f"create or replace temp table {_ROWS} as"
    con.execute(f"{into} select *, {_LINKS} as links from ({rows})", parameters)


def _batches(
    con: duckdb.DuckDBPyConnection, rows: str, parameters: list[Any], gone: bool
) -> Iterator[list[tuple[Any, ...]]]:
    """The stale postings and what they may join, in one batch; or every posting in
    batches of components. Then the kept columns of the members stored and of the
    postings that moved; the temporary tables go when the last batch is read."""
    try:
        _read_rows(con, rows, parameters, "select n from recluster_stored where not kept")
        con.execute(
            f"create or replace temp table recluster_seeds as select n, s.group_id "  # noqa: S608
            f"from {_ROWS} inner join recluster_stored as s using (n) "
            f"where {_ROWS}.input_hash is distinct from s.input_hash"
        )
        seeds, everyone = con.execute(
            "select (select count(*) from recluster_seeds), (select count(*) from recluster_marks)"
        ).fetchone() or (0, 0)
        con.execute("create or replace temp table recluster_clustered (n bigint)")
        if seeds < everyone and (seeds or gone):
            _stale_groups(con)
            con.execute(
                "insert into recluster_clustered select n from recluster_stored "
                "where n in (select n from recluster_seeds) "
                "or group_id in (select group_id from recluster_groups)"
            )
            _read_rows(
                con, rows, parameters,
                "select n from recluster_stored semi join recluster_clustered using (n) where kept",
                add=True,
            )  # fmt: skip
            yield con.execute(
                f"select {_COLUMNS} from {_ROWS} as r semi join recluster_clustered using (n) "  # noqa: S608
                "order by r.n"
            ).fetchall()
        elif seeds:  # a first build, or new rules: every posting, a batch of groups at a time
            for (batch,) in _components(con):
                yield con.execute(
                    f"select {_COLUMNS} from {_ROWS} as r inner join recluster_batches "  # noqa: S608
                    "using (n) where batch = ? order by r.n",
                    [batch],
                ).fetchall()
        _keep(con)
    finally:
        # after a failure (out of memory at a million postings) the transaction is
        # aborted and its rollback drops them: the failure itself must reach the build,
        # which does the step again under a wider memory bound
        with suppress(duckdb.TransactionException):
            for table in _TEMPORARY:
                con.execute(f"drop table if exists {table}")


def _keep(con: duckdb.DuckDBPyConnection) -> None:
    """The kept columns of the postings read in full (those that moved, those clustered
    again), on their stored members, and their link keys, for the next build to read;
    of the members whose posting's row inputs or last sighting moved, those two; and no
    link keys of the postings gone."""
    con.execute(
        f"""
        update staging.lead_members as m
        set fingerprint = f.fingerprint, content_inputs = f.content_inputs,
            last_seen = f.last_seen
        from (
            select s.source, s.source_id, s.fingerprint, s.content_inputs, s.last_seen
            from {_ROWS} as r inner join recluster_stored as s using (n)
        ) as f
        where m.source = f.source and m.source_id = f.source_id
        """  # noqa: S608 - our own names
    )
    con.execute(
        """
        update staging.lead_members as m
        set content_inputs = f.content_inputs, last_seen = f.last_seen
        from (
            select source, source_id, content_inputs, last_seen from recluster_stored
            anti join recluster_rows using (n) where not seen_alike
        ) as f
        where m.source = f.source and m.source_id = f.source_id
        """
    )
    con.execute(
        f"""
        delete from staging.lead_links where (source, source_id) in (
            select (s.source, s.source_id) from {_ROWS} inner join recluster_stored as s using (n)
            union all
            select (source, source_id) from recluster_gone
        )
        """  # noqa: S608 - our own names
    )
    con.execute(
        f"""
        insert into staging.lead_links
        select distinct s.source, s.source_id, l.tag, l.key,
               if(l.tag = '{_BLOCK}', l.title_key, null)
        from (select n, title_key, unnest(links, recursive := true) from {_ROWS}) as l
        inner join recluster_stored as s using (n)
        """  # noqa: S608 - our own names
    )


def _components(con: duckdb.DuckDBPyConnection) -> list[tuple[int]]:
    """`recluster_batches`: every posting's batch, about BATCH_ROWS postings each, none
    splitting a component of the postings the link keys join (a link group or a union
    of them); the batches' numbers. Components are labelled by the least row number in
    them, spread over shared keys (and from each label's own label) until none changes."""
    _link_keys(con)  # none is kept: every posting was read in full
    con.execute(
        f"create or replace temp table recluster_labels as select n, n as label from {_ROWS}"  # noqa: S608
    )
    changed = True
    while changed:
        con.execute(
            "create or replace temp table recluster_key_labels as select key, min(label) as label "
            "from recluster_links inner join recluster_labels using (n) group by key"
        )
        con.execute(
            """
            create or replace temp table recluster_next as
            with spread as (
                select l.n, least(l.label, coalesce(min(k.label), l.label)) as label
                from recluster_labels as l
                left join recluster_links as e using (n)
                left join recluster_key_labels as k using (key)
                group by l.n, l.label
            )
            select s.n, least(s.label, j.label) as label
            from spread as s inner join spread as j on j.n = s.label
            """
        )
        (moved,) = con.execute(
            "select count(*) from recluster_next as x inner join recluster_labels as l "
            "using (n) where x.label <> l.label"
        ).fetchone() or (0,)
        con.execute("create or replace temp table recluster_labels as from recluster_next")
        changed = bool(moved)
    con.execute(
        f"""
        create or replace temp table recluster_batches as
        with sizes as (select label, count(*) as size from recluster_labels group by label),
        packed as (
            select label,
                (sum(size) over (order by label rows unbounded preceding) - size)
                    // {BATCH_ROWS} as batch
            from sizes
        )
        select n, batch from recluster_labels inner join packed using (label)
        """  # noqa: S608 - our own number
    )
    return con.execute("select distinct batch from recluster_batches order by batch").fetchall()


def _stale_groups(con: duckdb.DuckDBPyConnection) -> None:
    """`recluster_groups`: the stored link groups of the stale postings, of the postings
    gone, and of every posting a stale one links to now: the stored members sharing a
    key of theirs found by key in `staging.lead_links`, not by reading every member's."""
    con.execute(
        "create or replace temp table recluster_keys as select distinct key from "  # noqa: S608
        f"(select n, unnest(links, recursive := true) from {_ROWS}) semi join recluster_seeds "
        "using (n)"
    )  # every key of the stale postings, an apply link's too: those a kept member's may share
    _link_keys(con, "select * from staging.lead_links semi join recluster_keys using (key)")
    con.execute(
        "create or replace temp table recluster_keys as select distinct key "
        "from recluster_links semi join recluster_seeds using (n)"
    )
    con.execute(
        "create or replace temp table recluster_near as select distinct l.n "
        f"from recluster_links as l semi join recluster_keys using (key) where not l.{_IN_BLOCK}"
    )
    blocks = con.execute(
        f"""
        select key, n, title_key, n in (select n from recluster_seeds)
        from recluster_links semi join recluster_keys using (key)
        where {_IN_BLOCK}
        """  # noqa: S608 - our own names
    ).fetchall()
    con.register("alike", pd.DataFrame({"n": sorted(title_neighbours(blocks))}, dtype="int64"))
    con.execute("insert into recluster_near select n from alike")
    con.unregister("alike")
    con.execute(
        """
        create or replace temp table recluster_groups as
        select group_id from recluster_seeds where group_id is not null
        union
        select group_id from recluster_stored semi join recluster_near using (n)
        where group_id is not null
        union
        select group_id from recluster_gone
        """
    )
